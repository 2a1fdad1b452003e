export type { CounterStore } from './counter-store.js';
export { withLocalFallback } from './fallback.js';
export { createMemoryCounterStore, type MemoryCounterStoreOptions } from './memory.js';
export { CounterRateLimitStore } from './rate-limit-store.js';
export { createRedisCounterStore } from './redis.js';
