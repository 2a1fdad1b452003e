import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import type { CounterStore } from '../../src/limits/counter-store.js';
import { withLocalFallback } from '../../src/limits/fallback.js';
import { createMemoryCounterStore } from '../../src/limits/memory.js';
import { CounterRateLimitStore } from '../../src/limits/rate-limit-store.js';

describe('CounterRateLimitStore', () => {
  it('counts per client in clock-aligned windows and reports when the window resets', async () => {
    let now = 120_000 + 5_000;
    const counters = createMemoryCounterStore({ now: () => now });
    const store = new CounterRateLimitStore({ counters, windowMs: 60_000, now: () => now });
    expect(await store.increment('1.2.3.4')).to.deep.equal({ totalHits: 1, resetTime: new Date(180_000) });
    expect((await store.increment('1.2.3.4')).totalHits).to.equal(2);
    expect((await store.increment('5.6.7.8')).totalHits).to.equal(1);
    await store.decrement('1.2.3.4');
    expect(await store.get('1.2.3.4')).to.deep.equal({ totalHits: 1, resetTime: new Date(180_000) });
    now = 180_000;
    expect(await store.get('1.2.3.4')).to.equal(undefined);
    expect(await store.increment('1.2.3.4')).to.deep.equal({ totalHits: 1, resetTime: new Date(240_000) });
    await store.resetKey('1.2.3.4');
    expect(await store.get('1.2.3.4')).to.equal(undefined);
    await counters.close();
  });

  it('makes express-rate-limit refuse the request past the limit with 429 and RateLimit headers', async () => {
    const counters = createMemoryCounterStore();
    const app = express();
    app.use(rateLimit({ windowMs: 60_000, limit: 2, standardHeaders: 'draft-7', legacyHeaders: false, store: new CounterRateLimitStore({ counters }) }));
    app.get('/', (_req, res) => {
      res.send('ok');
    });
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const statuses: number[] = [];
      let last: Response | undefined;
      for (let i = 0; i < 3; i++) {
        last = await fetch(url);
        statuses.push(last.status);
      }
      expect(statuses).to.deep.equal([200, 200, 429]);
      expect(last?.headers.get('ratelimit')).to.match(/limit=2, remaining=0, reset=\d+/);
    } finally {
      server.close();
      await counters.close();
    }
  });
});

describe('withLocalFallback', () => {
  const broken: CounterStore = {
    kind: 'redis',
    increment: () => Promise.reject(new Error('redis down')),
    get: () => Promise.reject(new Error('redis down')),
    delete: () => Promise.reject(new Error('redis down')),
    close: () => Promise.resolve(),
  };

  it('answers from the local store when the shared one fails, and reports each fallback', async () => {
    const failures: unknown[] = [];
    const store = withLocalFallback(broken, { onFallback: (err) => failures.push(err) });
    expect(await store.increment('k', 1, 60_000)).to.equal(1);
    expect(await store.increment('k', 1, 60_000)).to.equal(2);
    expect(await store.get('k')).to.equal(2);
    expect(failures).to.have.length(3);
    await store.close();
  });

  it('uses the shared store while it works', async () => {
    const primary = createMemoryCounterStore();
    const failures: unknown[] = [];
    const store = withLocalFallback(primary, { onFallback: (err) => failures.push(err) });
    await store.increment('k', 4, 60_000);
    expect(await primary.get('k')).to.equal(4);
    expect(failures).to.deep.equal([]);
    await store.close();
  });
});
