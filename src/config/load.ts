import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from './config-error.js';
import { InvalidValue, SETTINGS, type Setting, type SourceKind } from './settings.js';
import type { Config } from './types.js';

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

const FLAG_TO_OPTION: Record<string, keyof ConfigFlags> = {
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
  const fileName = options.file ?? asString(flags.config) ?? nonEmpty(env.CLAWGATE_CONFIG);
  const configFile = fileName === undefined ? undefined : path.resolve(cwd, fileName);
  const fileValues = configFile === undefined ? {} : readConfigFile(configFile, fileName === options.file || fileName === flags.config ? '--config' : 'CLAWGATE_CONFIG');

  // 2. Every setting from the highest-precedence source that has it.
  const values = new Map<string, unknown>();
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

  // 3. Defaults, some derived from other values.
  const get = <T>(key: string, fallback: T): T => (values.has(key) ? (values.get(key) as T) : fallback);
  const runtimeEnv = get<Config['env']>('env', 'development');
  const stateDir = path.resolve(cwd, get('stateDir', './.clawgate'));
  const config: Config = {
    env: runtimeEnv,
    host: get('host', '0.0.0.0'),
    port: get('port', 8080),
    stateDir,
    log: {
      level: get('log.level', 'info'),
      file: path.resolve(cwd, get('log.file', path.join(stateDir, 'logs', 'clawgate.log'))),
      maxSize: get('log.maxSize', '10m'),
      maxFiles: get('log.maxFiles', 3),
      compress: get('log.compress', true),
      console: get('log.console', true),
    },
    http: {
      bodyLimitBytes: get('http.bodyLimitBytes', 1024 * 1024),
      requestTimeoutMs: get('http.requestTimeoutMs', 30_000),
      trustProxy: get('http.trustProxy', false),
      corsOrigins: get('http.corsOrigins', []),
      validateResponses: get('http.validateResponses', runtimeEnv !== 'production'),
    },
    shutdownTimeoutMs: get('shutdownTimeoutMs', 10_000),
    ws: {
      maxConnections: get('ws.maxConnections', 1000),
      connectionTimeoutMs: get('ws.connectionTimeoutMs', 30_000),
      rateLimitPerMinute: get('ws.rateLimitPerMinute', 10),
    },
  };
  for (const key of ['databaseUrl', 'redisUrl', 'redisPrefix', 'adminToken', 'gitCommit'] as const) {
    if (values.has(key)) config[key] = values.get(key) as string;
  }
  if (configFile !== undefined) config.configFile = configFile;

  // 4. Rules that involve several values.
  const certFile = values.get('tls.certFile') as string | undefined;
  const keyFile = values.get('tls.keyFile') as string | undefined;
  if ((certFile === undefined) !== (keyFile === undefined)) {
    const missing = certFile === undefined ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE';
    throw new ConfigError(missing, 'must be set too: TLS needs both TLS_CERT_FILE and TLS_KEY_FILE, or neither');
  }
  if (certFile !== undefined && keyFile !== undefined) {
    config.tls = {
      certFile: requireReadableFile(path.resolve(cwd, certFile), 'TLS_CERT_FILE'),
      keyFile: requireReadableFile(path.resolve(cwd, keyFile), 'TLS_KEY_FILE'),
    };
  }
  if (runtimeEnv === 'production' && config.adminToken === undefined) {
    throw new ConfigError('CLAWGATE_ADMIN_TOKEN', 'is required when NODE_ENV=production (the server will not generate one)');
  }
  return config;
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
    const raw = flags[FLAG_TO_OPTION[setting.flag] as keyof ConfigFlags];
    if (raw !== undefined) return { raw: typeof raw === 'number' ? String(raw) : raw, from: 'flag', key: `--${setting.flag}` };
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
    throw new ConfigError(key, `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(err as Error).message}`);
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
  const known = SETTINGS.map((setting) => setting.path);
  for (const [name, value] of Object.entries(object)) {
    const full = prefix === '' ? name : `${prefix}.${name}`;
    if (known.includes(full)) continue;
    const isSection = known.some((key) => key.startsWith(`${full}.`));
    if (isSection && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      rejectUnknownKeys(value as Record<string, unknown>, full, fileName);
      continue;
    }
    const allowed = isSection
      ? 'must be an object'
      : `is not a known setting (known: ${known.join(', ')})`;
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

function requireReadableFile(file: string, key: string): string {
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    accessSync(file, constants.R_OK);
  } catch {
    throw new ConfigError(key, `${JSON.stringify(file)} is not a readable file`);
  }
  return file;
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
