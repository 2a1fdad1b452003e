import type { Logger } from 'winston';
import type { Metrics } from '../observability/metrics.js';
import type { CounterStore } from './counter-store.js';
import { createMemoryCounterStore } from './memory.js';
import { MemoryTokenBuckets } from './memory-token-buckets.js';
import type { RedisTokenBuckets } from './redis-token-buckets.js';
import type { TokenBucketRule, TokenDecision } from './token-bucket.js';

/**
 * The store behind every per-minute limiter (handshake token buckets, authentication failure
 * counts): shared by every instance through Redis when it is configured, in-process otherwise.
 * Each call names its `limiter` (the `limiter` label of the metrics) and a key within it.
 *
 * Fails open: while Redis does not answer, decisions are taken by local in-process limiters
 * (counted in `rate_limit_fallback_total{limiter}`), with one warning when the outage starts and
 * one info line when Redis answers again; from then on decisions are shared again.
 */
export interface RateLimits {
  readonly kind: 'memory' | 'redis';
  /** Takes a token from the bucket `key` of `limiter`. `now` (ms) is for tests. */
  take(limiter: string, key: string, rule: TokenBucketRule, now?: number): Promise<TokenDecision>;
  /**
   * Adds one to a fixed-window counter and returns its new value with the ms left in its window:
   * one round trip, the whole decision of a per-minute request limit.
   */
  hit(limiter: string, key: string, windowMs: number): Promise<{ value: number; expiresInMs: number }>;
  /** A counter's value and the ms left in its window (both 0 when absent). */
  read(limiter: string, key: string): Promise<{ value: number; expiresInMs: number }>;
  /** Stops the local stores' timers; the shared stores' clients belong to the caller. */
  close(): Promise<void>;
}

export interface RateLimitsOptions {
  /** Redis-backed stores; absent = in-process only (no REDIS_URL). */
  shared?: { buckets: RedisTokenBuckets; counters: CounterStore } | undefined;
  logger: Pick<Logger, 'warn' | 'info'>;
  metrics: Pick<Metrics, 'rateLimitFallbackTotal'>;
  /** A shared call slower than this is treated as failed (Redis hanging); default 500 ms. */
  timeoutMs?: number;
  /** During an outage, how often a decision tries Redis again; the others go local at once. Default 1 s. */
  retryIntervalMs?: number;
}

/**
 * Builds the rate-limit store; with `shared` it decides through Redis and falls back locally.
 *
 * @example
 * const limits = createRateLimits({ shared: { buckets, counters }, logger, metrics });
 * const decision = await limits.take('ws_handshake', address, { ratePerSecond: 5, burst: 10 });
 */
export function createRateLimits(options: RateLimitsOptions): RateLimits {
  const { shared, logger, metrics } = options;
  const timeoutMs = options.timeoutMs ?? 500;
  const retryIntervalMs = options.retryIntervalMs ?? 1000;
  const localCounters = createMemoryCounterStore();
  // One set of buckets per limiter and rule: channels (and tests) may use different rules.
  const localBuckets = new Map<string, MemoryTokenBuckets>();
  const bucketsFor = (limiter: string, rule: TokenBucketRule) => {
    const id = ruleKey(limiter, rule);
    let buckets = localBuckets.get(id);
    if (buckets === undefined) localBuckets.set(id, (buckets = new MemoryTokenBuckets(rule)));
    return buckets;
  };

  let outage = false;
  let lastTry = 0;
  async function decide<T>(limiter: string, viaShared: () => Promise<T>, locally: () => Promise<T> | T): Promise<T> {
    if (outage && Date.now() - lastTry < retryIntervalMs) {
      metrics.rateLimitFallbackTotal.inc({ limiter });
      return locally();
    }
    lastTry = Date.now();
    try {
      const result = await withTimeout(viaShared(), timeoutMs);
      if (outage) {
        outage = false;
        logger.info('Rate limits are shared across instances again: Redis answers', { limiter });
      }
      return result;
    } catch (err) {
      if (!outage) {
        outage = true;
        logger.warn('Rate limits fall back to per-instance limits (fail open): Redis does not answer', {
          limiter,
          error: err instanceof Error ? err.message : String(err),
        });
      }
      metrics.rateLimitFallbackTotal.inc({ limiter });
      return locally();
    }
  }

  return {
    kind: shared === undefined ? 'memory' : 'redis',
    take(limiter, key, rule, now) {
      const local = () => bucketsFor(limiter, rule).take(key, now);
      if (shared === undefined) return Promise.resolve(local());
      return decide(limiter, () => shared.buckets.take(`${ruleKey(limiter, rule)}:${key}`, rule, now), local);
    },
    hit(limiter, key, windowMs) {
      const counterKey = `${limiter}:${key}`;
      const local = () => localCounters.hit(counterKey, windowMs);
      if (shared === undefined) return local();
      return decide(limiter, () => shared.counters.hit(counterKey, windowMs), local);
    },
    read(limiter, key) {
      const counterKey = `${limiter}:${key}`;
      const local = () => localCounters.read(counterKey);
      if (shared === undefined) return local();
      return decide(limiter, () => shared.counters.read(counterKey), local);
    },
    async close() {
      localBuckets.clear();
      await localCounters.close();
    },
  };
}

/**
 * A bucket's key names its rule too: instances configured differently (a rolling config change)
 * keep separate buckets instead of clamping each other's.
 */
function ruleKey(limiter: string, { ratePerSecond, burst }: TokenBucketRule): string {
  return `${limiter}:${burst}@${ratePerSecond}`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
