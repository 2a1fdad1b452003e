import path from 'node:path';
import { publicKeyOf } from './jwt-keys.js';
import type {
  Config,
  ConfigPath,
  ConfigValue,
  LogLevel,
  RequiredConfigPath,
  RuntimeEnv,
  Tier,
  TierLimits,
} from './types.js';

/** Thrown by a parser; the loader prefixes the key and the offending value. */
export class InvalidValue extends Error {}

/** Where a raw value came from: strings from the environment and flags, any JSON value from a file. */
export type SourceKind = 'file' | 'env' | 'flag';

/** Command-line flags that set a setting (`--port` …); `--config` picks the file instead. */
export type SettingFlag = 'host' | 'port' | 'state-dir' | 'log-level';

/** The settings a derived default may depend on; the loader resolves them first. */
export type DerivedFrom = Pick<Config, 'env' | 'stateDir'>;

/** A default computed from other settings, with its documentation (shown as the default). */
export interface DerivedDefault<V> {
  describe: string;
  from(config: DerivedFrom): V;
}

interface SettingFields<P extends ConfigPath> {
  /** Where the value lives in `Config` and in the config file. */
  path: P;
  env: string;
  flag?: SettingFlag;
  /** Documentation: what the value means (the default is documented from `default`). */
  describe: string;
  /** How docs/configuration.md shows the default next to its raw number. */
  unit?: 'ms' | 'bytes';
  /** A file system path: a relative value is resolved against the working directory. */
  isPath?: true;
  parse(raw: unknown, from: SourceKind): ConfigValue<P>;
}

/** A value that is always there has a default; one that may be absent says what its absence means. */
type DefaultFields<P extends ConfigPath> = P extends RequiredConfigPath
  ? | { default: ConfigValue<P>; derivedDefault?: never }
    | { derivedDefault: DerivedDefault<ConfigValue<P>>; default?: never }
  : { whenUnset: string };

/**
 * One configuration setting: where it lives in `Config` and in the config file (`path`), its
 * environment and flag names, its default (stated here and nowhere else) and how a raw value becomes
 * a typed one. `Setting<'port'>` is one setting; plain `Setting` is any of them.
 */
export type Setting<P extends ConfigPath = ConfigPath> = P extends ConfigPath
  ? SettingFields<P> & DefaultFields<P>
  : never;

/** The config file is chosen before settings are read, so it is not a `Setting`. */
export const CONFIG_FILE_SOURCE = { env: 'CLAWGATE_CONFIG', flag: 'config' } as const;

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
 * Every setting, in documentation order. The common names users already rely on (`PORT`, `HOST`,
 * `DATABASE_URL`, `LOG_LEVEL`, the `WS_*` variables …) are kept as they are; the rest are
 * CLAWGATE_-prefixed. docs/configuration.md is generated from this list
 * (`npm run docs:config`).
 */
/** Every tier, lowest first. */
export const TIERS: readonly Tier[] = ['open_source', 'teams', 'government'];

/** The tiers' default limits and quotas. */
export const DEFAULT_TIER_LIMITS: Readonly<Record<Tier, Readonly<TierLimits>>> = {
  open_source: {
    ratePerMinute: 100,
    sessionsPerMonth: 100,
    messagesPerMonth: 10_000,
    concurrentSessions: 5,
    wsConnections: 5,
    skillsPerSession: 10,
  },
  teams: {
    ratePerMinute: 500,
    sessionsPerMonth: 1_000,
    messagesPerMonth: 100_000,
    concurrentSessions: 20,
    wsConnections: 20,
    skillsPerSession: 50,
  },
  government: {
    ratePerMinute: 2_000,
    sessionsPerMonth: 10_000,
    messagesPerMonth: 1_000_000,
    concurrentSessions: 100,
    wsConnections: 100,
    skillsPerSession: 200,
  },
};

