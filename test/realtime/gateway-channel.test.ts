import { expect } from 'chai';
import type { AppDeps } from '../../src/deps.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import {
  createApi,
  deploy,
  deployMany,
  registerGateway,
  FLEET_TEST_CONFIG,
} from '../gateways/support/fleet-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectGateway, type TestClient } from '../support/ws-client.js';

const seqs = (socket: TestClient) => socket.events.map((event) => event.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Waits until the stored acked_seq reaches `seq` (acks are persisted asynchronously, batched). */
async function storedAck(deps: AppDeps, gatewayId: string, seq: number): Promise<void> {
  const sql = 'select acked_seq from gateways where id = $1';
  await eventually(
    async () =>
      Number((await deps.db.query<{ acked_seq: string | number }>(sql, [gatewayId])).rows[0]?.acked_seq) >= seq,
    {
      what: `acked_seq ${seq} stored`,
    },
  );
}

describe('gateway event channel', function () {
  forEachBackend((backend) => {
    let server: TestServer;
    const sockets: TestClient[] = [];
    const open = async (...args: Parameters<typeof connectGateway>) => {
      const socket = await connectGateway(...args);
      sockets.push(socket);
      return socket;
    };

    before(async () => {
      server = await startTestServer(backend, { config: FLEET_TEST_CONFIG });
    });
    afterEach(async () => {
      await Promise.all(sockets.splice(0).map((socket) => socket.close()));
    });
    after(async () => {
      await server?.close();
    });

    it('refuses an upgrade without a key, with an unknown key, and with a malformed resume position', async () => {
      const gateway = await registerGateway(server);
      const refused = async (...args: Parameters<typeof connectGateway>) => {
        try {
          await open(...args);
        } catch (error) {
          return error as { status: number; body: { error: { code: string } } };
        }
        throw new Error('the upgrade was accepted');
      };
      const noKey = await refused(server.wsUrl, undefined);
      expect(noKey.status).to.equal(401);
      expect(noKey.body.error.code).to.equal('unauthenticated');
      expect((await refused(server.wsUrl, 'cg_gw_0000')).status).to.equal(401);
      const badSeq = await refused(server.wsUrl, gateway.apiKey, { lastEventSeq: '-1' });
      expect(badSeq.status).to.equal(400);
      expect(badSeq.body.error.code).to.equal('validation_failed');
      expect((await refused(server.wsUrl, gateway.apiKey, { since: 'abc' })).status).to.equal(400);
    });

    it('sends connection.ack first, then 100 deployments in order on all three connections of one gateway', async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const connections = await Promise.all([1, 2, 3].map(() => open(server.wsUrl, gateway.apiKey)));
      for (const socket of connections) await socket.waitFor((s) => s.connectionAck !== undefined, 'connection.ack');
      const deployments = await deployMany(server, api, gateway.id, 100);
      await Promise.all(connections.map((socket) => socket.waitForEvents(100)));
      for (const socket of connections) {
        expect(socket.frames[0]?.type).to.equal('connection.ack');
        expect(socket.connectionAck?.payload).to.include({ gatewayId: gateway.id, latestSeq: 0, recovered: true });
        expect(seqs(socket)).to.deep.equal(range(1, 100));
        expect(socket.events.map((event) => event.payload.deploymentId)).to.deep.equal(deployments);
        expect(
          socket.events.every((event) => event.type === 'api.deployed' && event.payload.apiUuid === api.id),
        ).to.equal(true);
      }
      // The same event has the same eventId on every connection.
      expect(connections[1]?.events.map((event) => event.eventId)).to.deep.equal(
        connections[0]?.events.map((event) => event.eventId),
      );
      expect(new Set(connections[0]?.events.map((event) => event.eventId)).size).to.equal(100);
    });

    it('delivers exactly the missed events, in order, to a gateway that reconnects with its last seq', async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const first = await open(server.wsUrl, gateway.apiKey);
      await deployMany(server, api, gateway.id, 10);
      await first.waitForEvents(10);
      await first.close();

      await deployMany(server, api, gateway.id, 50);
      const byHeader = await open(server.wsUrl, gateway.apiKey, { lastEventSeq: 10 });
      const bySince = await open(server.wsUrl, gateway.apiKey, { since: 10 });
      await Promise.all([byHeader.waitForEvents(50), bySince.waitForEvents(50)]);
      for (const socket of [byHeader, bySince]) {
        expect(socket.connectionAck?.payload).to.include({ resumeFrom: 10, latestSeq: 60, recovered: true });
        expect(seqs(socket)).to.deep.equal(range(11, 60));
      }
      // Live events continue after the catch-up, on both.
      await deploy(server, api, gateway.id);
      await Promise.all([byHeader.waitForEvents(51), bySince.waitForEvents(51)]);
      expect(seqs(byHeader)).to.deep.equal(range(11, 61));
      expect(seqs(bySince)).to.deep.equal(range(11, 61));
    });

    it('redelivers unacknowledged events on a reconnect without a resume position (acks are cumulative)', async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const first = await open(server.wsUrl, gateway.apiKey);
      await deployMany(server, api, gateway.id, 10);
      await first.waitForEvents(10);
      first.ack(3);
      first.ack(6); // cumulative: 6 covers 1..6
      await storedAck(server.deps, gateway.id, 6);
      await first.close();

      const again = await open(server.wsUrl, gateway.apiKey);
      await again.waitForEvents(4);
      expect(again.connectionAck?.payload).to.include({ latestSeq: 10, recovered: true });
      expect(again.connectionAck?.payload).not.to.have.property('resumeFrom');
      expect(seqs(again)).to.deep.equal(range(7, 10));
      expect(again.events.map((event) => event.eventId)).to.deep.equal(
        first.events.slice(6).map((event) => event.eventId),
      );
    });

    it("answers an ack ahead of the gateway's latest event with an error frame and keeps the connection", async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const socket = await open(server.wsUrl, gateway.apiKey);
      await socket.waitFor((s) => s.connectionAck !== undefined);
      await deployMany(server, api, gateway.id, 2);
      await socket.waitForEvents(2);
      socket.ack(99);
      await socket.waitFor((s) => s.frames.some((frame) => frame.type === 'error'));
      const error = socket.frames.find((frame) => frame.type === 'error');
      expect(error?.payload).to.deep.include({ code: 'conflict', details: { seq: 99, latestSeq: 2 } });
      expect((await server.fleet.eventLog.position(gateway.id))?.ackedSeq).to.equal(0);
      socket.send({ type: 'ping', id: 'p-1', timestamp: new Date().toISOString(), payload: {} });
      await socket.waitFor((s) => s.frames.some((frame) => frame.type === 'pong'));
      expect(socket.frames.find((frame) => frame.type === 'pong')?.correlationId).to.equal('p-1');
    });

    it('closes live connections with 1008 when the key is rotated, and refuses the old key afterwards', async () => {
      const gateway = await registerGateway(server);
      const sockets = await Promise.all([open(server.wsUrl, gateway.apiKey), open(server.wsUrl, gateway.apiKey)]);
      for (const socket of sockets) await socket.waitFor((s) => s.connectionAck !== undefined);
      const rotated = await server.admin(`/api/internal/v1/gateways/${gateway.id}/api-keys`, { method: 'POST' });
      expect(rotated.status).to.equal(201);
      const { apiKey } = (await rotated.json()) as { apiKey: string };
      for (const socket of sockets) expect((await socket.closed).code).to.equal(1008);
      try {
        await open(server.wsUrl, gateway.apiKey);
        expect.fail('the old key was accepted');
      } catch (error) {
        expect((error as { status: number }).status).to.equal(401);
      }
      const fresh = await open(server.wsUrl, apiKey);
      await fresh.waitFor((s) => s.connectionAck !== undefined);
    });

    it('closes live connections with 1008 when the gateway is deleted', async () => {
      const gateway = await registerGateway(server);
      const socket = await open(server.wsUrl, gateway.apiKey);
      await socket.waitFor((s) => s.connectionAck !== undefined);
      expect((await server.admin(`/api/internal/v1/gateways/${gateway.id}`, { method: 'DELETE' })).status).to.equal(
        204,
      );
      expect((await socket.closed).code).to.equal(1008);
    });
  });
});
