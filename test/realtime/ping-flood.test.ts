import type { IncomingMessage } from 'node:http';
import { expect } from 'chai';
import type { ClientChannelClientMessage } from '../../generated/asyncapi/messages.js';
import {
  validateClientChannelClientMessage,
  validateClientChannelServerMessage,
} from '../../generated/asyncapi/validators.js';
import { pongFrame, type ChannelDefinition } from '../../src/realtime/index.js';
import { captureLogger } from '../support/log-lines.js';
import { metricValue, startRealtimeServer, transportDeps, type RealtimeTestServer } from '../support/realtime.js';
import { connectClient } from '../support/ws-client.js';

/** The client channel's validators, anyone admitted, `ping` answered with `pong`; 5 pings a burst, 1 a second. */
const channel: ChannelDefinition<object, ClientChannelClientMessage> = {
  name: 'clientChannel',
  path: '/ws',
  maxPayloadBytes: 1024,
  heartbeat: { intervalMs: 60_000, timeoutMs: 120_000 },
  maxBufferedBytes: 64 * 1024,
  handshakeRate: { ratePerSecond: 1000, burst: 1000 },
  pingRate: { ratePerSecond: 1, burst: 5 },
  authenticate: (_req: IncomingMessage) => Promise.resolve({}),
  validateIncoming: validateClientChannelClientMessage,
  validateOutgoing: validateClientChannelServerMessage,
  onConnection(conn) {
    conn.onMessage((message) => {
      if (message.type === 'ping') conn.send(pongFrame(message));
    });
  },
};

const ping = (id: string) => ({ type: 'ping', id, timestamp: new Date().toISOString(), payload: {} });

describe('ping floods', function () {
  this.timeout(20_000);
  let server: RealtimeTestServer;
  const { logger, lines } = captureLogger();
  before(async () => {
    server = await startRealtimeServer({
      channels: [channel],
      maxConnections: 10,
      deps: { ...transportDeps(), logger },
    });
  });
  after(() => server.close());

  const floodLines = () => lines.filter((line) => String(line.message).startsWith('ping flood'));

  it('answers pings within the budget and keeps the connection', async () => {
    const client = await connectClient(`${server.url}/ws`);
    let pongs = 0;
    client.ws.on('pong', () => (pongs += 1));
    for (let i = 0; i < 3; i += 1) client.ws.ping();
    client.send(ping('p-1'));
    await client.next('pong');
    await client.waitFor(() => pongs === 3, '3 protocol pongs');
    expect(client.isOpen()).to.equal(true);
    await client.close();
  });

  for (const [what, flood] of [
    ['protocol ping frames', (client: Awaited<ReturnType<typeof connectClient>>) => client.ws.ping()],
    ['application ping messages', (client: Awaited<ReturnType<typeof connectClient>>) => client.send(ping('p'))],
  ] as const) {
    it(`closes a connection flooding ${what} with 1008, logs it once and counts it`, async () => {
      const before = floodLines().length;
      const counted = await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_ping_flood' });
      const client = await connectClient(`${server.url}/ws`);
      // A loop, as a flooding client would: far past the burst before the server can refill.
      const flooding = setInterval(() => {
        for (let i = 0; i < 50 && client.isOpen(); i += 1) flood(client);
      }, 1);
      try {
        expect(await client.closed).to.deep.equal({ code: 1008, reason: 'too many pings' });
      } finally {
        clearInterval(flooding);
      }
      expect(floodLines().length - before).to.equal(1);
      expect(floodLines().at(-1)).to.include({ level: 'warn', channel: 'clientChannel' });
      expect(await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'ws_ping_flood' })).to.equal(
        counted + 1,
      );
    });
  }
});
