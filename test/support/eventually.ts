import { setTimeout as delay } from 'node:timers/promises';

export interface EventuallyOptions {
  /** Named in the timeout error: "timed out after 10000 ms waiting for 60 events". */
  what?: string;
  /** Give up after this long; default 10 s, well inside mocha's 20 s test timeout. */
  timeoutMs?: number;
  /** Pause between checks; default 5 ms. */
  intervalMs?: number;
}

/**
 * Resolves with the first truthy result of `check` (a boolean, or a value: the row, the frame);
 * checks again every `intervalMs` until `timeoutMs` has passed, then rejects naming `what` and
 * the last error `check` threw. The one way a test waits for something it cannot be told about.
 *
 * @example
 * await eventually(() => received.length === 10, { what: '10 events' });
 * const row = await eventually(async () => (await db.query(sql)).rows[0], { what: 'the stored ack' });
 */
export async function eventually<T>(
  check: () => T | Promise<T>,
  options: EventuallyOptions = {},
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const { what = 'a condition', timeoutMs = 10_000, intervalMs = 5 } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const result = await check();
      if (result) return result as Exclude<T, false | null | undefined | 0 | ''>;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`, { cause: lastError });
    }
    await delay(intervalMs);
  }
}
