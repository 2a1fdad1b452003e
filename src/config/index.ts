export { ConfigError } from './config-error.js';
export { CONFIGURATION_DOC_PATH, defaultText, renderConfigurationDoc } from './docs.js';
export { buildConfig, loadConfig, type ConfigFlags, type LoadConfigOptions } from './load.js';
export { CONFIG_FILE_SOURCE, SETTINGS, type Setting, type SettingFlag } from './settings.js';
export type { Config, ConfigPath, ConfigValue, LogLevel, RuntimeEnv } from './types.js';
export { MIN_HS256_SECRET_BYTES, publicKeyOf, type PublicKeyAlgorithm } from './jwt-keys.js';
