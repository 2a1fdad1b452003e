export {
  AUTH_FAILURES_LIMITER,
  authLockError,
  AuthFailureThrottle,
  credentialTarget,
  normalizeAddress,
  type AuthFailureThrottleOptions,
  type AuthLock,
  type CredentialKind,
} from './auth-failures.js';
export type { CounterStore } from './counter-store.js';
export { createMemoryCounterStore, type MemoryCounterStoreOptions } from './memory.js';
export { ORG_API_LIMITER, OrgRateLimiter, type OrgRateDecision, type OrgRateLimiterOptions } from './org-rate-limit.js';
export { MemoryTokenBuckets, type MemoryTokenBucketsOptions } from './memory-token-buckets.js';
export { createRateLimits, type RateLimits, type RateLimitsOptions } from './rate-limits.js';
export { createRedisCounterStore } from './redis.js';
export { createRedisTokenBuckets, type RedisTokenBuckets } from './redis-token-buckets.js';
export { tokensAt, type BucketState, type TokenBucketRule, type TokenDecision } from './token-bucket.js';
