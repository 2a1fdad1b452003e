import { expect } from 'chai';
import { Redis } from 'ioredis';
import winston from 'winston';
import { createRateLimits, type RateLimits } from '../../src/limits/rate-limits.js';
import { createRedisCounterStore } from '../../src/limits/redis.js';
import { createRedisTokenBuckets } from '../../src/limits/redis-token-buckets.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { eventually } from '../support/eventually.js';
import { captureLogger, type LogLine } from '../support/log-lines.js';
import { metricValue } from '../support/realtime.js';
import { closedPort, requireRedis, uniqueName } from '../support/services.js';

const messagesOf = (lines: LogLine[], pattern: RegExp) => lines.filter((line) => pattern.test(String(line.message)));

const GATEWAY_RULE = { ratePerSecond: 10 / 60, burst: 10 };

/** Rate limits through Redis on `client`, with the given logger and metrics. */
function sharedLimits(client: Redis, prefix: string, logger: winston.Logger, metrics: Metrics, retryIntervalMs = 0) {
  return createRateLimits({
    shared: {
      buckets: createRedisTokenBuckets({ client, prefix }),
      counters: createRedisCounterStore({ client, prefix }),
    },
    logger,
    metrics,
    retryIntervalMs,
  });
}

describe('rate limits through Redis', () => {
  let url: string;
  let prefix: string;
  const clients: Redis[] = [];
  const limits: RateLimits[] = [];
  const silent = winston.createLogger({ silent: true });
  before(function () {
    url = requireRedis(this);
  });
  beforeEach(() => {
    prefix = `${uniqueName('test:limits:')}:`;
  });
  afterEach(async () => {
    for (const store of limits.splice(0)) await store.close();
    const [first] = clients;
    if (first?.status === 'ready') {
      const keys = await first.keys(`${prefix}*`);
      if (keys.length > 0) await first.del(...keys);
    }
    for (const client of clients.splice(0)) client.disconnect();
  });
  async function connected(): Promise<Redis> {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    clients.push(client);
    await client.connect();
    return client;
  }
  function track(store: RateLimits): RateLimits {
    limits.push(store);
    return store;
  }

  it('shares one bucket between instances: exactly the burst of 45 handshakes is allowed', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const instances = [
      track(sharedLimits(await connected(), prefix, silent, metrics)),
      track(sharedLimits(await connected(), prefix, silent, metrics)),
      track(sharedLimits(await connected(), prefix, silent, metrics)),
    ];
    const now = Date.now();
    const decisions = await Promise.all(
      Array.from({ length: 45 }, (_, i) =>
        (instances[i % 3] as RateLimits).take('gateway_handshake', '203.0.113.7', GATEWAY_RULE, now),
      ),
    );
    expect(decisions.filter((d) => d.allowed)).to.have.length(10);
    // 10 per minute: the next token is 6 s away.
    expect(decisions.find((d) => !d.allowed)).to.deep.equal({ allowed: false, retryAfterSeconds: 6 });
    expect(await metricValue(metrics, 'rate_limit_fallback_total', { limiter: 'gateway_handshake' })).to.equal(0);
  });

  it('refills with time and keeps other addresses apart', async () => {
    const store = track(sharedLimits(await connected(), prefix, silent, createMetrics({ defaultMetrics: false })));
    const rule = { ratePerSecond: 5, burst: 2 };
    const t0 = 1_000_000;
    expect((await store.take('ws', 'a', rule, t0)).allowed).to.equal(true);
    expect((await store.take('ws', 'a', rule, t0)).allowed).to.equal(true);
    expect(await store.take('ws', 'a', rule, t0)).to.deep.equal({ allowed: false, retryAfterSeconds: 1 });
    expect((await store.take('ws', 'b', rule, t0)).allowed, 'another address').to.equal(true);
    expect((await store.take('ws', 'a', rule, t0 + 200)).allowed, 'one token after 200 ms').to.equal(true);
    expect((await store.take('ws', 'a', rule, t0 + 200)).allowed).to.equal(false);
  });

  it('lets an idle bucket expire once it would be full again', async () => {
    const client = await connected();
    const store = track(sharedLimits(client, prefix, silent, createMetrics({ defaultMetrics: false })));
    await store.take('ws_handshake', '198.51.100.1', { ratePerSecond: 5, burst: 10 });
    const [key] = await client.keys(`${prefix}bucket:*198.51.100.1`);
    expect(key, 'the bucket key').to.be.a('string');
    const ttl = await client.pttl(key as string);
    // An empty bucket fills in burst / rate = 2 s: it may go then, a missing bucket being a full one.
    expect(ttl).to.be.greaterThan(0).and.at.most(2000);
  });

  it('counts fixed windows and reports the time left in them', async () => {
    const store = track(sharedLimits(await connected(), prefix, silent, createMetrics({ defaultMetrics: false })));
    expect(await store.read('auth_failures', 'source:a')).to.deep.equal({ value: 0, expiresInMs: 0 });
    expect((await store.hit('auth_failures', 'source:a', 60_000)).value).to.equal(1);
    expect((await store.hit('auth_failures', 'source:a', 60_000)).value).to.equal(2);
    const read = await store.read('auth_failures', 'source:a');
    expect(read.value).to.equal(2);
    expect(read.expiresInMs).to.be.greaterThan(0).and.at.most(60_000);
  });

  it('fails open while Redis is unreachable: local decisions, counted, one warning per outage', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const logs = captureLogger();
    const unreachable = new Redis(`redis://127.0.0.1:${await closedPort()}`, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    unreachable.on('error', () => {}); // connection refused, as intended
    clients.push(unreachable);
    const store = track(sharedLimits(unreachable, prefix, logs.logger, metrics));
    const rule = { ratePerSecond: 1, burst: 3 };
    const decisions = [];
    for (let i = 0; i < 5; i += 1) decisions.push(await store.take('gateway_handshake', '203.0.113.9', rule));
    // The local limiter still limits: the burst, then refusals.
    expect(decisions.map((d) => d.allowed)).to.deep.equal([true, true, true, false, false]);
    expect((await store.hit('auth_failures', 'source:x', 60_000)).value).to.equal(1);
    expect(await metricValue(metrics, 'rate_limit_fallback_total', { limiter: 'gateway_handshake' })).to.equal(5);
    expect(await metricValue(metrics, 'rate_limit_fallback_total', { limiter: 'auth_failures' })).to.equal(1);
    await eventually(() => messagesOf(logs.lines, /Rate limits fall back/).length > 0, { what: 'the warning' });
    expect(messagesOf(logs.lines, /Rate limits fall back/)).to.have.length(1);
    expect(messagesOf(logs.lines, /Rate limits fall back/)[0]?.level).to.equal('warn');
  });

  it('returns to Redis when it answers again, saying so once', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const logs = captureLogger();
    const client = await connected();
    const store = track(sharedLimits(client, prefix, logs.logger, metrics));
    const rule = { ratePerSecond: 1, burst: 100 };
    expect((await store.take('ws_handshake', 'a', rule)).allowed).to.equal(true);
    client.disconnect(); // a killed connection: no reconnect until asked
    expect((await store.take('ws_handshake', 'a', rule)).allowed).to.equal(true);
    expect((await store.take('ws_handshake', 'a', rule)).allowed).to.equal(true);
    expect(await metricValue(metrics, 'rate_limit_fallback_total', { limiter: 'ws_handshake' })).to.equal(2);
    await client.connect();
    expect((await store.take('ws_handshake', 'a', rule)).allowed).to.equal(true);
    expect((await store.take('ws_handshake', 'a', rule)).allowed).to.equal(true);
    expect(await metricValue(metrics, 'rate_limit_fallback_total', { limiter: 'ws_handshake' })).to.equal(2);
    await eventually(() => messagesOf(logs.lines, /Rate limits are shared across instances again/).length > 0, {
      what: 'the info line',
    });
    expect(messagesOf(logs.lines, /Rate limits fall back/)).to.have.length(1);
    expect(messagesOf(logs.lines, /Rate limits are shared across instances again/)).to.have.length(1);
    expect(messagesOf(logs.lines, /Rate limits are shared across instances again/)[0]?.level).to.equal('info');
    // The shared bucket saw only the decisions Redis answered: 100 - 3.
    const [key] = await client.keys(`${prefix}bucket:*`);
    expect(Math.floor(Number(await client.hget(key as string, 'tokens')))).to.be.within(97, 98);
  });
});
