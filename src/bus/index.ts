export type { Bus } from './bus.js';
export { createMemoryBus, MemoryBus, type MemoryBusOptions } from './memory.js';
export { createRedisBus, RedisBus, type RedisBusOptions } from './redis.js';
export { createRedisLink, RedisLink, type RedisLinkState } from './redis-link.js';
export { AfterCommitPublisher, type AfterCommitPublisherOptions } from './after-commit.js';
