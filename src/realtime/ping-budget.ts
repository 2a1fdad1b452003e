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
  readonly #ratePerSecond: number;
  readonly #burst: number;
  readonly #now: () => number;
  #tokens: number;
  #refilledAt: number;

  constructor({ ratePerSecond, burst, now = Date.now }: { ratePerSecond: number; burst: number; now?: () => number }) {
    this.#ratePerSecond = ratePerSecond;
    this.#burst = burst;
    this.#now = now;
    this.#tokens = burst;
    this.#refilledAt = now();
  }

  /** Spends one ping; false once the bucket is empty. */
  take(): boolean {
    const now = this.#now();
    this.#tokens = Math.min(this.#burst, this.#tokens + ((now - this.#refilledAt) / 1000) * this.#ratePerSecond);
    this.#refilledAt = now;
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }
}
