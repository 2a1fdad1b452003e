export { ConfigError } from './config-error.js';
export { loadConfig, type ConfigFlags, type LoadConfigOptions } from './load.js';
export { SETTINGS } from './settings.js';
export type { Config, LogLevel, RuntimeEnv } from './types.js';
