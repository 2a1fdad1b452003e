import { expect } from 'chai';
import type { IncomingMessage } from 'node:http';
import type { ClientChannelClientMessage } from '../../generated/asyncapi/messages.js';
import {
  validateClientChannelClientMessage,
  validateClientChannelServerMessage,
} from '../../generated/asyncapi/validators.js';
import { Redis } from 'ioredis';
import { AppError } from '../../src/errors.js';
import { createRateLimits, createRedisCounterStore, createRedisTokenBuckets } from '../../src/limits/index.js';
import {
  attachRealtimeServer,
  pongFrame,
  type ChannelDefinition,
  type RealtimeConnection,
} from '../../src/realtime/index.js';
import {
  histogramCount,
  metricValue,
  startRealtimeServer,
  transportDeps,
  type RealtimeTestServer,
} from '../support/realtime.js';
import { connectClient, tryUpgrade, type Refusal } from '../support/ws-client.js';
import { eventually } from '../support/eventually.js';
import { captureLogger } from '../support/log-lines.js';
import { closedPort } from '../support/services.js';

interface TestPrincipal {
  user: string;
}

/**
 * A channel on /ws with the client channel's generated validators and a trivial authentication:
 * `x-test-user: <name>` is accepted, anything else is 401. Connections are kept in `opened` so a
 * test can drive them; `ping` is answered with `pong`, `message.send` throws what `failWith` says.
 */
function testChannel(overrides: Partial<ChannelDefinition<TestPrincipal, ClientChannelClientMessage>> = {}) {
  const opened: Array<RealtimeConnection<TestPrincipal, ClientChannelClientMessage>> = [];
  let failWith: unknown = new AppError('not_found', 'Session not found');
  const channel: ChannelDefinition<TestPrincipal, ClientChannelClientMessage> = {
    name: 'clientChannel',
    path: '/ws',
    maxPayloadBytes: 1024,
    heartbeat: { intervalMs: 60_000, timeoutMs: 120_000 },
    maxBufferedBytes: 64 * 1024,
    handshakeRate: { ratePerSecond: 1000, burst: 1000 },
    authenticate(req: IncomingMessage) {
      const user = req.headers['x-test-user'];
      if (typeof user !== 'string') return Promise.reject(new AppError('unauthenticated', 'x-test-user is required'));
      return Promise.resolve({ user });
    },
    validateIncoming: validateClientChannelClientMessage,
    validateOutgoing: validateClientChannelServerMessage,
    onConnection(conn) {
      opened.push(conn);
      conn.onMessage((message: { type: string; id?: string }) => {
        if (message.type === 'ping') conn.send(pongFrame(message));
        if (message.type === 'message.send') throw failWith;
      });
    },
    ...overrides,
  };
  return {
    channel,
    opened,
    failNextWith(err: unknown) {
      failWith = err;
    },
  };
}

const USER = { 'x-test-user': 'alice' };
const ping = (id?: string) => ({
  type: 'ping',
  ...(id === undefined ? {} : { id }),
  timestamp: new Date().toISOString(),
  payload: {},
});

function expectEnvelope(refusal: Refusal | 'upgraded', status: number, code: string): Refusal {
  expect(refusal, 'the upgrade was refused').to.not.equal('upgraded');
  const got = refusal as Refusal;
  expect(got.status).to.equal(status);
  expect(got.headers['content-type']).to.match(/^application\/json/);
  expect(got.body.error.code).to.equal(code);
  expect(got.body.error.message).to.be.a('string').and.not.equal('');
  expect(got.body.error.correlationId).to.be.a('string').and.not.equal('');
  expect(got.headers['x-request-id']).to.equal(got.body.error.correlationId);
  return got;
}

