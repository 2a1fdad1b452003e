import type { Redis } from 'ioredis';
import type { TokenBucketRule, TokenDecision } from './token-bucket.js';

/**
 * One token-bucket decision, atomically: refill by the time since the last one, take a token if
 * there is one, store the bucket and let it expire once it would be full again (a missing bucket
 * is a full one, so expiry changes no decision).
 *
 * KEYS[1] the bucket (a hash: tokens, ts). ARGV: tokens per ms, burst, the caller's clock in ms or
 * '' for Redis's own (TIME: one clock for every instance), the ms an empty bucket takes to fill.
 * Returns { 1, 0 } when allowed, else { 0, ms until the next token }.
 */
const TAKE_TOKEN_SCRIPT = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
if now == nil then
  local time = redis.call('TIME')
  now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then
  tokens = burst
  ts = now
end
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate)
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(math.max(now, ts)))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if allowed == 1 then
  return { 1, 0 }
end
return { 0, math.ceil((1 - tokens) / rate) }
`;

const COMMAND = 'clawgateTakeToken';

type ScriptedRedis = Redis & {
  [COMMAND](key: string, rate: number, burst: number, now: string, ttlMs: number): Promise<[number, number]>;
};

/** Token buckets shared by every instance through Redis (see `TokenBuckets`). */
export interface RedisTokenBuckets {
  /**
   * One decision in one round trip (EVALSHA of a Lua script). `now` is for tests; by default the
   * Redis server's clock is used, so instances with skewed clocks still share one bucket fairly.
   * Rejects at once when the client is not connected, rather than queueing the decision.
   */
  take(key: string, rule: TokenBucketRule, now?: number): Promise<TokenDecision>;
}

/**
 * Token buckets in Redis, keyed `<prefix>bucket:<key>`, each a small hash that expires when
 * idle. The client is built and closed by the caller; the script is registered on it once.
 *
 * @example
 * const buckets = createRedisTokenBuckets({ client, prefix: config.redisPrefix });
 * const decision = await buckets.take('ws_handshake:203.0.113.7', { ratePerSecond: 5, burst: 10 });
 */
export function createRedisTokenBuckets({ client, prefix }: { client: Redis; prefix: string }): RedisTokenBuckets {
  if (!(COMMAND in client)) client.defineCommand(COMMAND, { numberOfKeys: 1, lua: TAKE_TOKEN_SCRIPT });
  const scripted = client as ScriptedRedis;
  return {
    async take(key, { ratePerSecond, burst }, now) {
      if (client.status !== 'ready') throw new Error(`redis is not connected (${client.status})`);
      const fillMs = Math.ceil((burst / ratePerSecond) * 1000);
      const [allowed, waitMs] = await scripted[COMMAND](
        `${prefix}bucket:${key}`,
        ratePerSecond / 1000,
        burst,
        now === undefined ? '' : String(Math.trunc(now)),
        Math.max(1, fillMs),
      );
      if (allowed === 1) return { allowed: true };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    },
  };
}
