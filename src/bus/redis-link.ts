import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'winston';
import type { Metrics } from '../observability/metrics.js';
import { instrumentRedis } from '../observability/redis-metrics.js';

/** Reconnect with a growing delay (capped at 5 s), and fail a command quickly while disconnected. */
const REDIS_OPTIONS: RedisOptions = {
  lazyConnect: true,
  connectTimeout: 5_000,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
  disableClientInfo: true,
};

/** What `/health` shows about the link. */
export interface RedisLinkState {
  up: boolean;
  /** ioredis status of each connection: `ready`, `connecting`, `reconnecting` … */
  connections: { commands: string; pubsub: string };
  /** When the link went down (or the server started without it); absent while up. */
  downSince?: string;
  /** The last connection error, while down. */
  lastError?: string;
}

/**
 * The two Redis connections of an instance (commands, and pub/sub, which Redis allows nothing else
 * on) and whether they are up. Redis being unreachable is never fatal: ioredis reconnects with
 * backoff forever, `ping()` fails fast while either connection is down (readiness turns 503), and
 * the log gets one line when the link goes down (or the server starts without it) and one when it
 * is back — not one per retry.
 *
 * @example
 * const link = createRedisLink({ url: config.redisUrl, logger, metrics });
 * if (!(await link.connect())) … // started degraded: Redis is retried in the background
 */
export class RedisLink {
  readonly publisher: Redis;
  readonly subscriber: Redis;
  readonly #logger: Logger;
  #downSince: Date | undefined;
  #lastError = '';
  /** Set once both connections were ready: only a link that was up can be lost. */
  #wasUp = false;
  #closing = false;

  constructor({ url, logger, metrics }: { url: string; logger: Logger; metrics: Metrics }) {
    this.#logger = logger;
    const connect = (role: string, options: RedisOptions = {}): Redis => {
      const client = new Redis(url, { ...REDIS_OPTIONS, ...options, connectionName: `clawgate-${role}` });
      let lastClientError = '';
      client.on('error', (err: Error) => {
        this.#lastError = err.message;
        // ioredis retries on its own; count each distinct failure once rather than every retry.
        if (err.message === lastClientError) return;
        lastClientError = err.message;
        metrics.errorsTotal.inc({ type: 'redis_connection' });
        logger.debug('redis connection error', { role, error: err.message });
      });
      client.on('ready', () => {
        lastClientError = '';
        this.#onReady();
      });
      client.on('close', () => this.#onClose());
      return instrumentRedis(client, metrics);
    };
    this.publisher = connect('commands');
    // Subscriptions wait for the connection instead of failing: they are sent once Redis is back.
    this.subscriber = connect('pubsub', { maxRetriesPerRequest: null });
  }

  /** Both connections ready. */
  get up(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  /**
   * Connects both; resolves `true` when Redis answered, `false` when it did not: the server then
   * starts degraded, logs it once, and ioredis keeps retrying in the background.
   */
  async connect(): Promise<boolean> {
    try {
      await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
      return true;
    } catch (err) {
      this.#lastError = (err as Error).message;
      this.#downSince ??= new Date();
      this.#logger.warn(
        'Redis is unreachable (REDIS_URL): starting degraded, retrying in the background; ' +
          'readiness answers 503 and other instances are not reached until it is back',
        { error: this.#lastError },
      );
      return false;
    }
  }

  /** Resolves when Redis answers; rejects at once, naming the last error, while a connection is down. */
  async ping(): Promise<void> {
    if (!this.up) {
      throw new Error(`Redis is not connected${this.#lastError === '' ? '' : `: ${this.#lastError}`}`);
    }
    await this.publisher.ping();
  }

  state(): RedisLinkState {
    const state: RedisLinkState = {
      up: this.up,
      connections: { commands: this.publisher.status, pubsub: this.subscriber.status },
    };
    if (this.#downSince !== undefined) state.downSince = this.#downSince.toISOString();
    if (!state.up && this.#lastError !== '') state.lastError = this.#lastError;
    return state;
  }

  /** Quits what is connected, drops what is not (no reconnect after this). */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(
      [this.publisher, this.subscriber].map((client) =>
        client.status === 'ready' ? client.quit().then(() => undefined) : Promise.resolve(client.disconnect()),
      ),
    );
  }

  #onReady(): void {
    if (!this.up) return;
    this.#wasUp = true;
    if (this.#downSince === undefined) return;
    this.#logger.info('Redis is back: leaving degraded mode', {
      downForMs: Date.now() - this.#downSince.getTime(),
    });
    this.#downSince = undefined;
    this.#lastError = '';
  }

  #onClose(): void {
    // Only a link that was up goes down here; one that never came up was reported by connect().
    if (this.#closing || !this.#wasUp || this.#downSince !== undefined) return;
    this.#downSince = new Date();
    this.#logger.warn('Redis connection lost: degraded until it is back, retrying with backoff', {
      error: this.#lastError,
    });
  }
}

/** The commands and pub/sub connections to `url`, not yet connected (`connect()`). */
export function createRedisLink(options: { url: string; logger: Logger; metrics: Metrics }): RedisLink {
  return new RedisLink(options);
}
