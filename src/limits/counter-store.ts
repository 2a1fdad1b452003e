/**
 * Expiring integer counters shared by rate limiters and quotas: in-process by default, Redis when
 * configured (then the counts hold across instances).
 */
export interface CounterStore {
  readonly kind: 'memory' | 'redis';
  /**
   * Adds `by` (may be negative) to `key` and returns the new value. A key that does not exist
   * starts at 0 and expires `ttlMs` after this call; later increments do not extend it
   * (fixed windows). Atomic across instances in the Redis backend.
   */
  increment(key: string, by: number, ttlMs: number): Promise<number>;
  /**
   * Adds one to `key` as `increment` does and returns the new value with the ms left in its
   * window, in one round trip (a fixed-window rate limit's whole decision).
   */
  hit(key: string, ttlMs: number): Promise<{ value: number; expiresInMs: number }>;
  /** The current value, or 0 when the key is absent or expired. */
  get(key: string): Promise<number>;
  /** The current value and the ms until the key expires (both 0 when absent); one round trip. */
  read(key: string): Promise<{ value: number; expiresInMs: number }>;
  delete(key: string): Promise<void>;
  /** Stops background work (the memory backend's sweeper). Does not close shared clients. */
  close(): Promise<void>;
}
