import { readFile } from 'node:fs/promises';
import type { Logger } from 'winston';
import type { Bus } from './bus/bus.js';
import { createMemoryBus } from './bus/memory.js';
import { createRedisBus } from './bus/redis.js';
import { createRedisLink, type RedisLink } from './bus/redis-link.js';
import type { Config } from './config/types.js';
import { createGatewayFleet, type GatewayFleet } from './gateways/index.js';
import type { CounterStore } from './limits/counter-store.js';
import { createMemoryCounterStore } from './limits/memory.js';
import { createRateLimits, type RateLimits } from './limits/rate-limits.js';
import { createRedisCounterStore } from './limits/redis.js';
import { createRedisTokenBuckets } from './limits/redis-token-buckets.js';
import { closeLogger, createLogger } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { createDatabase } from './store/create-database.js';
import type { Database } from './store/database.js';
import { IdempotencyRecords } from './store/idempotency-records.js';
import { migrate } from './store/migrate.js';
import { QuotaEngine } from './quotas/index.js';
import { createJwtVerifier, createServices, RevocationAnnouncer, type Services } from './tenancy/index.js';

/**
 * Everything the app and the WebSocket channels are built from, each part built once:
 * infrastructure (database, bus, counters, logger, metrics) and the domain on top of it (the
 * tenancy services and the gateway fleet). `createDependencies(config)` builds it.
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  db: Database;
  bus: Bus;
  counters: CounterStore;
  /**
   * Handshake buckets, authentication failure and per-organization request counts: through Redis
   * when configured, failing open.
   */
  rateLimits: RateLimits;
  /**
   * Present when REDIS_URL is configured; the readiness check pings it (it fails at once while
   * Redis is down) and `/health` shows its state.
   */
  redis?: { ping(): Promise<void>; state?(): Record<string, unknown> };
  /** Organizations, their API keys, and tenant authentication (keys and JWTs). */
  services: Services;
  /** Gateways, APIs, deployments and event delivery: the REST handlers and the event channel share it. */
  fleet: GatewayFleet;
  /** Responses recorded under `Idempotency-Key` headers (docs/idempotency.md); expired ones are purged on a timer. */
  idempotency: IdempotencyRecords;
  /** Monthly, per-session and concurrent quotas of organizations, shared by every instance (docs/tenancy.md#quotas). */
  quotas: QuotaEngine;
  /** Closes everything: fleet, counters, bus, database, Redis clients, then flushes the logger. Idempotent. */
  close(): Promise<void>;
}

/** Parts to use instead of building them (tests). `close()` closes them too: the deps own them. */
export interface DependencyOverrides {
  logger?: Logger;
  metrics?: Metrics;
  db?: Database;
  bus?: Bus;
  counters?: CounterStore;
  /** Apply pending migrations before returning; default true. */
  migrate?: boolean;
  /** Events the gateway fleet keeps per gateway; default 10,000 (tests of pruning lower it). */
  eventRetention?: number;
  /** The clock that picks the quota month; default the system clock (tests roll months over). */
  quotaClock?: () => Date;
}

/**
 * The composition root's builder: from the configuration, PostgreSQL (`pg`) or embedded PGlite,
 * Redis (`ioredis`, two connections: commands and pub/sub) or in-process bus and counters, the
 * logger and the metrics registry; applies pending migrations; then the tenancy services and the
 * gateway fleet on top. Redis being unreachable does not fail it: the instance starts degraded
 * (see `RedisLink`) and catches up when Redis is back. `close()` closes them in reverse order.
 * On any other failure, what was already built is closed before the error is rethrown.
 *
 * @example
 * const deps = await createDependencies(loadConfig());
 * …
 * await deps.close();
 */
