import { expect } from 'chai';
import { Redis } from 'ioredis';
import type { CounterStore } from '../../src/limits/counter-store.js';
import { createMemoryCounterStore } from '../../src/limits/memory.js';
import { createRedisCounterStore } from '../../src/limits/redis.js';
import { eventually } from '../support/eventually.js';
import { requireRedis, uniqueName } from '../support/services.js';

const BACKENDS: Array<{
  name: string;
  create(ctx: Mocha.Context): Promise<{ store: CounterStore; other: CounterStore; close(): Promise<void> }>;
}> = [
  {
    name: 'memory',
    create() {
      const store = createMemoryCounterStore();
      return Promise.resolve({ store, other: store, close: () => store.close() });
    },
  },
  {
    name: 'redis',
    async create(ctx) {
      const url = requireRedis(ctx);
      const prefix = uniqueName('test:counters:') + ':';
      const clients = [new Redis(url), new Redis(url)] as const;
      // hit() refuses rather than queues while a client is still connecting.
      await Promise.all(clients.map((client) => client.ping()));
      return {
        store: createRedisCounterStore({ client: clients[0], prefix }),
        other: createRedisCounterStore({ client: clients[1], prefix }),
        async close() {
          const keys = await clients[0].keys(`${prefix}*`);
          if (keys.length > 0) await clients[0].del(...keys);
          await Promise.all(clients.map((client) => client.quit()));
        },
      };
    },
  },
];

for (const backend of BACKENDS) {
  describe(`CounterStore (${backend.name})`, () => {
    let stores: Awaited<ReturnType<(typeof BACKENDS)[number]['create']>>;
    beforeEach(async function () {
      stores = await backend.create(this);
    });
    afterEach(async () => stores?.close());

    it('increments from zero, by any amount, and reads the value back', async () => {
      expect(await stores.store.get('k')).to.equal(0);
      expect(await stores.store.increment('k', 1, 60_000)).to.equal(1);
      expect(await stores.store.increment('k', 5, 60_000)).to.equal(6);
      expect(await stores.store.increment('k', -2, 60_000)).to.equal(4);
      expect(await stores.store.get('k')).to.equal(4);
    });

    it('hit adds one and answers the window left, which later hits do not extend', async () => {
      const first = await stores.store.hit('window', 60_000);
      expect(first.value).to.equal(1);
      expect(first.expiresInMs).to.be.within(1, 60_000);
      await Promise.all(
        Array.from({ length: 9 }, (_, i) => (i % 2 ? stores.store : stores.other).hit('window', 60_000)),
      );
      const last = await stores.other.hit('window', 120_000);
      expect(last.value).to.equal(11);
      expect(last.expiresInMs).to.be.within(1, first.expiresInMs);
      expect(await stores.store.read('window')).to.include({ value: 11 });
    });

    it('is shared by every handle on the same backend and counts concurrent increments exactly', async () => {
      await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 ? stores.store : stores.other).increment('shared', 1, 60_000)),
      );
      expect(await stores.other.get('shared')).to.equal(50);
    });

    it('forgets a key after its ttl', async () => {
      await stores.store.increment('short', 1, 100);
      await eventually(async () => (await stores.store.get('short')) === 0, {
        what: 'the key to expire',
        intervalMs: 20,
      });
      expect(await stores.store.increment('short', 1, 100)).to.equal(1);
    });

    it('does not extend the ttl on later increments (fixed windows)', async () => {
      await stores.store.increment('window', 1, 200);
      // Incrementing faster than the ttl would keep a sliding key alive forever; a fixed window resets.
      await eventually(async () => (await stores.store.increment('window', 1, 200)) === 1, {
        what: 'the window to reset',
        intervalMs: 20,
      });
    });

    it('deletes a key', async () => {
      await stores.store.increment('gone', 3, 60_000);
      await stores.store.delete('gone');
      expect(await stores.store.get('gone')).to.equal(0);
    });
  });
}

describe('createMemoryCounterStore memory bounds', () => {
  it('drops expired keys without them being read again', async () => {
    let now = 0;
    const store = createMemoryCounterStore({ now: () => now });
    for (let i = 0; i < 1000; i++) await store.increment(`ip-${i}`, 1, 1000);
    expect(store.size).to.equal(1000);
    now = 1001;
    expect(store.size).to.equal(0);
    await store.close();
  });

  it('evicts the oldest keys past maxKeys', async () => {
    const store = createMemoryCounterStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) await store.increment(key, 1, 60_000);
    expect(store.size).to.equal(3);
    expect(await store.get('a')).to.equal(0);
    expect(await store.get('d')).to.equal(1);
    await store.close();
  });
});
