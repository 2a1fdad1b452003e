import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-error.js';
import { MIN_HS256_SECRET_BYTES, publicKeyOf } from './jwt-keys.js';
import {
  CONFIG_FILE_SOURCE,
  InvalidValue,
  SETTINGS,
  type DerivedFrom,
  type Setting,
  type SettingFlag,
  type SourceKind,
} from './settings.js';
import type { Config, ConfigPath, RuntimeEnv } from './types.js';

/** A shorter admin token can be guessed; production refuses it (the generated one has 64 hex digits). */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

/** Values of the command-line flags that override configuration (`--port`, `--host`, …). */
export interface ConfigFlags {
  port?: string | number;
  host?: string;
  config?: string;
  stateDir?: string;
  logLevel?: string;
}

export interface LoadConfigOptions {
  /** Command-line arguments to read flags from, e.g. `['--port', '9000']` (unknown ones are ignored). */
  argv?: readonly string[];
  /** Flags already parsed (by commander); win over `argv`. */
  flags?: ConfigFlags;
  /** The environment; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Config file (YAML or JSON); default `--config`, then `CLAWGATE_CONFIG`. */
  file?: string;
  /** Base for relative paths; default `process.cwd()`. */
  cwd?: string;
}

const FLAG_TO_OPTION: Record<SettingFlag | typeof CONFIG_FILE_SOURCE.flag, keyof ConfigFlags> = {
  port: 'port',
  host: 'host',
  config: 'config',
  'state-dir': 'stateDir',
  'log-level': 'logLevel',
};