export async function createDependencies(config: Config, overrides: DependencyOverrides = {}): Promise<AppDeps> {
  const metrics = overrides.metrics ?? createMetrics();
  const logger = overrides.logger ?? createLogger(config);
  const closers: Array<{ name: string; close: () => Promise<unknown> }> = [];
  let closing: Promise<void> | undefined;
  const closeAll = () => (closing ??= closeEverything());
  const closeEverything = async () => {
    // Reverse order of construction: users of a connection close before the connection.
    for (const { name, close } of closers.splice(0).reverse()) {
      await close().catch((err: unknown) => logger.warn(`closing ${name} failed`, { error: (err as Error).message }));
    }
    await closeLogger(logger);
  };

  try {
    const prefix = config.redisPrefix;
    let redis: RedisLink | undefined;
    if (config.redisUrl !== undefined && (overrides.bus === undefined || overrides.counters === undefined)) {
      const link = createRedisLink({ url: config.redisUrl, logger, metrics });
      redis = link;
      closers.push({ name: 'redis', close: () => link.close() });
      // Unreachable Redis does not stop the start: the link logs it, readiness says 503 until it is back.
      await link.connect();
    }

    const db = overrides.db ?? (await createDatabase(config, { metrics, logger }));
    closers.push({ name: 'database', close: () => db.close() });
    if (overrides.migrate ?? true) {
      await migrate(db, { onApplied: (m) => logger.info('migration applied', { version: m.version, name: m.name }) });
    }

    const onHandlerError = (error: unknown, topic: string) => {
      metrics.errorsTotal.inc({ type: 'bus_handler' });
      logger.error('bus handler failed', { topic, error: (error as Error).message });
    };
    const bus =
      overrides.bus ??
      (redis === undefined
        ? createMemoryBus({ onHandlerError })
        : createRedisBus({ publisher: redis.publisher, subscriber: redis.subscriber, prefix, onHandlerError }));
    closers.push({ name: 'bus', close: () => bus.close() });
    const counters =
      overrides.counters ??
      (redis === undefined ? createMemoryCounterStore() : createRedisCounterStore({ client: redis.publisher, prefix }));
    closers.push({ name: 'counters', close: () => counters.close() });
    const rateLimits = createRateLimits({
      shared:
        redis === undefined
          ? undefined
          : { buckets: createRedisTokenBuckets({ client: redis.publisher, prefix }), counters },
      logger,
      metrics,
    });
    closers.push({ name: 'rate limits', close: () => rateLimits.close() });

    // JWT keys were checked by loadConfig; a key file is read once, here.
    const { publicKeyFile, ...jwtOptions } = config.jwt;
    const publicKey = publicKeyFile === undefined ? jwtOptions.publicKey : await readFile(publicKeyFile, 'utf8');
    const services = createServices({
      db,
      jwt: createJwtVerifier({ ...jwtOptions, ...(publicKey === undefined ? {} : { publicKey }) }),
      revocations: new RevocationAnnouncer({
        bus,
        logger,
        onFailure: () => metrics.errorsTotal.inc({ type: 'revocation_publish' }),
      }),
    });
    const fleet = createGatewayFleet({
      deps: { db, bus, logger, metrics },
      ...(overrides.eventRetention === undefined ? {} : { retention: overrides.eventRetention }),
    });
    closers.push({ name: 'gateway fleet', close: () => fleet.close() });

    const idempotency = new IdempotencyRecords({
      db,
      retentionMs: config.http.idempotencyRetentionMs,
      // A claim outlives any request that still runs (the timeout answers, the work may go on).
      leaseMs: 2 * config.http.requestTimeoutMs,
    });
    const stopPurging = purgeExpiredIdempotencyRecords(idempotency, { logger, metrics });
    closers.push({ name: 'idempotency purge', close: () => Promise.resolve(stopPurging()) });

    const quotas = new QuotaEngine({
      db,
      bus,
      metrics,
      logger,
      tiers: config.tiers,
      tierOf: async (orgId) => (await services.orgs.get(orgId)).tier,
      leaseTtlMs: config.quotaLeaseTtlMs,
      ...(overrides.quotaClock === undefined ? {} : { now: overrides.quotaClock }),
    });
    closers.push({ name: 'quotas', close: () => quotas.close() });

    logger.info('dependencies ready', {
      database: db.kind,
      bus: bus.kind,
      counters: counters.kind,
      rateLimits: rateLimits.kind,
    });
    const deps: AppDeps = {
      config,
      logger,
      metrics,
      db,
      bus,
      counters,
      rateLimits,
      services,
      fleet,
      idempotency,
      quotas,
      close: closeAll,
    };
    if (redis !== undefined) {
      const link = redis;
      deps.redis = { ping: () => link.ping(), state: () => ({ ...link.state() }) };
    } else if (config.redisUrl !== undefined) {
      // Bus and counters were passed in; readiness still reports Redis through the bus.
      deps.redis = { ping: () => bus.ping() };
    }
    return deps;
  } catch (err) {
    await closeAll();
    throw err;
  }
}

/** How often expired idempotency records are deleted, in bounded batches. */
const IDEMPOTENCY_PURGE_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Deletes expired idempotency records every few minutes, batch after batch until none is left (each
 * statement bounded, so the table is never held long); a failure is logged and counted, and the
 * next run retries.
 */
function purgeExpiredIdempotencyRecords(
  records: IdempotencyRecords,
  { logger, metrics }: { logger: Logger; metrics: Metrics },
): () => void {
  const batch = 1000;
  let stopped = false;
  const purge = async () => {
    while (!stopped && (await records.purgeExpired(batch)) === batch);
  };
  const timer = setInterval(() => {
    purge().catch((err: unknown) => {
      metrics.errorsTotal.inc({ type: 'idempotency_purge' });
      logger.warn('purging expired idempotency records failed', { error: (err as Error).message });
    });
  }, IDEMPOTENCY_PURGE_INTERVAL_MS);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
