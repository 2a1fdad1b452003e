import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import {
  DeliveryStats,
  GatewayEventFeed,
  type GatewayEventFrame,
  type GatewayEventLog,
} from '../../src/gateways/index.js';

/** An in-memory stand-in for the log's read side that records how it is read. */
class RecordingLog {
  events: GatewayEventFrame[] = [];
  reads = 0;
  concurrentReads = 0;
  maxConcurrentReads = 0;

  append(count: number, from = this.events.length + 1): void {
    for (let i = 0; i < count; i += 1) {
      this.events.push({
        type: 'api.undeployed',
        seq: from + i,
        eventId: randomUUID(),
        correlationId: 'test',
        timestamp: new Date().toISOString(),
        payload: { apiUuid: randomUUID(), vhost: 'v', environment: 'e' },
      });
    }
  }

  async readAfter(_gatewayId: string, after: number, limit: number): Promise<GatewayEventFrame[]> {
    this.reads += 1;
    this.concurrentReads += 1;
    this.maxConcurrentReads = Math.max(this.maxConcurrentReads, this.concurrentReads);
    await new Promise((resolve) => setImmediate(resolve));
    this.concurrentReads -= 1;
    return this.events.filter((event) => event.seq > after).slice(0, limit);
  }
}

function feedOn(
  log: RecordingLog,
  options: { cursor?: number; maxInFlight?: number; batchSize?: number; open?: () => boolean } = {},
) {
  const sent: number[] = [];
  const stats = new DeliveryStats();
  const fellBehind: Array<[number, number]> = [];
  const feed = new GatewayEventFeed({
    gatewayId: randomUUID(),
    eventLog: log as unknown as GatewayEventLog,
    sink: {
      send: (frame) => {
        if (options.open !== undefined && !options.open()) return false;
        sent.push((frame as GatewayEventFrame).seq);
        return true;
      },
    },
    stats,
    cursor: options.cursor ?? 0,
    ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
    ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    onFellBehind: (cursor, first) => fellBehind.push([cursor, first]),
  });
  return { feed, sent, stats, fellBehind };
}

describe('GatewayEventFeed', () => {
  it('sends every event once, in order, with one read at a time however often it is woken', async () => {
    const log = new RecordingLog();
    const { feed, sent, stats } = feedOn(log, { batchSize: 7 });
    log.append(20);
    for (let i = 0; i < 10; i += 1) feed.wake();
    await feed.idle();
    log.append(15);
    feed.wake();
    feed.wake();
    await feed.idle();
    expect(sent).to.deep.equal(Array.from({ length: 35 }, (_, i) => i + 1));
    expect(log.maxConcurrentReads).to.equal(1);
    expect(stats.snapshot().totalEventsSent).to.equal(35);
  });

  it('starts after its cursor', async () => {
    const log = new RecordingLog();
    log.append(10);
    const { feed, sent } = feedOn(log, { cursor: 6 });
    feed.wake();
    await feed.idle();
    expect(sent).to.deep.equal([7, 8, 9, 10]);
  });

  it('pauses at maxInFlight unacknowledged events and resumes on an ack', async () => {
    const log = new RecordingLog();
    log.append(10);
    const { feed, sent } = feedOn(log, { maxInFlight: 3 });
    feed.wake();
    await feed.idle();
    expect(sent).to.deep.equal([1, 2, 3]);
    expect(feed.ack(2)).to.equal(true);
    await feed.idle();
    expect(sent).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it("refuses an ack beyond what it sent unless the caller allows more (the gateway's latest seq)", async () => {
    const log = new RecordingLog();
    log.append(2);
    const { feed } = feedOn(log);
    feed.wake();
    await feed.idle();
    expect(feed.ack(5)).to.equal(false);
    expect(feed.acked).to.equal(0);
    expect(feed.ack(5, 5)).to.equal(true);
    expect(feed.acked).to.equal(5);
    expect(feed.ack(3)).to.equal(true); // cumulative: an older ack changes nothing
    expect(feed.acked).to.equal(5);
  });

  it('stops and reports when the log no longer has the next event it needs', async () => {
    const log = new RecordingLog();
    log.append(5, 8); // 8..12: 1..7 were pruned
    const { feed, sent, fellBehind, stats } = feedOn(log, { cursor: 3 });
    feed.wake();
    await feed.idle();
    expect(sent).to.deep.equal([]);
    expect(fellBehind).to.deep.equal([[3, 8]]);
    expect(feed.stopped).to.equal(true);
    expect(stats.snapshot()).to.include({ failedDeliveries: 1 });
    expect(stats.snapshot().lastFailureReason).to.match(/^fell_behind_retention/);
  });

  it('stops at the first event the connection refuses, and never skips it', async () => {
    const log = new RecordingLog();
    log.append(5);
    let open = true;
    const { feed, sent, stats } = feedOn(log, { open: () => open && sent.length < 2 });
    feed.wake();
    await feed.idle();
    expect(sent).to.deep.equal([1, 2]);
    expect(feed.cursor).to.equal(2);
    expect(feed.stopped).to.equal(true);
    expect(stats.snapshot().failedDeliveries).to.equal(1);
    open = false;
  });
});
