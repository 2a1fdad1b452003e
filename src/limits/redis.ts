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

/** The same increment, answering the value and the ms left in the window (PTTL) too. */
const HIT_SCRIPT = `
local value = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  ttl = tonumber(ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ttl)
end
return { value, ttl }
`;

const HIT_COMMAND = 'clawgateCounterHit';

type ScriptedRedis = Redis & { [HIT_COMMAND](key: string, ttlMs: number): Promise<[number, number]> };

/**
 * Counters in Redis, shared by every instance (N instances do not allow N×).
 * Keys are `<prefix>counter:<key>` (`config.redisPrefix`). The client is built and closed by the caller.
 */
export function createRedisCounterStore({ client, prefix }: { client: Redis; prefix: string }): CounterStore {
  const full = (key: string) => `${prefix}counter:${key}`;
  // EVALSHA of a registered script: a rate-limit decision per request sends the hash, not the script.
  if (!(HIT_COMMAND in client)) client.defineCommand(HIT_COMMAND, { numberOfKeys: 1, lua: HIT_SCRIPT });
  const scripted = client as ScriptedRedis;
  // Rejects at once while disconnected instead of queueing in ioredis: the caller falls back locally.
  const connected = () => {
    if (client.status !== 'ready') throw new Error(`redis is not connected (${client.status})`);
  };
  return {
    kind: 'redis',
    async increment(key, by, ttlMs) {
      connected();
      const value = await client.eval(INCREMENT_SCRIPT, 1, full(key), Math.trunc(by), Math.max(1, Math.ceil(ttlMs)));
      return Number(value);
    },
    async hit(key, ttlMs) {
      connected();
      const [value, expiresInMs] = await scripted[HIT_COMMAND](full(key), Math.max(1, Math.ceil(ttlMs)));
      return { value, expiresInMs };
    },
    async get(key) {
      connected();
      const value = await client.get(full(key));
      return value === null ? 0 : Number(value);
    },
    async read(key) {
      connected();
      // MULTI: the value and its expiry from the same moment, in one round trip.
      const replies = (await client.multi().get(full(key)).pttl(full(key)).exec()) ?? [];
      const failed = replies.find(([error]) => error !== null);
      if (failed !== undefined || replies.length !== 2) throw failed?.[0] ?? new Error('redis transaction aborted');
      const value = replies[0]?.[1];
      const ttl = replies[1]?.[1];
      if (typeof value !== 'string' || typeof ttl !== 'number' || ttl < 0) return { value: 0, expiresInMs: 0 };
      return { value: Number(value), expiresInMs: ttl };
    },
    async delete(key) {
      await client.del(full(key));
    },
    async close() {},
  };
}