/**
 * Builds the one validated `Config`: defaults < config file < environment < flags.
 * Throws `ConfigError` naming the key (as the user wrote it) and what is allowed.
 *
 * @example
 * const config = loadConfig({ argv: process.argv.slice(2) });
 * // PORT=abc → ConfigError: PORT: "abc" is not a valid port (integer 0–65535)
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const flags = { ...flagsFromArgv(options.argv ?? []), ...definedOnly(options.flags ?? {}) };

  // 1. The config file, if any.
  const fileName = options.file ?? asString(flags.config) ?? nonEmpty(env[CONFIG_FILE_SOURCE.env]);
  const configFile = fileName === undefined ? undefined : path.resolve(cwd, fileName);
  const fileKey =
    fileName === options.file || fileName === flags.config ? `--${CONFIG_FILE_SOURCE.flag}` : CONFIG_FILE_SOURCE.env;
  const fileValues = configFile === undefined ? {} : readConfigFile(configFile, fileKey);

  // 2. Every setting from the highest-precedence source that has it.
  const values = new Map<ConfigPath, unknown>();
  for (const setting of SETTINGS) {
    const found = pickSource(setting, flags, env, fileValues, configFile);
    if (found === undefined) continue;
    try {
      values.set(setting.path, setting.parse(found.raw, found.from));
    } catch (err) {
      if (!(err instanceof InvalidValue)) throw err;
      throw new ConfigError(found.key, `${JSON.stringify(found.raw)} ${err.message}`);
    }
  }

  // 3. The rest from the settings' defaults; relative paths against `cwd`.
  const config = buildConfig(values, cwd);
  if (configFile !== undefined) config.configFile = configFile;

  // 4. Rules that involve several values.
  const certFile = config.tls?.certFile;
  const keyFile = config.tls?.keyFile;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    const missing = certFile === undefined ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE';
    throw new ConfigError(missing, 'must be set too: TLS needs both TLS_CERT_FILE and TLS_KEY_FILE, or neither');
  }
  if (certFile !== undefined && keyFile !== undefined) {
    requireReadableFile(certFile, 'TLS_CERT_FILE');
    requireReadableFile(keyFile, 'TLS_KEY_FILE');
  }
  if (config.http.headersTimeoutMs > config.http.requestTimeoutMs) {
    // Node refuses to create a server with these the other way round.
    throw new ConfigError(
      'CLAWGATE_HEADERS_TIMEOUT_MS',
      `(${config.http.headersTimeoutMs}) must not exceed CLAWGATE_REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs})`,
    );
  }
  if (config.http.maxConnections !== 0 && config.http.maxConnections <= config.ws.maxConnections) {
    // WebSockets are connections too: at the WebSocket cap, plain HTTP must still get in.
    throw new ConfigError(
      'CLAWGATE_MAX_CONNECTIONS',
      `(${config.http.maxConnections}) must be larger than WS_MAX_CONNECTIONS (${config.ws.maxConnections}), or 0`,
    );
  }
  if (config.env === 'production' && config.adminToken === undefined) {
    throw new ConfigError(
      'CLAWGATE_ADMIN_TOKEN',
      'is required when NODE_ENV=production (the server will not generate one)',
    );
  }
  if (
    config.env === 'production' &&
    config.adminToken !== undefined &&
    config.adminToken.length < MIN_ADMIN_TOKEN_LENGTH
  ) {
    throw new ConfigError(
      'CLAWGATE_ADMIN_TOKEN',
      `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters when NODE_ENV=production (e.g. openssl rand -hex 32)`,
    );
  }
  checkJwt(config);
  return config;
}

/** JWT authentication: one public key source at most, a readable key file, `iss` and `aud` pinned, a long secret. */
function checkJwt(config: Config): void {
  const { jwt } = config;
  if (jwt.publicKey !== undefined && jwt.publicKeyFile !== undefined)
    throw new ConfigError('CLAWGATE_JWT_PUBLIC_KEY_FILE', 'must not be set together with CLAWGATE_JWT_PUBLIC_KEY');
  if ((jwt.publicKey !== undefined || jwt.publicKeyFile !== undefined) && jwt.jwksUrl !== undefined)
    throw new ConfigError('CLAWGATE_JWT_JWKS_URL', 'must not be set together with a static public key');
  if (jwt.publicKeyFile !== undefined) {
    requireReadableFile(jwt.publicKeyFile, 'CLAWGATE_JWT_PUBLIC_KEY_FILE');
    try {
      publicKeyOf(readFileSync(jwt.publicKeyFile, 'utf8'));
    } catch (err) {
      throw new ConfigError('CLAWGATE_JWT_PUBLIC_KEY_FILE', `${jwt.publicKeyFile} ${(err as Error).message}`);
    }
  }
  const configured =
    jwt.hs256Secret !== undefined ||
    jwt.publicKey !== undefined ||
    jwt.publicKeyFile !== undefined ||
    jwt.jwksUrl !== undefined;
  if (!configured) return;
  // Without them a token minted by the same issuer for another service would be accepted here.
  if (jwt.issuer === undefined)
    throw new ConfigError('CLAWGATE_JWT_ISSUER', 'is required when JWT authentication is configured');
  if (jwt.audience === undefined)
    throw new ConfigError('CLAWGATE_JWT_AUDIENCE', 'is required when JWT authentication is configured');
  if (config.env !== 'production') return;
  if (jwt.hs256Secret !== undefined && Buffer.byteLength(jwt.hs256Secret) < MIN_HS256_SECRET_BYTES)
    throw new ConfigError(
      'CLAWGATE_JWT_SECRET',
      `must be at least ${MIN_HS256_SECRET_BYTES} bytes when NODE_ENV=production (e.g. openssl rand -hex 32)`,
    );
  if (jwt.jwksUrl !== undefined && new URL(jwt.jwksUrl).protocol !== 'https:')
    throw new ConfigError('CLAWGATE_JWT_JWKS_URL', 'must be an https:// URL when NODE_ENV=production');
}

/**
 * The `Config` made of the given values and, for every other setting, its default (the defaults
 * object when `values` is empty). Derived defaults are computed from the resolved `env` and `stateDir`.
 */
