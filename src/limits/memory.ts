import type { CounterStore } from './counter-store.js';

export interface MemoryCounterStoreOptions {
  /** How often expired keys are swept, default 10 s. */
  sweepIntervalMs?: number;
  /** Hard cap on live keys; past it the oldest keys are dropped first. Default 100 000. */
  maxKeys?: number;
  /** Clock, for tests. */
  now?: () => number;
}

interface Entry {
  value: number;
  expiresAt: number;
}

/**
 * In-process counters: the default with no Redis. Memory stays bounded: expired keys are
 * removed on access and by a periodic sweep (the timer does not keep the process alive), and
 * past `maxKeys` the oldest keys are evicted.
 */
export function createMemoryCounterStore(
  options: MemoryCounterStoreOptions = {},
): CounterStore & { readonly size: number } {
  const { sweepIntervalMs = 10_000, maxKeys = 100_000, now = Date.now } = options;
  const entries = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };

  const sweep = () => {
    const time = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= time) entries.delete(key);
  };
  const add = (key: string, by: number, ttlMs: number): Entry => {
    const entry = live(key);
    if (entry !== undefined) {
      entry.value += by;
      return entry;
    }
    if (entries.size >= maxKeys) {
      sweep();
      // Map iteration is insertion order: the first keys are the oldest.
      for (const oldest of entries.keys()) {
        if (entries.size < maxKeys) break;
        entries.delete(oldest);
      }
    }
    const created = { value: by, expiresAt: now() + ttlMs };
    entries.set(key, created);
    return created;
  };
  const timer = setInterval(sweep, sweepIntervalMs);
  timer.unref();

  return {
    kind: 'memory',
    get size() {
      sweep();
      return entries.size;
    },
    increment(key, by, ttlMs) {
      return Promise.resolve(add(key, by, ttlMs).value);
    },
    hit(key, ttlMs) {
      const { value, expiresAt } = add(key, 1, ttlMs);
      return Promise.resolve({ value, expiresInMs: expiresAt - now() });
    },
    get(key) {
      return Promise.resolve(live(key)?.value ?? 0);
    },
    read(key) {
      const entry = live(key);
      if (entry === undefined) return Promise.resolve({ value: 0, expiresInMs: 0 });
      return Promise.resolve({ value: entry.value, expiresInMs: entry.expiresAt - now() });
    },
    delete(key) {
      entries.delete(key);
      return Promise.resolve();
    },
    close() {
      clearInterval(timer);
      entries.clear();
      return Promise.resolve();
    },
  };
}