const TIER_LIMIT_DOCS: Record<keyof TierLimits, { env: string; describe: string }> = {
  ratePerMinute: { env: 'RATE_LIMIT_PER_MINUTE', describe: 'tenant API requests per organization per minute' },
  sessionsPerMonth: { env: 'SESSIONS_PER_MONTH', describe: 'sessions an organization may create per UTC month' },
  messagesPerMonth: { env: 'MESSAGES_PER_MONTH', describe: 'chat messages per organization per UTC month' },
  concurrentSessions: { env: 'CONCURRENT_SESSIONS', describe: 'sessions open at once per organization' },
  wsConnections: { env: 'WS_CONNECTIONS', describe: '`/ws` connections open at once per organization' },
  skillsPerSession: { env: 'SKILLS_PER_SESSION', describe: 'skill executions per session' },
};

/** One setting per tier and limit: `tiers.teams.ratePerMinute` / `CLAWGATE_TIER_TEAMS_RATE_LIMIT_PER_MINUTE`. */
function tierSettings(): Setting[] {
  return TIERS.flatMap((tier) =>
    (Object.keys(TIER_LIMIT_DOCS) as (keyof TierLimits)[]).map((limit) => ({
      path: `tiers.${tier}.${limit}`,
      env: `CLAWGATE_TIER_${tier.toUpperCase()}_${TIER_LIMIT_DOCS[limit].env}`,
      describe: `${tier} tier: ${TIER_LIMIT_DOCS[limit].describe}`,
      default: DEFAULT_TIER_LIMITS[tier][limit],
      parse: positiveInt('limit'),
    })),
  );
}

