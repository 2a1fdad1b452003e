/** The validated configuration the whole server runs on. Built once by `loadConfig` in this folder. */
export type RuntimeEnv = 'development' | 'test' | 'production';
export type LogLevel = 'error' | 'warn' | 'info' | 'http' | 'debug';

export interface Config {
  /** NODE_ENV. Response validation is on in development and test; stack traces only in development. */
  env: RuntimeEnv;
  /** HOST, default 0.0.0.0 */
  host: string;
  /** PORT, default 8080 (0 = any free port) */
  port: number;
  /** CLAWGATE_STATE_DIR, default ./.clawgate: PGlite data, logs, generated admin token */
  stateDir: string;
  /** DATABASE_URL; absent = embedded PGlite under `<stateDir>/pgdata` */
  databaseUrl?: string;
  /** REDIS_URL; absent = in-process bus, counters and rate-limit stores */
  redisUrl?: string;
  /** CLAWGATE_REDIS_PREFIX: prefix of every Redis key and channel, default `clawgate:` */
  redisPrefix?: string;
  /** CLAWGATE_ADMIN_TOKEN; absent = generated into `<stateDir>/admin-token` (refused in production) */
  adminToken?: string;
  /** TLS_CERT_FILE / TLS_KEY_FILE; both or neither */
  tls?: { certFile: string; keyFile: string };
  log: {
    level: LogLevel;
    /** JSON log file, default `<stateDir>/logs/clawgate.log` */
    file: string;
    /** rotation size, default '10m' */
    maxSize: string;
    /** files kept, default 3 */
    maxFiles: number;
    /** gzip rotated files, default true */
    compress: boolean;
    /** human-readable console output, default true */
    console: boolean;
  };
  http: {
    /** JSON body limit in bytes, default 1 MiB */
    bodyLimitBytes: number;
    /** per-request timeout, default 30 s */
    requestTimeoutMs: number;
    /** express 'trust proxy' setting; default false */
    trustProxy: boolean | number | string;
    /** allowed CORS origins; empty = CORS off; ['*'] = any */
    corsOrigins: string[];
    /** validate responses against the spec; default on in development/test, off in production */
    validateResponses: boolean;
  };
  /** graceful shutdown deadline, default 10 s */
  shutdownTimeoutMs: number;
  /** CLAWGATE_GIT_COMMIT: the commit reported by `/info` and `clawgate version`; absent = ask git */
  gitCommit?: string;
  /** The config file the values were read from, if any (`--config` or CLAWGATE_CONFIG) */
  configFile?: string;
  ws: {
    /** WS_MAX_CONNECTIONS, default 1000 */
    maxConnections: number;
    /** WS_CONNECTION_TIMEOUT in seconds in env, stored as ms; default 30 s */
    connectionTimeoutMs: number;
    /** WS_RATE_LIMIT_PER_MINUTE, default 10 (gateway channel handshakes per IP) */
    rateLimitPerMinute: number;
  };
}
