import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import {
  GatewayEventsClient,
  WsClosedError,
  WsConnectionError,
  WsValidationError,
  backoffDelay,
  type WsClientError,
} from '../../generated/sdk/ws-client.js';
import type { GatewayEventsClientMessage } from '../../generated/asyncapi/messages.js';
import { GatewayChannelTestServer } from '../support/ws-test-server.js';
import { eventually } from '../support/eventually.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function unusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('generated WebSocket SDK (gateway event channel)', () => {
  let server: GatewayChannelTestServer;
  let client: GatewayEventsClient | undefined;

  beforeEach(async () => {
    server = await GatewayChannelTestServer.start();
  });

  afterEach(async () => {
    await client?.close();
    client = undefined;
    await server.close();
  });

  it('resumes from its last seq after 3 forced drops: 50 events reach the handler once each, in order, and are acked', async () => {
    server.redeliver = 'all'; // every reconnect replays the whole log: the SDK must drop duplicates
    const seen: number[] = [];
    client = new GatewayEventsClient({
      url: server.url,
      headers: { 'api-key': 'gw-test-key' },
      reconnect: { baseMs: 1, maxMs: 5 },
      heartbeat: false,
    });
    client.on('api.deployed', (event) => void seen.push(event.seq));
    await client.connect();

    server.publish(10);
    await eventually(() => seen.length >= 10, { what: '10 events' });
    let connections = 1;
    for (const batch of [15, 15]) {
      server.dropAll();
      server.publish(batch); // published while the client is away
      await server.waitForConnections(++connections);
      await eventually(() => seen.length >= (connections === 2 ? 25 : 40));
    }
    server.dropAll();
    await server.waitForConnections(++connections);
    server.publish(10);
    await eventually(() => seen.length >= 50, { what: '50 events' });
    await server.waitForAck(50);

    expect(seen).to.deep.equal(range(1, 50));
    expect(server.connections.map((c) => c.resumeFrom)).to.deep.equal([undefined, 10, 25, 40]);
    expect(server.connections.every((c) => c.headers['api-key'] === 'gw-test-key')).to.equal(true);
    expect(server.ackedSeq).to.equal(50);
    expect(client.lastSeq).to.equal(50);
  });

  it('refuses to send an invalid message: throws WsValidationError and the server receives nothing', async () => {
    client = new GatewayEventsClient({ url: server.url, heartbeat: false, reconnect: false });
    await client.connect();
    const invalid = {
      type: 'ack',
      timestamp: 'not-a-date',
      payload: { seq: -1 },
    } as unknown as GatewayEventsClientMessage;

    expect(() => client!.send(invalid))
      .to.throw(WsValidationError)
      .with.property('direction', 'outgoing');
    expect(() => client!.send({ type: 'nope' } as unknown as GatewayEventsClientMessage)).to.throw(
      /unknown message type "nope"/,
    );

    // Frames on one socket arrive in order: once the valid ping is in, nothing came before it.
    client.send({ type: 'ping', timestamp: new Date().toISOString(), payload: {} });
    await eventually(() => server.received.length >= 1, { what: 'the ping at the server' });
    expect(server.received).to.have.length(1);
    expect(server.received[0]).to.include({ type: 'ping' });
  });

  it('does not deliver an invalid incoming frame: reports a WsValidationError instead', async () => {
    const seen: number[] = [];
    const errors: WsClientError[] = [];
    client = new GatewayEventsClient({ url: server.url, heartbeat: false, reconnect: false, autoAck: false });
    client.on('api.deployed', (event) => void seen.push(event.seq));
    client.onEvent('error', (error) => errors.push(error));
    await client.connect();

    server.broadcastRaw({ type: 'api.deployed', seq: 1, timestamp: new Date().toISOString() }); // no payload, eventId …
    server.broadcastRaw('{not json');
    server.publish(1);
    await eventually(() => seen.length >= 1, { what: 'the valid event' });

    expect(seen).to.deep.equal([1]);
    expect(errors).to.have.length(2);
    expect(errors.every((e) => e instanceof WsValidationError && e.direction === 'incoming')).to.equal(true);
  });

  it('detects a dead connection by heartbeat (no pong) and reconnects', async () => {
    server.answerPings = false;
    const errors: WsClientError[] = [];
    client = new GatewayEventsClient({
      url: server.url,
      heartbeat: { intervalMs: 10, timeoutMs: 50 },
      reconnect: { baseMs: 1, maxMs: 2 },
    });
    client.onEvent('error', (error) => errors.push(error));
    const reconnecting = new Promise<{ attempt: number }>((resolve) => client!.onEvent('reconnecting', resolve));
    await client.connect();

    const event = await reconnecting;
    server.answerPings = true;
    await server.waitForConnections(2);

    expect(event.attempt).to.equal(1);
    expect(errors.some((e) => e instanceof WsConnectionError && /no message, ping or pong/.test(e.message))).to.equal(
      true,
    );
  });

  it('close() closes with 1000, resolves once closed and never reconnects', async () => {
    const reconnects: number[] = [];
    client = new GatewayEventsClient({ url: server.url, heartbeat: false, reconnect: { baseMs: 1, maxMs: 2 } });
    client.onEvent('reconnecting', ({ attempt }) => reconnects.push(attempt));
    await client.connect();
    const closedOnServer = server.waitForClose();

    await client.close();
    await closedOnServer;

    expect(server.closeCodes).to.deep.equal([1000]);
    expect(client.isOpen).to.equal(false);
    expect(reconnects).to.deep.equal([]);
    expect(() => client!.send({ type: 'ping', timestamp: new Date().toISOString(), payload: {} })).to.throw(
      WsClosedError,
    );
    await expectRejection(client.connect(), WsClosedError);
  });

  it('backs off exponentially with full jitter and gives up after maxAttempts', async () => {
    const port = await unusedPort();
    const randoms = [0.5, 0.25, 0.999, 0.5, 0.5];
    let i = 0;
    const delays: number[] = [];
    client = new GatewayEventsClient({
      url: `ws://127.0.0.1:${port}`,
      heartbeat: false,
      reconnect: { baseMs: 4, maxMs: 20, maxAttempts: 5, random: () => randoms[i++ % randoms.length]! },
    });
    client.onEvent('reconnecting', ({ delayMs }) => delays.push(delayMs));
    client.onEvent('error', () => undefined);

    await expectRejection(client.connect(), WsConnectionError);

    // ceilings 4, 8, 16, 20 (capped), 20: delay = floor(random · ceiling)
    expect(delays).to.deep.equal([2, 2, 15, 10, 10]);
  });

  it('backoffDelay: grows with the attempt up to the cap, scaled by the injected random', () => {
    const top = { baseMs: 100, maxMs: 1000, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, top))).to.deep.equal([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, { ...top, random: () => 0 })).to.equal(0);
    expect(backoffDelay(3, { ...top, random: () => 0.5 })).to.equal(200);
  });
});

async function expectRejection(promise: Promise<unknown>, type: new (...args: never[]) => Error): Promise<void> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(type);
    return;
  }
  expect.fail(`expected a rejection with ${type.name}`);
}
