import { expect } from 'chai';
import winston from 'winston';
import type { Bus } from '../../src/bus/bus.js';
import { createGatewayFleet } from '../../src/gateways/index.js';
import { createMetrics } from '../../src/observability/metrics.js';
import type { Database } from '../../src/store/database.js';

/** A Redis-like bus that only records subscriptions: the fleet must not leave one behind. */
function recordingBus(): Bus & { topics: string[] } {
  const topics: string[] = [];
  return {
    kind: 'redis',
    topics,
    async publish() {},
    subscribe(topic) {
      topics.push(topic);
      return Promise.resolve(() => {
        topics.splice(topics.indexOf(topic), 1);
        return Promise.resolve();
      });
    },
    async ping() {},
    async close() {},
  };
}

describe('createGatewayFleet', () => {
  // Nothing is queried while the fleet is built and closed.
  const db = {} as Database;
  const logger = winston.createLogger({ silent: true });

  it("answers other instances' stats queries until close() ends its bus subscription", async () => {
    const bus = recordingBus();
    const fleet = createGatewayFleet({ deps: { db, bus, logger, metrics: createMetrics() } });
    await fleet.cluster.listen();
    expect(bus.topics).to.deep.equal(['gateway-stats:query']);

    await fleet.close();
    expect(bus.topics).to.deep.equal([]);
    await fleet.close(); // idempotent
    expect(bus.topics).to.deep.equal([]);
  });

  it('ends the subscription even when closed before subscribing finished', async () => {
    const bus = recordingBus();
    const fleet = createGatewayFleet({ deps: { db, bus, logger, metrics: createMetrics() } });
    await fleet.close();
    expect(bus.topics).to.deep.equal([]);
  });
});
