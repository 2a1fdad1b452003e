import type { Redis } from 'ioredis';
import type { CounterStore } from './counter-store.js';

/** INCRBY and set the expiry only when the key has none yet (fixed window), in one atomic step. */
const INCREMENT_SCRIPT = `
local value = redis.call('INCRBY', KEYS[1], ARGV[1])
if redis.call('PTTL', KEYS[1]) < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return value
`;

/**
 * Counters in Redis, shared by every instance (N instances do not allow N×).
 * Keys are `<prefix>counter:<key>` (`config.redisPrefix`). The client is built and closed by the caller.
 */
export function createRedisCounterStore({ client, prefix }: { client: Redis; prefix: string }): CounterStore {
  const full = (key: string) => `${prefix}counter:${key}`;
  return {
    kind: 'redis',
    async increment(key, by, ttlMs) {
      const value = await client.eval(INCREMENT_SCRIPT, 1, full(key), Math.trunc(by), Math.max(1, Math.ceil(ttlMs)));
      return Number(value);
    },
    async get(key) {
      const value = await client.get(full(key));
      return value === null ? 0 : Number(value);
    },
    async delete(key) {
      await client.del(full(key));
    },
    async close() {},
  };
}
