import type { CounterStore } from './counter-store.js';
import { createMemoryCounterStore } from './memory.js';

/**
 * Fails open: uses `primary` (Redis) and, when a call to it fails, answers from a local
 * in-process store instead of failing the request. `onFallback` is called for each such answer
 * (count it in `rate_limit_fallback_total`). Use it for per-minute rate limits only; quotas
 * must fail closed and use the primary store directly.
 */
export function withLocalFallback(
  primary: CounterStore,
  {
    fallback = createMemoryCounterStore(),
    onFallback,
  }: { fallback?: CounterStore; onFallback?: (error: unknown) => void } = {},
): CounterStore {
  const attempt = async <T>(run: (store: CounterStore) => Promise<T>): Promise<T> => {
    try {
      return await run(primary);
    } catch (err) {
      onFallback?.(err);
      return run(fallback);
    }
  };
  return {
    kind: primary.kind,
    increment: (key, by, ttlMs) => attempt((store) => store.increment(key, by, ttlMs)),
    get: (key) => attempt((store) => store.get(key)),
    read: (key) => attempt((store) => store.read(key)),
    async delete(key) {
      await Promise.allSettled([primary.delete(key), fallback.delete(key)]);
    },
    async close() {
      await Promise.all([primary.close(), fallback.close()]);
    },
  };
}
