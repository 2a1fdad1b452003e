import { expect } from 'chai';
import { createServices } from '../../src/tenancy/index.js';
import { connectClient, tryUpgrade, type Refusal } from '../support/ws-client.js';
import { forEachBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { uniqueName } from '../support/services.js';

describe('startServer serves both WebSocket channels', () => {
  forEachBackend((backend) => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend);
    });
    after(() => server?.close());

    it('serves /ws with a tenant key and the gateway channel, and close() sends 1000 to every connection', async () => {
      const { wsUrl } = server;
      const { apiKey } = await createServices({ db: server.deps.db }).orgs.create({
        name: uniqueName('wiring-'),
        tier: 'teams',
      });
      const client = await connectClient(`${wsUrl}/ws`, { headers: { authorization: `Bearer ${apiKey.key}` } });
      expect((await client.next()).type).to.equal('connection.ack');

      const gateway = (await tryUpgrade(`${wsUrl}/api/internal/v1/ws/gateways/connect`, {
        'api-key': 'not-a-key',
      })) as Refusal;
      expect(gateway.status, 'the gateway channel is routed and authenticates').to.equal(401);
      expect(gateway.body.error.code).to.equal('unauthenticated');
      const unknown = (await tryUpgrade(`${wsUrl}/nowhere`)) as Refusal;
      expect(unknown.status).to.equal(404);

      const metrics = await (await server.request('/metrics')).text();
      expect(metrics).to.match(/^goclaw_connected_clients 1$/m);
      expect(metrics).to.match(/^websocket_connections_active\{channel="client"\} 1$/m);

      // What SIGTERM runs: readiness 503, WebSockets closed with 1000, HTTP drained, deps closed.
      const inTime = await server.running.close('SIGTERM');
      expect(inTime).to.equal(true);
      expect(await client.closed).to.deep.equal({ code: 1000, reason: 'server shutting down' });
      expect(server.realtime.registry.count()).to.equal(0);
    });
  });
});