export function buildConfig(values: ReadonlyMap<ConfigPath, unknown>, cwd: string): Config {
  const resolved = new Map(values);
  for (const setting of SETTINGS) {
    if (!resolved.has(setting.path) && 'default' in setting && setting.default !== undefined) {
      resolved.set(setting.path, setting.default);
    }
  }
  for (const setting of SETTINGS) {
    const value = resolved.get(setting.path);
    if (setting.isPath === true && typeof value === 'string') resolved.set(setting.path, path.resolve(cwd, value));
  }
  const from: DerivedFrom = { env: resolved.get('env') as RuntimeEnv, stateDir: resolved.get('stateDir') as string };
  for (const setting of SETTINGS) {
    if (!resolved.has(setting.path) && 'derivedDefault' in setting && setting.derivedDefault !== undefined) {
      resolved.set(setting.path, setting.derivedDefault.from(from));
    }
  }
  const tree: Record<string, unknown> = {};
  for (const [dotted, value] of resolved) writePath(tree, dotted, value);
  // Complete by construction: every required path has a default (DefaultFields in settings.ts).
  return tree as unknown as Config;
}

interface FoundValue {
  raw: unknown;
  from: SourceKind;
  /** The key as the user wrote it, for error messages. */
  key: string;
}

function pickSource(
  setting: Setting,
  flags: ConfigFlags,
  env: Readonly<Record<string, string | undefined>>,
  file: Record<string, unknown>,
  configFile: string | undefined,
): FoundValue | undefined {
  if (setting.flag !== undefined) {
    const raw = flags[FLAG_TO_OPTION[setting.flag]];
    if (raw !== undefined)
      return { raw: typeof raw === 'number' ? String(raw) : raw, from: 'flag', key: `--${setting.flag}` };
  }
  if (setting.env !== undefined) {
    const raw = nonEmpty(env[setting.env]);
    if (raw !== undefined) return { raw, from: 'env', key: setting.env };
  }
  const raw = readPath(file, setting.path);
  if (raw !== undefined && raw !== null) {
    return { raw, from: 'file', key: `${setting.path} (in ${path.basename(configFile ?? 'config file')})` };
  }
  return undefined;
}

function flagsFromArgv(argv: readonly string[]): ConfigFlags {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: Object.fromEntries(Object.keys(FLAG_TO_OPTION).map((flag) => [flag, { type: 'string' as const }])),
  });
  const flags: ConfigFlags = {};
  for (const [flag, option] of Object.entries(FLAG_TO_OPTION)) {
    const value = values[flag];
    if (typeof value === 'string') flags[option] = value;
    else if (value === true) throw new ConfigError(`--${flag}`, 'needs a value');
  }
  return flags;
}

function readConfigFile(file: string, key: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(key, `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  let parsed: unknown;
  try {
    parsed = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new ConfigError(
      key,
      `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(key, `${file} must contain an object of settings`);
  }
  rejectUnknownKeys(parsed as Record<string, unknown>, '', path.basename(file));
  return parsed as Record<string, unknown>;
}

/** Typos in a file are errors, not silently ignored settings. */
function rejectUnknownKeys(object: Record<string, unknown>, prefix: string, fileName: string): void {
  const known: readonly string[] = SETTINGS.map((setting) => setting.path);
  for (const [name, value] of Object.entries(object)) {
    const full = prefix === '' ? name : `${prefix}.${name}`;
    if (known.includes(full)) continue;
    const isSection = known.some((key) => key.startsWith(`${full}.`));
    if (isSection && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      rejectUnknownKeys(value as Record<string, unknown>, full, fileName);
      continue;
    }
    const allowed = isSection ? 'must be an object' : `is not a known setting (known: ${known.join(', ')})`;
    throw new ConfigError(`${full} (in ${fileName})`, allowed);
  }
}

function readPath(object: Record<string, unknown>, dotted: string): unknown {
  let current: unknown = object;
  for (const part of dotted.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function writePath(object: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let current = object;
  for (const part of parts.slice(0, -1)) {
    current[part] ??= {};
    current = current[part] as Record<string, unknown>;
  }
  current[parts[parts.length - 1] as string] = value;
}

function requireReadableFile(file: string, key: string): void {
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    accessSync(file, constants.R_OK);
  } catch {
    throw new ConfigError(key, `${JSON.stringify(file)} is not a readable file`);
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function definedOnly(flags: ConfigFlags): ConfigFlags {
  return Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined));
}
