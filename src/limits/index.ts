export type { CounterStore } from './counter-store.js';
export { withLocalFallback } from './fallback.js';
export { createMemoryCounterStore, type MemoryCounterStoreOptions } from './memory.js';
export { createRedisCounterStore } from './redis.js';
