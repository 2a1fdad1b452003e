import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { createApi, deployMany, registerGateway, FLEET_TEST_CONFIG } from './support/fleet-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectGateway } from '../support/ws-client.js';

describe('gateway events across instances', function () {
  forEachBackend(
    (backend) => {
      let a: TestServer;
      let b: TestServer;
      before(async function () {
        // No poll within the test's time: delivery on B can only come from the Redis doorbell.
        const noPoll = { pollIntervalMs: 600_000 };
        a = await startTestServer(backend, { config: FLEET_TEST_CONFIG, realtime: { gateway: noPoll } });
        b = await startTestServer(backend, {
          deps: await backend.secondInstance(a.deps),
          realtime: { gateway: noPoll },
        });
      });
      after(async () => {
        await b?.close();
        await a?.close();
      });

      it('a gateway connected to instance B receives, in order, events caused by requests to instance A', async () => {
        const gateway = await registerGateway(a);
        const api = await createApi(a);
        const [onA, onB] = [
          await connectGateway(a.wsUrl, gateway.apiKey),
          await connectGateway(b.wsUrl, gateway.apiKey),
        ];
        await deployMany(a, api, gateway.id, 20);
        await Promise.all([onA.waitForEvents(20), onB.waitForEvents(20)]);
        expect(onB.events.map((event) => event.seq)).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
        expect(onB.events.map((event) => event.eventId)).to.deep.equal(onA.events.map((event) => event.eventId));
        await Promise.all([onA.close(), onB.close()]);
      });

      it('the stats endpoint of either instance lists the gateway connections of both and sums their delivery counters', async () => {
        const gateway = await registerGateway(a);
        const api = await createApi(a);
        const [onA, onB] = [
          await connectGateway(a.wsUrl, gateway.apiKey),
          await connectGateway(b.wsUrl, gateway.apiKey),
        ];
        await deployMany(a, api, gateway.id, 2);
        await Promise.all([onA.waitForEvents(2), onB.waitForEvents(2)]);
        const ids = [onA, onB].map((socket) => socket.connectionAck?.payload.connectionId as string);
        const local = [a.fleet.stats.snapshot().totalEventsSent, b.fleet.stats.snapshot().totalEventsSent];
        for (const server of [a, b]) {
          const stats = (await (await server.admin('/api/internal/v1/stats')).json()) as {
            gatewayConnections: {
              totalActive: number;
              connections: Array<{ connectionId: string; gatewayId: string }>;
            };
            eventDelivery: { totalEventsSent: number };
          };
          expect(
            stats.gatewayConnections.connections.filter((c) => c.gatewayId === gateway.id).map((c) => c.connectionId),
          ).to.have.members(ids);
          expect(stats.gatewayConnections.totalActive).to.equal(stats.gatewayConnections.connections.length);
          expect(stats.eventDelivery.totalEventsSent).to.equal((local[0] ?? 0) + (local[1] ?? 0));
        }
        await Promise.all([onA.close(), onB.close()]);
      });

      it('rotating the key on instance A closes the gateway connection held by instance B with 1008', async () => {
        const gateway = await registerGateway(a);
        const onB = await connectGateway(b.wsUrl, gateway.apiKey);
        await onB.waitFor((s) => s.connectionAck !== undefined);
        expect((await a.admin(`/api/internal/v1/gateways/${gateway.id}/api-keys`, { method: 'POST' })).status).to.equal(
          201,
        );
        expect((await onB.closed).code).to.equal(1008);
      });
    },
    { backends: ['postgres+redis'] },
  ); // PGlite is one process: there is no second instance
});