describe('attachRealtimeServer', () => {
  let server: RealtimeTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  describe('handshake refusals (HTTP status + JSON envelope, before any WebSocket exists)', () => {
    it('answers an unknown path with 404 route_not_found, echoing X-Request-Id', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const refusal = expectEnvelope(
        await tryUpgrade(`${server.url}/nope?x=1`, { ...USER, 'x-request-id': 'req-404' }),
        404,
        'route_not_found',
      );
      expect(refusal.body.error.correlationId).to.equal('req-404');
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'route_not_found' })).to.equal(1);
    });

    it('answers a failed authentication with its status (401 unauthenticated)', async () => {
      const { channel, opened } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      expectEnvelope(await tryUpgrade(`${server.url}/ws`), 401, 'unauthenticated');
      expect(opened).to.have.length(0);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'unauthenticated' })).to.equal(1);
    });

    it('answers an unexpected authentication failure with 500 internal_error and no details', async () => {
      const { channel } = testChannel({
        authenticate: () => Promise.reject(new Error('database on fire: password=hunter2')),
      });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const refusal = expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 500, 'internal_error');
      expect(JSON.stringify(refusal.body)).to.not.include('hunter2');
    });

    it('rate-limits handshakes per source address with 429 and Retry-After', async () => {
      const { channel } = testChannel({ handshakeRate: { ratePerSecond: 1, burst: 2 } });
      const frozen = Date.now();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10, now: () => frozen });
      expect(await tryUpgrade(`${server.url}/ws`, USER)).to.equal('upgraded');
      // A refused authentication still spends a token: the bucket limits handshakes, not successes.
      expectEnvelope(await tryUpgrade(`${server.url}/ws`), 401, 'unauthenticated');
      const refusal = expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 429, 'rate_limited');
      expect(refusal.headers['retry-after']).to.equal('1');
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'rate_limited' })).to.equal(1);
      expect(await metricValue(server.deps.metrics, 'rate_limit_hits_total', { limiter: 'ws_handshake' })).to.equal(1);
    });

    it('fails open when Redis is unreachable: handshakes are limited locally and counted', async () => {
      const deps = transportDeps();
      const unreachable = new Redis(`redis://127.0.0.1:${await closedPort()}`, {
        lazyConnect: true,
        retryStrategy: () => null,
      });
      unreachable.on('error', () => {}); // connection refused, as intended
      const rateLimits = createRateLimits({
        shared: {
          buckets: createRedisTokenBuckets({ client: unreachable, prefix: 'unreachable:' }),
          counters: createRedisCounterStore({ client: unreachable, prefix: 'unreachable:' }),
        },
        logger: deps.logger,
        metrics: deps.metrics,
      });
      const { channel } = testChannel({ handshakeRate: { ratePerSecond: 1, burst: 2 } });
      const frozen = Date.now();
      server = await startRealtimeServer({
        deps: { ...deps, rateLimits },
        channels: [channel],
        maxConnections: 10,
        now: () => frozen,
      });
      try {
        expect(await tryUpgrade(`${server.url}/ws`, USER)).to.equal('upgraded');
        expect(await tryUpgrade(`${server.url}/ws`, USER)).to.equal('upgraded');
        expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 429, 'rate_limited');
        const fallbacks = await metricValue(deps.metrics, 'rate_limit_fallback_total', { limiter: 'ws_handshake' });
        expect(fallbacks).to.equal(3);
      } finally {
        await rateLimits.close();
        unreachable.disconnect();
      }
    });

    it('refuses past the global connection cap with 503, and admits again once one closes', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 2 });
      const a = await connectClient(`${server.url}/ws`, { headers: USER });
      await connectClient(`${server.url}/ws`, { headers: USER });
      expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 503, 'service_unavailable');
      a.ws.close(1000);
      await a.closed;
      await eventually(() => server?.realtime.registry.count() === 1, { what: 'the server to see the close' });
      expect(await tryUpgrade(`${server.url}/ws`, USER)).to.equal('upgraded');
    });

    it("refuses with the channel's admit error (per-principal caps)", async () => {
      const { channel } = testChannel({
        admit(principal, registry) {
          const mine = registry
            .byChannel('clientChannel')
            .filter((c) => (c.principal as TestPrincipal).user === principal.user);
          if (mine.length >= 1) throw new AppError('quota_exceeded', 'one connection per user');
        },
      });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      await connectClient(`${server.url}/ws`, { headers: USER });
      const refusal = expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 429, 'quota_exceeded');
      expect(refusal.body.error.message).to.equal('one connection per user');
      expect(await tryUpgrade(`${server.url}/ws`, { 'x-test-user': 'bob' })).to.equal('upgraded');
    });

    it('refuses a request that is not a valid WebSocket handshake with 400 and the envelope', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      expectEnvelope(
        await tryUpgrade(`${server.url}/ws`, { ...USER, 'Sec-WebSocket-Version': '7' }),
        400,
        'validation_failed',
      );
      expectEnvelope(
        await tryUpgrade(`${server.url}/ws`, { ...USER, 'Sec-WebSocket-Key': 'short' }),
        400,
        'validation_failed',
      );
    });

    it('refuses new handshakes with 503 once closing', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      await server.realtime.close();
      expectEnvelope(await tryUpgrade(`${server.url}/ws`, USER), 503, 'service_unavailable');
    });
  });

  describe('frames', () => {
    it('closes a connection that sends a frame over maxPayload with 1009', async () => {
      const { channel } = testChannel({ maxPayloadBytes: 1024 });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      client.send({ ...ping('p'), padding: 'x'.repeat(2000) });
      expect((await client.closed).code).to.equal(1009);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_message_too_big' })).to.equal(1);
    });

    it('closes a connection that sends invalid UTF-8 in a text frame with 1007', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      client.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
      expect((await client.closed).code).to.equal(1007);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_invalid_utf8' })).to.equal(1);
    });

    it('answers invalid JSON, binary frames and schema violations with error frames and stays usable', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });

      client.send('{not json');
      const notJson = await client.next('error');
      expect(notJson.payload.code).to.equal('malformed_json');
      expect(validateClientChannelServerMessage(notJson).ok, 'error frames match the spec').to.equal(true);

      client.send(Buffer.from('{"type":"ping"}'), { binary: true });
      expect((await client.next('error')).payload.code).to.equal('malformed_json');

      client.send({ type: 'session.explode', id: 'x-1', timestamp: new Date().toISOString(), payload: {} });
      const unknownType = await client.next('error');
      expect(unknownType.payload.code).to.equal('validation_failed');
      expect(unknownType.correlationId).to.equal('x-1');
      expect(unknownType.payload.details).to.be.an('array').that.does.not.have.lengthOf(0);
      expect(unknownType.payload.message).to.include('session.explode');

      client.send({ type: 'ping', id: 'x-2', timestamp: 'yesterday', payload: { extra: true } });
      const badPing = await client.next('error');
      expect(badPing.payload.code).to.equal('validation_failed');
      expect(badPing.correlationId).to.equal('x-2');

      client.send(ping('p-1'));
      const pong = await client.next('pong');
      expect(pong.correlationId).to.equal('p-1');
      expect(client.isOpen()).to.equal(true);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'malformed_json' })).to.equal(2);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'validation_failed' })).to.equal(2);
    });

    it('closes with 1008 after 10 invalid frames in a row (a valid frame resets the count)', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      for (let i = 0; i < 9; i += 1) client.send('nope');
      client.send(ping('reset'));
      await client.next('pong');
      for (let i = 0; i < 9; i += 1) client.send('nope');
      client.send(ping('still-open'));
      await client.next('pong');
      for (let i = 0; i < 10; i += 1) client.send('nope');
      const closed = await client.closed;
      expect(closed.code).to.equal(1008);
      expect(client.frames.filter((f) => f.type === 'error')).to.have.length(28);
    });

    it("answers a handler's AppError with an error frame of that code, and a crash with internal_error", async () => {
      const test = testChannel();
      server = await startRealtimeServer({ channels: [test.channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      const send = (id: string) => ({
        type: 'message.send',
        id,
        timestamp: new Date().toISOString(),
        payload: { sessionId: '8a6e0804-2bd0-4672-b79d-d97027f9071a', content: 'hi' },
      });

      client.send(send('m-1'));
      const refused = await client.next('error');
      expect(refused.payload).to.deep.equal({ code: 'not_found', message: 'Session not found' });
      expect(refused.correlationId).to.equal('m-1');

      test.failNextWith(new TypeError('secret internals'));
      client.send(send('m-2'));
      const crashed = await client.next('error');
      expect(crashed.payload.code).to.equal('internal_error');
      expect(crashed.payload.message).to.not.include('secret');
      expect(crashed.correlationId).to.equal('m-2');
      client.send(ping('after'));
      expect((await client.next('pong')).correlationId).to.equal('after');
    });

    it('logs refusals (4xx, 501) at warn without a stack, a crash at error with its stack', async () => {
      const test = testChannel();
      const { logger, lines } = captureLogger();
      const deps = { ...transportDeps(), logger };
      server = await startRealtimeServer({ channels: [test.channel], maxConnections: 10, deps });
      expectEnvelope(await tryUpgrade(`${server.url}/ws`), 401, 'unauthenticated');
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      const sessionId = '8a6e0804-2bd0-4672-b79d-d97027f9071a';
      const send = (id: string) => ({
        type: 'message.send',
        id,
        timestamp: new Date().toISOString(),
        payload: { sessionId, content: 'hi' },
      });
      for (const [id, failure] of [
        ['m-404', new AppError('not_found', 'Session not found')],
        ['m-501', new AppError('not_implemented', 'sessions arrive later')],
        ['m-bug', new TypeError('a bug')],
      ] as const) {
        test.failNextWith(failure);
        client.send(send(id));
        expect((await client.next('error')).correlationId).to.equal(id);
      }
      await eventually(() => lines.filter((l) => l.code !== undefined).length >= 4, { what: 'four error lines' });
      const byCode = (code: string) =>
        lines.filter((l) => l.code === code).map(({ level, stack }) => ({ level, stack }));
      expect(byCode('unauthenticated')).to.deep.equal([{ level: 'warn', stack: undefined }]);
      expect(byCode('not_found')).to.deep.equal([{ level: 'warn', stack: undefined }]);
      expect(byCode('not_implemented')).to.deep.equal([{ level: 'warn', stack: undefined }]);
      const [crash] = lines.filter((l) => l.code === 'internal_error');
      expect(crash).to.include({ level: 'error', error: 'a bug' });
      expect(crash?.stack)
        .to.be.a('string')
        .and.match(/TypeError: a bug\n\s+at /);
    });

    it('never sends an outgoing frame that violates the spec (outside production), and counts it', async () => {
      const test = testChannel();
      server = await startRealtimeServer({ channels: [test.channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      await eventually(() => test.opened.length === 1, { what: 'the connection' });
      const conn = test.opened[0] as RealtimeConnection<TestPrincipal, ClientChannelClientMessage>;
      expect(conn.send({ type: 'pong', timestamp: 'not a time', payload: {} })).to.equal(false);
      expect(
        conn.send({
          type: 'pong',
          timestamp: new Date().toISOString(),
          payload: { serverTime: new Date().toISOString() },
        }),
      ).to.equal(true);
      const received = await client.next();
      expect(received.payload.serverTime, 'the valid frame is the first one that arrives').to.be.a('string');
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_outgoing_invalid' })).to.equal(
        1,
      );
    });

    it('in production, outgoing frames are not checked (the spec check is a development aid)', async () => {
      const test = testChannel();
      const deps = transportDeps({ NODE_ENV: 'production', CLAWGATE_ADMIN_TOKEN: 'x'.repeat(32) });
      server = await startRealtimeServer({ channels: [test.channel], maxConnections: 10, deps });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      await eventually(() => test.opened.length === 1, { what: 'the connection' });
      expect(
        (test.opened[0] as RealtimeConnection<TestPrincipal, ClientChannelClientMessage>).send({
          type: 'whatever',
          payload: 1,
        }),
      ).to.equal(true);
      expect((await client.next()).type).to.equal('whatever');
    });

    it('holds frames that arrive before an async onConnection finishes, then delivers them in order', async () => {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const seen: string[] = [];
      const { channel } = testChannel({
        async onConnection(conn) {
          await gate;
          conn.onMessage((message: { id?: string }) => {
            seen.push(message.id ?? '');
            conn.send(pongFrame(message));
          });
        },
      });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      client.send(ping('a'));
      client.send(ping('b'));
      await eventually(() => server?.realtime.registry.count() === 1, { what: 'the connection' });
      release();
      await client.next('pong');
      await client.next('pong');
      expect(seen).to.deep.equal(['a', 'b']);
    });

    it('closes with 1011 when the channel setup fails', async () => {
      const { channel } = testChannel({
        onConnection: () => Promise.reject(new Error('setup failed')),
      });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      expect((await client.closed).code).to.equal(1011);
    });
  });

  describe('heartbeats and slow consumers', () => {
    it('terminates a client that stops answering pings; one that answers stays', async () => {
      const { channel } = testChannel({ heartbeat: { intervalMs: 50, timeoutMs: 600 } });
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const silent = await connectClient(`${server.url}/ws`, { headers: USER, autoPong: false });
      const healthy = await connectClient(`${server.url}/ws`, { headers: USER });
      let healthyPings = 0;
      healthy.ws.on('ping', () => {
        healthyPings += 1;
      });
      let pings = 0;
      silent.ws.on('ping', () => {
        pings += 1;
      });
      const closed = await silent.closed;
      expect(pings, 'the server pinged before giving up').to.be.greaterThan(0);
      expect(closed.code, 'terminated without a closing handshake').to.equal(1006);
      expect(healthy.isOpen()).to.equal(true);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_heartbeat_timeout' })).to.equal(
        1,
      );
      // The healthy one keeps answering past two more deadlines (600 ms each, a ping every 50 ms).
      const pingsSoFar = healthyPings;
      await eventually(() => healthyPings >= pingsSoFar + 24, { what: 'two more heartbeat deadlines' });
      expect(healthy.isOpen()).to.equal(true);
    });

    it('closes a slow reader with 1013 and keeps its buffered bytes bounded', async () => {
      const maxBufferedBytes = 64 * 1024;
      const test = testChannel({ maxBufferedBytes });
      server = await startRealtimeServer({ channels: [test.channel], maxConnections: 10, closeTimeoutMs: 10_000 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      await eventually(() => test.opened.length === 1, { what: 'the connection' });
      const conn = test.opened[0] as RealtimeConnection<TestPrincipal, ClientChannelClientMessage>;
      // The client stops reading: the kernel buffers fill, then the server's own buffer.
      (client.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();

      const frame = {
        type: 'pong',
        timestamp: new Date().toISOString(),
        payload: { serverTime: new Date().toISOString() },
        id: 'x'.repeat(100),
      };
      let accepted = 0;
      let maxSeenBuffered = 0;
      // 200k frames ≈ 40 MB offered; the connection must refuse long before that.
      for (let i = 0; i < 200_000 && conn.send(frame); i += 1) {
        accepted += 1;
        maxSeenBuffered = Math.max(maxSeenBuffered, conn.bufferedAmount);
      }
      expect(accepted, 'the flood was cut off').to.be.lessThan(200_000);
      expect(conn.closed).to.equal(true);
      expect(maxSeenBuffered).to.be.at.most(maxBufferedBytes);
      const frameBytes = JSON.stringify(frame).length;
      expect(conn.bufferedAmount, 'only the close frame may be added past the bound').to.be.at.most(
        maxBufferedBytes + frameBytes,
      );
      // Sending more is refused and buffers nothing.
      const before = conn.bufferedAmount;
      for (let i = 0; i < 1000; i += 1) expect(conn.send(frame)).to.equal(false);
      expect(conn.bufferedAmount).to.equal(before);
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_slow_consumer' })).to.equal(1);

      (client.ws as unknown as { _socket: { resume(): void } })._socket.resume();
      const closed = await client.closed;
      expect(closed.code).to.equal(1013);
      expect(client.frames.length, 'what was accepted was delivered before the close').to.equal(accepted);
    });
  });

  describe('close and metrics', () => {
    it('close() sends 1000 with a reason to every client and waits for them', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const clients = await Promise.all([1, 2, 3].map(() => connectClient(`${server!.url}/ws`, { headers: USER })));
      expect(server.realtime.registry.count()).to.equal(3);
      await server.realtime.close(1000, 'server shutting down');
      expect(server.realtime.registry.count()).to.equal(0);
      for (const client of clients)
        expect(await client.closed).to.deep.equal({ code: 1000, reason: 'server shutting down' });
      expect(await metricValue(server.deps.metrics, 'goclaw_connected_clients')).to.equal(0);
    });

    it('close() does not wait forever for a peer that never answers the close frame', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10, closeTimeoutMs: 100 });
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      (client.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      await server.realtime.close();
      expect(server.realtime.registry.count()).to.equal(0);
    });

    it('moves the connection, message and duration metrics', async () => {
      const { channel } = testChannel();
      server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      const { metrics } = server.deps;
      const client = await connectClient(`${server.url}/ws`, { headers: USER });
      await eventually(() => server?.realtime.registry.count() === 1, { what: 'the connection' });
      expect(await metricValue(metrics, 'goclaw_connected_clients')).to.equal(1);
      expect(await metricValue(metrics, 'websocket_connections_active', { channel: 'client' })).to.equal(1);

      client.send(ping('m'));
      await client.next('pong');
      client.send({ type: 'made.up', timestamp: new Date().toISOString(), payload: {} });
      await client.next('error');
      expect(await metricValue(metrics, 'goclaw_messages_total', { direction: 'in', type: 'ping' })).to.equal(1);
      expect(await metricValue(metrics, 'goclaw_messages_total', { direction: 'out', type: 'pong' })).to.equal(1);
      expect(
        await metricValue(metrics, 'goclaw_messages_total', { direction: 'in', type: 'unknown' }),
        'unknown types are not labels',
      ).to.equal(1);
      expect(await metricValue(metrics, 'goclaw_messages_total', { direction: 'in', type: 'made.up' })).to.equal(0);
      expect(
        await metricValue(metrics, 'websocket_messages_total', { channel: 'client', direction: 'in', type: 'ping' }),
      ).to.equal(1);
      expect(
        await metricValue(metrics, 'websocket_messages_total', { channel: 'client', direction: 'out', type: 'error' }),
      ).to.equal(1);

      client.ws.close(1000);
      await client.closed;
      await eventually(() => server?.realtime.registry.count() === 0, { what: 'the server to see the close' });
      expect(await metricValue(metrics, 'goclaw_connected_clients')).to.equal(0);
      expect(await metricValue(metrics, 'websocket_connections_active', { channel: 'client' })).to.equal(0);
      expect(await histogramCount(metrics, 'websocket_connection_duration_seconds', { channel: 'client' })).to.equal(1);
    });

    it('routes several channels by path, each with its own limits and label', async () => {
      const client = testChannel();
      const gateway = testChannel({ name: 'gatewayEvents', path: '/gw', maxPayloadBytes: 4096 });
      server = await startRealtimeServer({ channels: [client.channel, gateway.channel], maxConnections: 10 });
      const big = { ...ping('big'), padding: 'x'.repeat(2000) };
      const onGateway = await connectClient(`${server.url}/gw`, { headers: USER });
      onGateway.send(big);
      // 2 KB passes the 4 KiB gateway limit (then fails validation) but not the 1 KiB client limit.
      expect((await onGateway.next('error')).payload.code).to.equal('validation_failed');
      const onClient = await connectClient(`${server.url}/ws`, { headers: USER });
      onClient.send(big);
      expect((await onClient.closed).code).to.equal(1009);
      expect(server.realtime.registry.byChannel('gatewayEvents')).to.have.length(1);
      expect(await metricValue(server.deps.metrics, 'websocket_connections_active', { channel: 'gateway' })).to.equal(
        1,
      );
    });

    it('a second attachRealtimeServer on the same HTTP server takes over only its own paths', async () => {
      const first = testChannel();
      const firstGateway = testChannel({ name: 'gatewayEvents', path: '/gw' });
      server = await startRealtimeServer({ channels: [first.channel, firstGateway.channel], maxConnections: 10 });
      const replacement = testChannel({ name: 'gatewayEvents', path: '/gw' });
      const second = attachRealtimeServer({
        server: server.httpServer,
        deps: server.deps,
        channels: [replacement.channel],
        maxConnections: 10,
      });
      try {
        await connectClient(`${server.url}/gw`, { headers: USER });
        await connectClient(`${server.url}/ws`, { headers: USER });
        expect(replacement.opened, '/gw goes to the later server').to.have.length(1);
        expect(firstGateway.opened).to.have.length(0);
        expect(first.opened, '/ws stays with the first').to.have.length(1);
        // One answer per request, not one per attached server.
        expectEnvelope(await tryUpgrade(`${server.url}/elsewhere`, USER), 404, 'route_not_found');
      } finally {
        await second.close();
      }
    });

    it('refuses a heartbeat whose deadline does not outlast the ping interval', async () => {
      const { channel } = testChannel({ heartbeat: { intervalMs: 1000, timeoutMs: 1000 } });
      let error: unknown;
      try {
        server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
      } catch (err) {
        error = err;
      }
      expect(String(error)).to.match(/timeoutMs .* must be larger than heartbeat\.intervalMs/);
    });
  });
});
