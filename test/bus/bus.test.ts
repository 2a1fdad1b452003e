import { expect } from 'chai';
import { Redis } from 'ioredis';
import type { Bus } from '../../src/bus/bus.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { createRedisBus } from '../../src/bus/redis.js';
import { requireRedis, uniqueName } from '../support/services.js';

/** Resolves with the next `count` messages a handler receives. */
function collect(count: number): { handler: (message: string) => void; messages: Promise<string[]> } {
  const received: string[] = [];
  let done: (messages: string[]) => void = () => undefined;
  const messages = new Promise<string[]>((resolve) => (done = resolve));
  return {
    handler(message) {
      received.push(message);
      if (received.length === count) done(received);
    },
    messages,
  };
}

interface BusBackend {
  name: string;
  /** Two buses that should see each other's messages (two instances on Redis; one bus in memory). */
  create(ctx: Mocha.Context): Promise<{ a: Bus; b: Bus; close(): Promise<void> }>;
}

const BACKENDS: BusBackend[] = [
  {
    name: 'memory',
    create() {
      const bus = createMemoryBus();
      return Promise.resolve({ a: bus, b: bus, close: () => bus.close() });
    },
  },
  {
    name: 'redis',
    async create(ctx) {
      const url = requireRedis(ctx);
      const prefix = uniqueName('test:bus:') + ':';
      const clients = [new Redis(url), new Redis(url), new Redis(url), new Redis(url)] as const;
      // The bus takes connected clients: while one is not ready, it treats Redis as down.
      await Promise.all(clients.map((client) => new Promise((resolve) => client.once('ready', resolve))));
      const a = createRedisBus({ publisher: clients[0], subscriber: clients[1], prefix });
      const b = createRedisBus({ publisher: clients[2], subscriber: clients[3], prefix });
      return {
        a,
        b,
        async close() {
          await a.close();
          await b.close();
          await Promise.all(clients.map((client) => client.quit()));
        },
      };
    },
  },
];

for (const backend of BACKENDS) {
  describe(`Bus (${backend.name})`, () => {
    let buses: Awaited<ReturnType<BusBackend['create']>>;
    beforeEach(async function () {
      buses = await backend.create(this);
    });
    afterEach(async () => buses?.close());

    it('delivers a published message, in order, to every subscriber of the topic (other instances too)', async () => {
      const first = collect(3);
      const second = collect(3);
      await buses.a.subscribe('events', first.handler);
      await buses.b.subscribe('events', second.handler);
      for (const message of ['1', '2', '3']) await buses.a.publish('events', message);
      expect(await first.messages).to.deep.equal(['1', '2', '3']);
      expect(await second.messages).to.deep.equal(['1', '2', '3']);
    });

    it('does not deliver other topics, nor after unsubscribing', async () => {
      const received: string[] = [];
      const unsubscribe = await buses.b.subscribe('mine', (m) => received.push(m));
      const marker = collect(1);
      await buses.b.subscribe('marker', marker.handler);
      await buses.a.publish('other', 'x');
      await buses.a.publish('mine', 'kept');
      await buses.a.publish('marker', 'm');
      // Messages arrive in publish order, so once the marker is in, anything for 'mine' is too.
      await marker.messages;
      expect(received).to.deep.equal(['kept']);
      await unsubscribe();
      const secondMarker = collect(1);
      await buses.b.subscribe('marker2', secondMarker.handler);
      await buses.a.publish('mine', 'dropped');
      await buses.a.publish('marker2', 'm');
      await secondMarker.messages;
      expect(received).to.deep.equal(['kept']);
    });

    it('keeps other subscriptions when one handler throws', async () => {
      const survivor = collect(1);
      await buses.b.subscribe('t', () => {
        throw new Error('handler failure');
      });
      await buses.b.subscribe('t', survivor.handler);
      await buses.a.publish('t', 'still delivered');
      expect(await survivor.messages).to.deep.equal(['still delivered']);
    });

    it('answers ping and refuses to publish after close', async () => {
      await buses.a.ping();
      await buses.a.close();
      let caught: unknown;
      await buses.a.publish('t', 'x').catch((err: unknown) => {
        caught = err;
      });
      expect(caught).to.be.instanceOf(Error);
    });
  });
}

describe('Bus (redis) while Redis is down', () => {
  it('fails publishing at once and does not wait for subscriptions, which are queued for the reconnect', async () => {
    // Port 1: nothing listens; ioredis keeps retrying in the background.
    const options = { lazyConnect: true, maxRetriesPerRequest: null, retryStrategy: () => 60_000 };
    const [publisher, subscriber] = [
      new Redis('redis://127.0.0.1:1', options),
      new Redis('redis://127.0.0.1:1', options),
    ];
    for (const client of [publisher, subscriber]) {
      client.on('error', () => {});
      await client.connect().catch(() => {});
    }
    const errors: unknown[] = [];
    const bus = createRedisBus({ publisher, subscriber, prefix: 'test:down:', onHandlerError: (e) => errors.push(e) });
    try {
      const unsubscribe = await bus.subscribe('t', () => {});
      await unsubscribe();
      let caught: unknown;
      await bus.publish('t', 'x').catch((err: unknown) => (caught = err));
      expect((caught as Error).message).to.match(/^Redis is not connected/);
    } finally {
      await bus.close();
      publisher.disconnect();
      subscriber.disconnect();
    }
    // The queued commands dropped at shutdown are not reported as failures.
    await new Promise((resolve) => setImmediate(resolve));
    expect(errors).to.deep.equal([]);
  });
});