export const SETTINGS: readonly Setting[] = [
  {
    path: 'env',
    env: 'NODE_ENV',
    describe:
      '`development`, `test` or `production`. Production requires `CLAWGATE_ADMIN_TOKEN` (32+ characters), turns response ' +
      'validation off unless `CLAWGATE_VALIDATE_RESPONSES` is set, and never shows stack traces.',
    default: 'development',
    parse: oneOf(RUNTIME_ENVS),
  },
  { path: 'host', env: 'HOST', flag: 'host', describe: 'listen address', default: '0.0.0.0', parse: text },
  {
    path: 'port',
    env: 'PORT',
    flag: 'port',
    describe: 'listen port (`0` = any free port)',
    default: 8080,
    parse: port,
  },
  {
    path: 'stateDir',
    env: 'CLAWGATE_STATE_DIR',
    flag: 'state-dir',
    describe: 'directory for the embedded database (`pgdata/`), logs (`logs/`) and the generated admin token',
    default: './.clawgate',
    isPath: true,
    parse: text,
  },
  {
    path: 'databaseUrl',
    env: 'DATABASE_URL',
    describe: 'PostgreSQL URL (`postgres://` or `postgresql://`)',
    whenUnset: 'embedded PGlite under `<stateDir>/pgdata`',
    parse: url(['postgres:', 'postgresql:']),
  },
  {
    path: 'redisUrl',
    env: 'REDIS_URL',
    describe: 'Redis URL (`redis://` or `rediss://`)',
    whenUnset: 'in-process bus, counters and rate limits',
    parse: url(['redis:', 'rediss:']),
  },
  {
    path: 'redisPrefix',
    env: 'CLAWGATE_REDIS_PREFIX',
    describe: 'prefix of every Redis key and pub/sub channel (lets several deployments share one Redis)',
    default: 'clawgate:',
    parse: text,
  },
  {
    path: 'adminToken',
    env: 'CLAWGATE_ADMIN_TOKEN',
    describe: 'admin bearer token for `/api/internal/v1/…`; required in production, at least 32 characters there',
    whenUnset: 'generated into `<stateDir>/admin-token` and printed at first start (refused in production)',
    parse: (raw) => {
      const value = text(raw);
      if (/\s/.test(value)) throw new InvalidValue('must not contain whitespace');
      return value;
    },
  },
  {
    path: 'tls.certFile',
    env: 'TLS_CERT_FILE',
    describe:
      'PEM certificate; together with `TLS_KEY_FILE` the server speaks HTTPS and WSS. Both or neither; ' +
      'the files must exist.',
    whenUnset: 'plain HTTP and WS',
    isPath: true,
    parse: text,
  },
  {
    path: 'tls.keyFile',
    env: 'TLS_KEY_FILE',
    describe: 'PEM private key, see `TLS_CERT_FILE`',
    whenUnset: 'plain HTTP and WS',
    isPath: true,
    parse: text,
  },
  {
    path: 'log.level',
    env: 'LOG_LEVEL',
    flag: 'log-level',
    describe: `one of ${LOG_LEVELS.map((level) => `\`${level}\``).join(', ')}`,
    default: 'info',
    parse: oneOf(LOG_LEVELS),
  },
  {
    path: 'log.file',
    env: 'CLAWGATE_LOG_FILE',
    describe: 'JSON log file',
    derivedDefault: {
      describe: '`<stateDir>/logs/clawgate.log`',
      from: ({ stateDir }) => path.join(stateDir, 'logs', 'clawgate.log'),
    },
    isPath: true,
    parse: text,
  },
  {
    path: 'log.maxSize',
    env: 'CLAWGATE_LOG_MAX_SIZE',
    describe: 'rotate the log file at this size: bytes, or a number with `k`, `m` or `g`',
    default: '10m',
    parse: size,
  },
  {
    path: 'log.maxFiles',
    env: 'CLAWGATE_LOG_MAX_FILES',
    describe: 'log files kept',
    default: 3,
    parse: positiveInt('file count'),
  },
  {
    path: 'log.compress',
    env: 'CLAWGATE_LOG_COMPRESS',
    describe: 'gzip rotated log files',
    default: true,
    parse: boolean,
  },
  {
    path: 'log.console',
    env: 'CLAWGATE_LOG_CONSOLE',
    describe: 'human-readable log lines on the console',
    default: true,
    parse: boolean,
  },
  {
    path: 'http.bodyLimitBytes',
    env: 'CLAWGATE_BODY_LIMIT_BYTES',
    describe: 'JSON request body limit in bytes',
    default: 1024 * 1024,
    unit: 'bytes',
    parse: positiveInt('byte count'),
  },
  {
    path: 'http.requestTimeoutMs',
    env: 'CLAWGATE_REQUEST_TIMEOUT_MS',
    describe:
      'per-request timeout in milliseconds: a request whose body has not arrived, or that has not been answered, ' +
      'within it gets 408 `request_timeout` and its connection is closed',
    default: 30_000,
    unit: 'ms',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'http.idempotencyRetentionMs',
    env: 'CLAWGATE_IDEMPOTENCY_RETENTION_MS',
    describe:
      'how long a response recorded under an `Idempotency-Key` is replayed (and the key stays taken), in milliseconds',
    default: 24 * 60 * 60 * 1000,
    unit: 'ms',
    parse: positiveInt('duration in ms'),
  },
  {
    path: 'http.headersTimeoutMs',
    env: 'CLAWGATE_HEADERS_TIMEOUT_MS',
    describe:
      'the request line and headers must arrive within this many milliseconds of the connection or of the ' +
      'previous response, else 408 `request_timeout` and the connection is closed; at most ' +
      '`CLAWGATE_REQUEST_TIMEOUT_MS`',
    default: 10_000,
    unit: 'ms',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'http.keepAliveTimeoutMs',
    env: 'CLAWGATE_KEEP_ALIVE_TIMEOUT_MS',
    describe:
      'an idle keep-alive connection is closed after this many milliseconds; behind a load balancer keep it above ' +
      "the balancer's idle timeout",
    default: 5_000,
    unit: 'ms',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'http.maxConnections',
    env: 'CLAWGATE_MAX_CONNECTIONS',
    describe:
      'open connections per instance, WebSockets included (keep it above `WS_MAX_CONNECTIONS`); a connection ' +
      'past it gets 503 `service_unavailable` with `Retry-After` on its first request and is closed; `0` = no cap',
    default: 10_000,
    parse: (raw) => integer(raw, 0, 1_000_000, 'connection count (integer 0–1000000)'),
  },
  {
    path: 'http.trustProxy',
    env: 'CLAWGATE_TRUST_PROXY',
    describe:
      'Express `trust proxy`: `true`, `false`, a hop count, or addresses/subnets such as `loopback, 10.0.0.0/8`',
    default: false,
    parse: trustProxy,
  },
  {
    path: 'http.corsOrigins',
    env: 'CLAWGATE_CORS_ORIGINS',
    describe: 'allowed CORS origins, comma-separated (a list in the file); empty = CORS off; `*` = any',
    default: [],
    parse: stringList,
  },
  {
    path: 'http.validateResponses',
    env: 'CLAWGATE_VALIDATE_RESPONSES',
    describe: 'validate responses against the OpenAPI spec',
    derivedDefault: {
      describe: '`true`, except in production (`false`)',
      from: ({ env }) => env !== 'production',
    },
    parse: boolean,
  },
  {
    path: 'shutdownTimeoutMs',
    env: 'CLAWGATE_SHUTDOWN_TIMEOUT_MS',
    describe: 'graceful shutdown deadline in milliseconds',
    default: 10_000,
    unit: 'ms',
    parse: positiveInt('timeout in ms'),
  },
  {
    path: 'ws.maxConnections',
    env: 'WS_MAX_CONNECTIONS',
    describe: 'WebSocket connections per instance',
    default: 1000,
    parse: positiveInt('connection count'),
  },
  {
    path: 'ws.connectionTimeoutMs',
    env: 'WS_CONNECTION_TIMEOUT',
    describe: 'gateway channel heartbeat timeout: **seconds** in the environment, **milliseconds** in the file',
    default: 30_000,
    unit: 'ms',
    // WS_CONNECTION_TIMEOUT is in seconds (its historical unit); the file uses the Config field, in milliseconds.
    parse: (raw, from) =>
      from === 'file' ? positiveInt('timeout in ms')(raw) : positiveInt('timeout in seconds', 86_400)(raw) * 1000,
  },
  {
    path: 'ws.rateLimitPerMinute',
    env: 'WS_RATE_LIMIT_PER_MINUTE',
    describe: 'gateway channel handshakes per source IP per minute',
    default: 10,
    parse: positiveInt('rate'),
  },
  {
    path: 'auth.failureLimit',
    env: 'CLAWGATE_AUTH_FAILURE_LIMIT',
    describe:
      'failed authentication attempts (admin token, API keys, gateway api-keys) per source address, and per credential target, within one window; past it attempts get 429 until the window ends; `0` = off',
    default: 10,
    parse: (raw) => integer(raw, 0, 1_000_000, 'count (integer 0–1000000)'),
  },
  {
    path: 'auth.failureWindowMs',
    env: 'CLAWGATE_AUTH_FAILURE_WINDOW_MS',
    describe: 'the window authentication failures are counted in, in milliseconds; a lock lasts until it ends',
    default: 60_000,
    unit: 'ms',
    parse: positiveInt('window in ms'),
  },
  {
    path: 'jwt.hs256Secret',
    env: 'CLAWGATE_JWT_SECRET',
    describe:
      "HS256 secret tenants' JWTs may be signed with; at least 32 bytes in production. Each configured key accepts " +
      'only its own algorithm (docs/tenancy.md#authentication)',
    whenUnset: 'HS256 tokens are refused',
    parse: text,
  },
  {
    path: 'jwt.publicKey',
    env: 'CLAWGATE_JWT_PUBLIC_KEY',
    describe:
      "RS256 (RSA) or ES256 (P-256) public key, PEM, that tenants' JWTs may be signed for; the key type picks the " +
      'algorithm. Not together with `CLAWGATE_JWT_PUBLIC_KEY_FILE` or `CLAWGATE_JWT_JWKS_URL`',
    whenUnset: 'no static public key',
    parse: (raw) => {
      // A PEM in one environment line has its newlines escaped as \n.
      const pem = text(raw).replace(/\\n/g, '\n');
      try {
        publicKeyOf(pem);
      } catch (err) {
        throw new InvalidValue((err as Error).message);
      }
      return pem;
    },
  },
  {
    path: 'jwt.publicKeyFile',
    env: 'CLAWGATE_JWT_PUBLIC_KEY_FILE',
    describe: 'a file holding the PEM public key of `CLAWGATE_JWT_PUBLIC_KEY` (read and checked at start)',
    whenUnset: 'no static public key',
    isPath: true,
    parse: text,
  },
  {
    path: 'jwt.jwksUrl',
    env: 'CLAWGATE_JWT_JWKS_URL',
    describe:
      'JSON Web Key Set URL of the token issuer (RS256 / ES256 keys, picked by `kid`; a new `kid` fetches the set ' +
      'again); `https://` in production',
    whenUnset: 'no key set',
    parse: url(['https:', 'http:']),
  },
  {
    path: 'jwt.issuer',
    env: 'CLAWGATE_JWT_ISSUER',
    describe: 'the `iss` every JWT must carry; required when JWT authentication is configured',
    whenUnset: 'JWT authentication must stay off',
    parse: text,
  },
  {
    path: 'jwt.audience',
    env: 'CLAWGATE_JWT_AUDIENCE',
    describe:
      'accepted `aud` values, comma-separated (a list in the file); a JWT must name one; required when JWT ' +
      'authentication is configured',
    whenUnset: 'JWT authentication must stay off',
    parse: (raw) => {
      const list = stringList(raw);
      if (list.length === 0) throw new InvalidValue('must name at least one audience');
      return list;
    },
  },
  {
    path: 'jwt.orgClaim',
    env: 'CLAWGATE_JWT_ORG_CLAIM',
    describe: "the JWT claim holding the caller's organization id (the organization must exist)",
    default: 'org_id',
    parse: text,
  },
  {
    path: 'jwt.clockSkewSeconds',
    env: 'CLAWGATE_JWT_CLOCK_SKEW_SECONDS',
    describe: "tolerance, in seconds, when checking a JWT's `exp` and `nbf` against this server's clock",
    default: 30,
    parse: (raw) => integer(raw, 0, 600, 'number of seconds (integer 0–600)'),
  },
  {
    path: 'jwt.jwksCacheMaxAgeMs',
    env: 'CLAWGATE_JWT_JWKS_CACHE_MAX_AGE_MS',
    describe: 'how long a fetched JWKS is used before it is fetched again, in milliseconds',
    default: 600_000,
    unit: 'ms',
    parse: positiveInt('duration in ms'),
  },
  {
    path: 'jwt.jwksCooldownMs',
    env: 'CLAWGATE_JWT_JWKS_COOLDOWN_MS',
    describe:
      'least time between two JWKS fetches, in milliseconds: a token with an unknown `kid` fetches the set again, ' +
      'at most this often',
    default: 30_000,
    unit: 'ms',
    parse: (raw) => integer(raw, 0, 86_400_000, 'duration in ms (integer 0–86400000)'),
  },
  ...tierSettings(),
  {
    path: 'quotaLeaseTtlMs',
    env: 'CLAWGATE_QUOTA_LEASE_TTL_MS',
    describe:
      'how long a concurrent quota slot (`/ws` connection) counts without renewal: an instance renews its slots every third of it, so a crashed instance frees them after at most this',
    default: 30_000,
    unit: 'ms',
    parse: positiveInt('lease in ms'),
  },
  {
    path: 'gitCommit',
    env: 'CLAWGATE_GIT_COMMIT',
    describe: 'commit reported by `/info` and `clawgate version` (set it when building images)',
    whenUnset: '`git rev-parse HEAD` of the checkout, else `unknown`',
    parse: text,
  },
];
