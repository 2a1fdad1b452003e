import type { ClientRateLimitInfo, IncrementResponse, Options, Store } from 'express-rate-limit';
import type { CounterStore } from './counter-store.js';

/**
 * An express-rate-limit `Store` on a `CounterStore`: fixed windows aligned to the clock, one
 * counter per client and window (`<prefix><key>:<window>`), so every instance sharing the
 * counters (Redis) agrees on both the count and the reset time.
 *
 * @example
 * rateLimit({ windowMs: 60_000, limit: 100, store: new CounterRateLimitStore({ counters, prefix: 'org:' }) })
 */
export class CounterRateLimitStore implements Store {
  readonly prefix: string;
  readonly localKeys: boolean;
  private windowMs: number;
  private readonly counters: CounterStore;
  private readonly now: () => number;

  constructor(options: { counters: CounterStore; prefix?: string; windowMs?: number; now?: () => number }) {
    this.counters = options.counters;
    this.prefix = `rl:${options.prefix ?? ''}`;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
    this.localKeys = options.counters.kind === 'memory';
  }

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const window = this.currentWindow();
    const totalHits = await this.counters.get(this.keyFor(key, window));
    return totalHits > 0 ? { totalHits, resetTime: this.resetTime(window) } : undefined;
  }

  async increment(key: string): Promise<IncrementResponse> {
    const window = this.currentWindow();
    const totalHits = await this.counters.increment(this.keyFor(key, window), 1, this.ttl(window));
    return { totalHits, resetTime: this.resetTime(window) };
  }

  async decrement(key: string): Promise<void> {
    const window = this.currentWindow();
    await this.counters.increment(this.keyFor(key, window), -1, this.ttl(window));
  }

  async resetKey(key: string): Promise<void> {
    await this.counters.delete(this.keyFor(key, this.currentWindow()));
  }

  private currentWindow(): number {
    return Math.floor(this.now() / this.windowMs);
  }

  private keyFor(key: string, window: number): string {
    return `${this.prefix}${key}:${window}`;
  }

  private resetTime(window: number): Date {
    return new Date((window + 1) * this.windowMs);
  }

  /** Lives until its window ends (plus a second for clock skew between instances). */
  private ttl(window: number): number {
    return (window + 1) * this.windowMs - this.now() + 1000;
  }
}
