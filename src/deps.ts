import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'winston';
import type { Bus } from './bus/bus.js';
import { createMemoryBus } from './bus/memory.js';
import { createRedisBus } from './bus/redis.js';
import type { Config } from './config/types.js';
import { createGatewayFleet, type GatewayFleet } from './gateways/index.js';
import type { CounterStore } from './limits/counter-store.js';
import { createMemoryCounterStore } from './limits/memory.js';
import { createRateLimits, type RateLimits } from './limits/rate-limits.js';
import { createRedisCounterStore } from './limits/redis.js';
import { createRedisTokenBuckets } from './limits/redis-token-buckets.js';
import { closeLogger, createLogger } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { instrumentRedis } from './observability/redis-metrics.js';
import { createDatabase } from './store/create-database.js';
import type { Database } from './store/database.js';
import { migrate } from './store/migrate.js';
import { createServices, type Services } from './tenancy/index.js';

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
  /** Handshake buckets and authentication failure counts: through Redis when configured, failing open. */
  rateLimits: RateLimits;
  /** Present when REDIS_URL is configured; the readiness check pings it. */
  redis?: { ping(): Promise<void> };
  /** Organizations and their API keys. */
  services: Services;
  /** Gateways, APIs, deployments and event delivery: the REST handlers and the event channel share it. */
  fleet: GatewayFleet;
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
}

/** Reconnect with a growing delay (capped at 5 s), and fail a command quickly while disconnected. */
const REDIS_OPTIONS: RedisOptions = {
  lazyConnect: true,
  connectTimeout: 5_000,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  disableClientInfo: true,
};

/**
 * The composition root's builder: from the configuration, PostgreSQL (`pg`) or embedded PGlite,
 * Redis (`ioredis`, two connections: commands and pub/sub) or in-process bus and counters, the
 * logger and the metrics registry; applies pending migrations; then the tenancy services and the
 * gateway fleet on top. `close()` closes them in reverse order. On any failure, what was already
 * built is closed before the error is rethrown.
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
    let redis: { publisher: Redis; subscriber: Redis } | undefined;
    if (config.redisUrl !== undefined && (overrides.bus === undefined || overrides.counters === undefined)) {
      redis = {
        publisher: connectRedis(config.redisUrl, 'commands', logger, metrics),
        subscriber: connectRedis(config.redisUrl, 'pubsub', logger, metrics, { maxRetriesPerRequest: null }),
      };
      for (const client of [redis.publisher, redis.subscriber]) {
        closers.push({
          name: 'redis',
          close: () => (client.status === 'ready' ? client.quit() : Promise.resolve(client.disconnect())),
        });
      }
      await Promise.all([redis.publisher.connect(), redis.subscriber.connect()]).catch((err: unknown) => {
        throw new Error(`cannot connect to Redis (REDIS_URL): ${(err as Error).message}`, { cause: err });
      });
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

    const services = createServices({ db });
    const fleet = createGatewayFleet({
      deps: { db, bus, logger, metrics },
      ...(overrides.eventRetention === undefined ? {} : { retention: overrides.eventRetention }),
    });
    closers.push({ name: 'gateway fleet', close: () => fleet.close() });

    logger.info('dependencies ready', {
      database: db.kind,
      bus: bus.kind,
      counters: counters.kind,
      rateLimits: rateLimits.kind,
    });
    const deps: AppDeps = { config, logger, metrics, db, bus, counters, rateLimits, services, fleet, close: closeAll };
    const publisher = redis?.publisher;
    if (publisher !== undefined) {
      deps.redis = {
        async ping() {
          await publisher.ping();
        },
      };
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

function connectRedis(url: string, role: string, logger: Logger, metrics: Metrics, options: RedisOptions = {}): Redis {
  const client = new Redis(url, { ...REDIS_OPTIONS, ...options, connectionName: `clawgate-${role}` });
  let lastError = '';
  client.on('error', (err: Error) => {
    // ioredis retries on its own; log each distinct failure once rather than every retry.
    if (err.message === lastError) return;
    lastError = err.message;
    metrics.errorsTotal.inc({ type: 'redis_connection' });
    logger.warn('redis connection error', { role, error: err.message });
  });
  client.on('ready', () => {
    if (lastError !== '') logger.info('redis reconnected', { role });
    lastError = '';
  });
  return instrumentRedis(client, metrics);
}
