import type { LogLevel, RuntimeEnv } from './types.js';

/** Thrown by a parser; the loader prefixes the key and the offending value. */
export class InvalidValue extends Error {}

/** Where a raw value came from: strings from the environment and flags, any JSON value from a file. */
export type SourceKind = 'file' | 'env' | 'flag';

/**
 * One configuration setting: where it lives in `Config` and in the config file (`path`), its
 * environment and flag names, and how a raw value becomes a typed one.
 */
export interface Setting {
  path: string;
  env?: string;
  flag?: string;
  /** Documentation: what the value means and its default. */
  describe: string;
  parse(raw: unknown, from: SourceKind): unknown;
}

const LOG_LEVELS: readonly LogLevel[] = ['error', 'warn', 'info', 'http', 'debug'];
const RUNTIME_ENVS: readonly RuntimeEnv[] = ['development', 'test', 'production'];

function integer(raw: unknown, min: number, max: number, what: string): number {
  const value = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new InvalidValue(`is not a valid ${what}`);
  }
  return value;
}

function port(raw: unknown): number {
  return integer(raw, 0, 65535, 'port (integer 0–65535)');
}

function positiveInt(what: string, max = Number.MAX_SAFE_INTEGER) {
  return (raw: unknown): number => integer(raw, 1, max, `${what} (integer ≥ 1)`);
}

function boolean(raw: unknown): boolean {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') {
    const text = raw.trim().toLowerCase();
    if (['true', '1', 'yes', 'on'].includes(text)) return true;
    if (['false', '0', 'no', 'off'].includes(text)) return false;
  }
  throw new InvalidValue('is not a boolean (true/false, 1/0, yes/no, on/off)');
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: unknown): T => {
    if (typeof raw === 'string' && (values as readonly string[]).includes(raw.trim())) return raw.trim() as T;
    throw new InvalidValue(`is not one of ${values.join(', ')}`);
  };
}

function text(raw: unknown): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw new InvalidValue('must be a non-empty string');
  return raw.trim();
}

function url(protocols: readonly string[]) {
  return (raw: unknown): string => {
    const value = text(raw);
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new InvalidValue(`is not a URL (expected ${protocols.map((p) => `${p}//…`).join(' or ')})`);
    }
    if (!protocols.includes(parsed.protocol)) {
      throw new InvalidValue(`has protocol ${parsed.protocol} (allowed: ${protocols.join(', ')})`);
    }
    return value;
  };
}

function size(raw: unknown): string {
  const value = typeof raw === 'number' ? String(raw) : raw;
  if (typeof value === 'string' && /^\d+[kmg]?$/i.test(value.trim()) && !/^0+[kmg]?$/i.test(value.trim())) {
    return value.trim().toLowerCase();
  }
  throw new InvalidValue('is not a size (bytes, or a number with k, m or g, e.g. 10m)');
}

function stringList(raw: unknown): string[] {
  const items = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(items) || !items.every((item) => typeof item === 'string')) {
    throw new InvalidValue('is not a list of strings (comma-separated in the environment)');
  }
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

