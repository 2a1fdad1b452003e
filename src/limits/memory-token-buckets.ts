import { tokensAt, type BucketState, type TokenBucketRule, type TokenDecision } from './token-bucket.js';

export interface MemoryTokenBucketsOptions extends TokenBucketRule {
  /**
   * A bucket untouched this long is dropped. Default (and minimum): the time an empty bucket
   * takes to fill up, so dropping it changes no decision — a new bucket starts full.
   */
  idleMs?: number;
  /** hard bound on the number of buckets; past it the least recently used are dropped. Default 100,000 */
  maxBuckets?: number;
  /** clock in ms; injected by tests */
  now?: () => number;
}

/**
 * In-process token buckets of one rule, one bucket per key (a source address), refilled lazily on
 * use: the local limiter when no Redis is configured, and the fallback while Redis is unreachable.
 *
 * Memory stays bounded under many source addresses: buckets live in a Map kept in
 * least-recently-used order (a touched bucket is moved to the end), so idle ones are at the front
 * and are evicted by a cheap sweep that stops at the first live bucket. The sweep runs from
 * `take()` at most once per idle period; `maxBuckets` caps the map even inside one period.
 *
 * @example
 * const limiter = new MemoryTokenBuckets({ ratePerSecond: 5, burst: 10 });
 * const decision = limiter.take(req.socket.remoteAddress ?? 'unknown');
 * if (!decision.allowed) refuse(429, { 'Retry-After': String(decision.retryAfterSeconds) });
 */
export class MemoryTokenBuckets {
  readonly #rate: number;
  readonly #burst: number;
  readonly #idleMs: number;
  readonly #maxBuckets: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, BucketState>();
  #lastSweep: number;

  constructor({ ratePerSecond, burst, idleMs, maxBuckets = 100_000, now = Date.now }: MemoryTokenBucketsOptions) {
    if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond))
      throw new RangeError(`ratePerSecond must be a positive number, got ${ratePerSecond}`);
    if (!(burst >= 1) || !Number.isFinite(burst)) throw new RangeError(`burst must be at least 1, got ${burst}`);
    if (!(maxBuckets >= 1)) throw new RangeError(`maxBuckets must be at least 1, got ${maxBuckets}`);
    this.#rate = ratePerSecond;
    this.#burst = burst;
    this.#idleMs = Math.max(idleMs ?? 0, Math.ceil((burst / ratePerSecond) * 1000));
    this.#maxBuckets = maxBuckets;
    this.#now = now;
    this.#lastSweep = now();
  }

  /** Number of buckets held (addresses seen within the idle period). */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * Takes one token for `key`; refused with the seconds until the next token when the bucket is
   * empty. `now` defaults to the clock given at construction.
   */
  take(key: string, now = this.#now()): TokenDecision {
    if (now - this.#lastSweep >= this.#idleMs) this.evictIdle(now);

    const bucket = this.#buckets.get(key);
    let tokens = this.#burst;
    if (bucket !== undefined) {
      tokens = tokensAt(bucket, { burst: this.#burst, ratePerSecond: this.#rate }, now);
      // Re-inserting moves the key to the end: the map stays in least-recently-used order.
      this.#buckets.delete(key);
    } else if (this.#buckets.size >= this.#maxBuckets) {
      const oldest = this.#buckets.keys().next();
      if (oldest.done !== true) this.#buckets.delete(oldest.value);
    }

    if (tokens >= 1) {
      this.#buckets.set(key, { tokens: tokens - 1, updatedAt: now });
      return { allowed: true };
    }
    this.#buckets.set(key, { tokens, updatedAt: now });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / this.#rate)) };
  }

  /** Drops every bucket untouched for the idle period; returns how many were dropped. */
  evictIdle(now = this.#now()): number {
    this.#lastSweep = now;
    let evicted = 0;
    for (const [key, bucket] of this.#buckets) {
      if (now - bucket.updatedAt < this.#idleMs) break;
      this.#buckets.delete(key);
      evicted += 1;
    }
    return evicted;
  }
}
