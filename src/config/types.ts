/**
 * The validated configuration the whole server runs on. Built once by `loadConfig` in this folder.
 * Environment names, flags and defaults of each field are in `SETTINGS` (settings.ts) and in
 * docs/configuration.md, which is generated from them.
 */
export type RuntimeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'error' | 'warn' | 'info' | 'http' | 'debug';

export interface Config {
  /** Response validation is on outside production; stack traces only in development. */
  env: RuntimeEnv;
  host: string;
  /** 0 = any free port */
  port: number;
  /** PGlite data, logs, generated admin token; absolute */
  stateDir: string;
  /** absent = embedded PGlite under `<stateDir>/pgdata` */
  databaseUrl?: string;
  /** absent = in-process bus, counters and rate-limit stores */
  redisUrl?: string;
  /** prefix of every Redis key and channel */
  redisPrefix: string;
  /** absent = generated into `<stateDir>/admin-token` (refused in production) */
  adminToken?: string;
  /** both or neither; absolute paths of readable files */
  tls?: { certFile: string; keyFile: string };
  log: {
    level: LogLevel;
    /** JSON log file, absolute */
    file: string;
    /** rotation size, e.g. '10m' */
    maxSize: string;
    /** rotated files kept */
    maxFiles: number;
    /** gzip rotated files */
    compress: boolean;
    /** human-readable console output */
    console: boolean;
  };
  http: {
    bodyLimitBytes: number;
    /** a request must be received and answered within it (Node's `server.requestTimeout` too) */
    requestTimeoutMs: number;
    /** how long a response recorded under an `Idempotency-Key` is replayed */
    idempotencyRetentionMs: number;
    /** the request line and headers must arrive within it (Node's `server.headersTimeout`) */
    headersTimeoutMs: number;
    /** an idle keep-alive connection is closed after it (Node's `server.keepAliveTimeout`) */
    keepAliveTimeoutMs: number;
    /** open connections (HTTP and WebSocket) past which new ones get 503; 0 = no cap */
    maxConnections: number;
    /** express 'trust proxy' setting */
    trustProxy: boolean | number | string;
    /** allowed CORS origins; empty = CORS off; ['*'] = any */
    corsOrigins: string[];
    /** validate responses against the spec */
    validateResponses: boolean;
  };
  /** graceful shutdown deadline */
  shutdownTimeoutMs: number;
  /** the commit reported by `/info` and `clawgate version`; absent = ask git */
  gitCommit?: string;
  /** The config file the values were read from, if any (`--config` or CLAWGATE_CONFIG) */
  configFile?: string;
  ws: {
    maxConnections: number;
    /** gateway channel heartbeat timeout (seconds in the environment, stored as ms) */
    connectionTimeoutMs: number;
    /** gateway channel handshakes per source IP per minute */
    rateLimitPerMinute: number;
  };
  /** JWT authentication of tenants; off while no key (secret, public key, JWKS URL) is configured */
  jwt: {
    /** HS256 shared secret */
    hs256Secret?: string;
    /** RS256 or ES256 (P-256) public key, PEM (SPKI) */
    publicKey?: string;
    /** a file holding `publicKey`; absolute */
    publicKeyFile?: string;
    /** JSON Web Key Set of the issuer (RS256 / ES256 keys, chosen by `kid`) */
    jwksUrl?: string;
    /** the `iss` every token must carry; required once a key is configured */
    issuer?: string;
    /** accepted `aud` values (a token must name one); required once a key is configured */
    audience?: string[];
    /** the claim naming the caller's organization (its id) */
    orgClaim: string;
    /** tolerance when checking `exp` and `nbf` */
    clockSkewSeconds: number;
    /** how long a fetched key set is used before it is fetched again */
    jwksCacheMaxAgeMs: number;
    /** least time between two fetches (an unknown `kid` refetches, at most this often) */
    jwksCooldownMs: number;
  };
  /** Limits and monthly quotas of each organization tier */
  tiers: Record<Tier, TierLimits>;
  /** how long a concurrent quota slot (a `/ws` connection) of a dead instance keeps counting */
  quotaLeaseTtlMs: number;
  /** Throttling of credential guessing (admin token, tenant and gateway keys; REST and WebSocket) */
  auth: {
    /** failed attempts per source address, and per credential target, within one window; 0 = off */
    failureLimit: number;
    /** the fixed window failures are counted in; a lock lasts until it ends */
    failureWindowMs: number;
  };
}

/** An organization's tier: it sets the organization's rate limit and quotas. */
export type Tier = 'open_source' | 'teams' | 'government';

/** What one tier allows an organization. */
export interface TierLimits {
  /** tenant API requests per minute */
  ratePerMinute: number;
  /** sessions created per calendar month (UTC) */
  sessionsPerMonth: number;
  /** chat messages per calendar month (UTC) */
  messagesPerMonth: number;
  /** sessions open at once */
  concurrentSessions: number;
  /** `/ws` connections open at once */
  wsConnections: number;
  /** skill executions per session */
  skillsPerSession: number;
}

/** A value that sits at a leaf of the configuration: arrays are values, not sections. */
type Leaf = string | number | boolean | readonly unknown[];

/** Dotted paths of the leaves of `T`: for `Config`, `'port' | 'log.level' | 'tls.certFile' | …`. */
export type LeafPath<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends Leaf ? K : `${K}.${LeafPath<NonNullable<T[K]>>}`;
}[keyof T & string];

type RequiredKeys<T> = { [K in keyof T & string]-?: object extends Pick<T, K> ? never : K }[keyof T & string];

/** The leaf paths with no optional field on the way: each needs a default. */
export type RequiredLeafPath<T> = {
  [K in RequiredKeys<T>]: NonNullable<T[K]> extends Leaf ? K : `${K}.${RequiredLeafPath<NonNullable<T[K]>>}`;
}[RequiredKeys<T>];

/** The type of the leaf at a dotted path, without `undefined`: `ValueAt<Config, 'log.level'>` is `LogLevel`. */
export type ValueAt<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? ValueAt<NonNullable<T[Head]>, Rest>
    : never
  : P extends keyof T
    ? NonNullable<T[P]>
    : never;

/** Every dotted path of a `Config` value: a misspelt path does not compile. */
export type ConfigPath = LeafPath<Config>;
/** The paths that always have a value once loaded (a default or a derived default). */
export type RequiredConfigPath = RequiredLeafPath<Config>;
/** The type of the `Config` value at `P`. */
export type ConfigValue<P extends ConfigPath> = ValueAt<Config, P>;