function trustProxy(raw: unknown): boolean | number | string {
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') return integer(raw, 0, 100, 'hop count (integer 0–100)');
  if (typeof raw === 'string') {
    const value = raw.trim();
    if (/^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
    if (/^\d+$/.test(value)) return integer(value, 0, 100, 'hop count (integer 0–100)');
    if (value !== '') return value;
  }
  throw new InvalidValue('is not true, false, a hop count or a list of addresses/subnets');
}

/**
 * Every setting, in documentation order. The documented environment names (docs/configuration.md) are kept as they
 * are; the rest are CLAWGATE_-prefixed. `docs/configuration.md` lists the same table.
 */
export const SETTINGS: readonly Setting[] = [
  { path: 'env', env: 'NODE_ENV', describe: 'development (default), test or production', parse: oneOf(RUNTIME_ENVS) },
  { path: 'host', env: 'HOST', flag: 'host', describe: 'listen address, default 0.0.0.0', parse: text },
  { path: 'port', env: 'PORT', flag: 'port', describe: 'listen port, default 8080 (0 = any free port)', parse: port },
  {
    path: 'stateDir',
    env: 'CLAWGATE_STATE_DIR',
    flag: 'state-dir',
    describe: 'directory for PGlite data, logs and the generated admin token, default ./.clawgate',
    parse: text,
  },
  {
    path: 'databaseUrl',
    env: 'DATABASE_URL',
    describe: 'PostgreSQL URL; unset = embedded PGlite under <stateDir>/pgdata',
    parse: url(['postgres:', 'postgresql:']),
  },
  {
    path: 'redisUrl',
    env: 'REDIS_URL',
    describe: 'Redis URL; unset = in-process bus, counters and rate limits',
    parse: url(['redis:', 'rediss:']),
  },
  {
    path: 'redisPrefix',
    env: 'CLAWGATE_REDIS_PREFIX',
    describe: 'prefix of every Redis key and pub/sub channel, default clawgate: (lets deployments share a Redis)',
    parse: text,
  },
  {
    path: 'adminToken',
    env: 'CLAWGATE_ADMIN_TOKEN',
    describe: 'admin bearer token; unset = generated into <stateDir>/admin-token (required in production)',
    parse: (raw) => {
      const value = text(raw);
      if (/\s/.test(value)) throw new InvalidValue('must not contain whitespace');
      return value;
    },
  },
  { path: 'tls.certFile', env: 'TLS_CERT_FILE', describe: 'PEM certificate; with TLS_KEY_FILE serves HTTPS/WSS', parse: text },
  { path: 'tls.keyFile', env: 'TLS_KEY_FILE', describe: 'PEM private key; with TLS_CERT_FILE serves HTTPS/WSS', parse: text },
  { path: 'log.level', env: 'LOG_LEVEL', flag: 'log-level', describe: `${LOG_LEVELS.join(', ')}; default info`, parse: oneOf(LOG_LEVELS) },
  { path: 'log.file', env: 'CLAWGATE_LOG_FILE', describe: 'JSON log file, default <stateDir>/logs/clawgate.log', parse: text },
  { path: 'log.maxSize', env: 'CLAWGATE_LOG_MAX_SIZE', describe: 'rotate at this size, default 10m', parse: size },
  { path: 'log.maxFiles', env: 'CLAWGATE_LOG_MAX_FILES', describe: 'rotated files kept, default 3', parse: positiveInt('file count') },
  { path: 'log.compress', env: 'CLAWGATE_LOG_COMPRESS', describe: 'gzip rotated files, default true', parse: boolean },
  { path: 'log.console', env: 'CLAWGATE_LOG_CONSOLE', describe: 'human-readable console output, default true', parse: boolean },
  {
    path: 'http.bodyLimitBytes',
    env: 'CLAWGATE_BODY_LIMIT_BYTES',
    describe: 'JSON body limit in bytes, default 1048576 (1 MiB)',
    parse: positiveInt('byte count'),
  },
  {
    path: 'http.requestTimeoutMs',
    env: 'CLAWGATE_REQUEST_TIMEOUT_MS',
    describe: 'per-request timeout in ms, default 30000',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'http.trustProxy',
    env: 'CLAWGATE_TRUST_PROXY',
    describe: "Express 'trust proxy': true, false (default), a hop count or addresses/subnets",
    parse: trustProxy,
  },
  {
    path: 'http.corsOrigins',
    env: 'CLAWGATE_CORS_ORIGINS',
    describe: 'allowed CORS origins, comma-separated; empty (default) = CORS off; * = any',
    parse: stringList,
  },
  {
    path: 'http.validateResponses',
    env: 'CLAWGATE_VALIDATE_RESPONSES',
    describe: 'validate responses against the spec; default true except in production',
    parse: boolean,
  },
  {
    path: 'shutdownTimeoutMs',
    env: 'CLAWGATE_SHUTDOWN_TIMEOUT_MS',
    describe: 'graceful shutdown deadline in ms, default 10000',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'ws.maxConnections',
    env: 'WS_MAX_CONNECTIONS',
    describe: 'WebSocket connections per instance, default 1000',
    parse: positiveInt('connection count'),
  },
  {
    path: 'ws.connectionTimeoutMs',
    env: 'WS_CONNECTION_TIMEOUT',
    describe: 'gateway channel heartbeat timeout; seconds in the environment, ms in the file; default 30 s',
    // WS_CONNECTION_TIMEOUT is in seconds (its historical unit); the file uses the Config field, in milliseconds.
    parse: (raw, from) =>
      from === 'file'
        ? positiveInt('timeout in ms')(raw)
        : positiveInt('timeout in seconds', 86_400)(raw) * 1000,
  },
  {
    path: 'ws.rateLimitPerMinute',
    env: 'WS_RATE_LIMIT_PER_MINUTE',
    describe: 'gateway channel handshakes per source IP per minute, default 10',
    parse: positiveInt('rate'),
  },
  {
    path: 'gitCommit',
    env: 'CLAWGATE_GIT_COMMIT',
    describe: 'commit reported by /info and `clawgate version`; unset = `git rev-parse HEAD` or unknown',
    parse: text,
  },
];
