import { tokensAt, type BucketState, type TokenBucketRule } from '../limits/index.js';

/**
 * Pings a connection may send: a token bucket of `burst` pings refilled at `ratePerSecond`. Protocol
 * ping control frames and application `ping` messages draw from the same bucket; each is answered,
 * so a client that pings faster makes the server write for it without bound.
 *
 * @example
 * const budget = new PingBudget({ ratePerSecond: 2, burst: 20 });
 * if (!budget.take()) conn.close(1008, 'too many pings');
 */
export class PingBudget {
  readonly #rule: TokenBucketRule;
  readonly #now: () => number;
  readonly #bucket: BucketState;

  constructor({ now = Date.now, ...rule }: TokenBucketRule & { now?: () => number }) {
    this.#rule = rule;
    this.#now = now;
    this.#bucket = { tokens: rule.burst, updatedAt: now() };
  }

  /** Spends one ping; false once the bucket is empty. */
  take(): boolean {
    const now = this.#now();
    this.#bucket.tokens = tokensAt(this.#bucket, this.#rule, now);
    this.#bucket.updatedAt = now;
    if (this.#bucket.tokens < 1) return false;
    this.#bucket.tokens -= 1;
    return true;
  }
}
