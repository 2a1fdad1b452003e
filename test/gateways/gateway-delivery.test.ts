import { expect } from 'chai';
import type { ApiDeployedMessage } from '../../generated/asyncapi/index.js';
import { GatewayEventsClient } from '../../generated/sdk/index.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { createApi, deploy, deployMany, registerGateway, FLEET_TEST_CONFIG } from './support/fleet-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { connectGateway } from '../support/ws-client.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('gateway event delivery', function () {
  forEachBackend((backend) => {
    let server: TestServer;
    const cleanups: Array<() => Promise<unknown>> = [];

    before(async () => {
      // A short poll so the lost-doorbell test does not wait 5 s.
      server = await startTestServer(backend, {
        config: FLEET_TEST_CONFIG,
        realtime: { gateway: { pollIntervalMs: 100 } },
      });
    });
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    });
    after(async () => {
      await server?.close();
    });

    const socket = async (...args: Parameters<typeof connectGateway>) => {
      const opened = await connectGateway(...args);
      cleanups.push(() => opened.close());
      return opened;
    };
    const sdkClient = (apiKey: string, lastSeq?: number) => {
      const client = new GatewayEventsClient({
        url: server.wsUrl,
        headers: { 'api-key': apiKey },
        reconnect: { baseMs: 20, maxMs: 100 },
        heartbeat: false,
        ...(lastSeq === undefined ? {} : { lastSeq }),
      });
      cleanups.push(() => client.close());
      return client;
    };

    it('the generated SDK receives every event once, in order, across a gap of 50 events and a server-side drop', async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const received: number[] = [];
      const first = sdkClient(gateway.apiKey);
      first.on('api.deployed', (event: ApiDeployedMessage) => void received.push(event.seq));
      await first.connect();
      await deployMany(server, api, gateway.id, 10);
      await eventually(() => received.length === 10, { what: '10 events' });
      await first.close();

      // 50 events while the gateway is away; it comes back with the last seq it processed.
      await deployMany(server, api, gateway.id, 50);
      const acks: Array<{ resumeFrom?: number; recovered: boolean }> = [];
      const second = sdkClient(gateway.apiKey, first.lastSeq);
      second.on('connection.ack', (ack) => void acks.push(ack.payload));
      second.on('api.deployed', (event: ApiDeployedMessage) => void received.push(event.seq));
      await second.connect();
      await eventually(() => received.length === 60, { what: '60 events' });
      expect(acks[0]).to.include({ resumeFrom: 10, recovered: true });

      // The server drops the connection; the SDK reconnects on its own and resumes without gaps or duplicates.
      for (const conn of server.realtime.registry.byChannel('gatewayEvents')) conn.close(1011, 'test: dropped');
      await deployMany(server, api, gateway.id, 5);
      await eventually(() => received.length === 65, { what: '65 events' });
      // A last event as a sentinel: delivery is in order, so a duplicate would arrive before it.
      await deploy(server, api, gateway.id);
      await eventually(() => received.length >= 66, { what: 'the sentinel event' });
      expect(received).to.deep.equal(range(1, 66));
      expect(acks.length).to.be.greaterThanOrEqual(2);
    });

    it('answers recovered: false for a position older than retained, continues from the oldest retained, and the gateway can resync over REST', async () => {
      // A server keeping only 20 events per gateway, on storage of its own.
      const server = await startTestServer(backend, { config: FLEET_TEST_CONFIG, retention: 20 });
      cleanups.push(() => server.close());
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      await deployMany(server, api, gateway.id, 30); // retention 20: 11..30 are kept
      const late = await socket(server.wsUrl, gateway.apiKey, { lastEventSeq: 3 });
      await late.waitForEvents(20);
      expect(late.connectionAck?.payload).to.include({
        resumeFrom: 3,
        latestSeq: 30,
        oldestRetainedSeq: 11,
        recovered: false,
      });
      expect(late.events.map((event) => event.seq)).to.deep.equal(range(11, 30));

      const resync = await fetch(`${server.url}/api/internal/v1/gateways/${gateway.id}/deployments?limit=100`, {
        headers: { 'api-key': gateway.apiKey },
      });
      expect(resync.status).to.equal(200);
      const page = (await resync.json()) as { items: Array<{ status: string }> };
      expect(page.items).to.have.length(30);
      expect(page.items.every((item) => item.status === 'deployed')).to.equal(true);

      // A position inside the retained range is recovered.
      const inRange = await socket(server.wsUrl, gateway.apiKey, { since: 25 });
      await inRange.waitForEvents(5);
      expect(inRange.connectionAck?.payload).to.include({ recovered: true });
    });

    it('serves the same log over HTTP: the events endpoint matches the WebSocket frames', async () => {
      const gateway = await registerGateway(server);
      const other = await registerGateway(server);
      const api = await createApi(server);
      const live = await socket(server.wsUrl, gateway.apiKey);
      const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
      await deploy(server, api, gateway.id, { headers: { 'x-request-id': 'deploy-req-1', traceparent } });
      await deployMany(server, api, gateway.id, 4);
      const undeployed = await deploy(server, api, gateway.id);
      expect(
        (await server.admin(`/api/internal/v1/apis/${api.id}/deployments/${undeployed.id}`, { method: 'DELETE' }))
          .status,
      ).to.equal(204);
      await live.waitForEvents(7);
      expect(live.events[0]).to.include({ correlationId: 'deploy-req-1', traceparent });
      expect(live.events[6]).to.include({ type: 'api.undeployed' });
      expect(live.events[6]?.payload).to.include({ apiUuid: api.id, deploymentId: undeployed.id });

      const own = await fetch(`${server.url}/api/internal/v1/gateways/${gateway.id}/events?after=0`, {
        headers: { 'api-key': gateway.apiKey },
      });
      expect(own.status).to.equal(200);
      const page = (await own.json()) as { items: unknown[]; latestSeq: number; oldestRetainedSeq: number };
      expect(page.items).to.deep.equal(live.events);
      expect(page).to.include({ latestSeq: 7, oldestRetainedSeq: 1 });

      const after5 = (await (
        await server.admin(`/api/internal/v1/gateways/${gateway.id}/events?after=5&limit=1`)
      ).json()) as { items: unknown[] };
      expect(after5.items).to.deep.equal([live.events[5]]);
      const foreign = await fetch(`${server.url}/api/internal/v1/gateways/${gateway.id}/events`, {
        headers: { 'api-key': other.apiKey },
      });
      expect(foreign.status).to.equal(403);
      expect(((await foreign.json()) as { error: { code: string } }).error.code).to.equal('forbidden');
      expect((await fetch(`${server.url}/api/internal/v1/gateways/${gateway.id}/events`)).status).to.equal(401);
    });

    it('delivers an event whose doorbell was lost: the instance poll finds the log moved', async () => {
      const gateway = await registerGateway(server);
      const live = await socket(server.wsUrl, gateway.apiKey);
      await live.waitFor((s) => s.connectionAck !== undefined);
      // Appended and committed like a deploy would, but nobody rings (a lost pub/sub message).
      await server.deps.db.transaction((tx) =>
        server.fleet.eventLog.append(
          tx,
          gateway.id,
          { type: 'api.undeployed', payload: { apiUuid: gateway.id, vhost: 'api.example.com', environment: 'quiet' } },
          { correlationId: 'no-doorbell' },
        ),
      );
      await live.waitForEvents(1);
      expect(live.events[0]).to.include({ seq: 1, correlationId: 'no-doorbell' });
    });

    it('updating a gateway sends gateway.config.updated with the changed settings; a no-op update sends nothing', async () => {
      const gateway = await registerGateway(server);
      const live = await socket(server.wsUrl, gateway.apiKey);
      await live.waitFor((s) => s.connectionAck !== undefined);
      const patch = (body: unknown) =>
        server.admin(`/api/internal/v1/gateways/${gateway.id}`, { method: 'PATCH', body });
      const updated = await patch({ labels: { region: 'eu-central-1' }, vhost: 'edge.example.com' });
      expect(updated.status).to.equal(200);
      expect(await updated.json()).to.deep.include({ labels: { region: 'eu-central-1' }, vhost: 'edge.example.com' });
      expect((await patch({ labels: { region: 'eu-central-1' } })).status).to.equal(200); // nothing changes
      expect((await patch({ description: 'now described' })).status).to.equal(200);
      await live.waitForEvents(2);
      expect(live.events.map((event) => [event.type, event.seq, event.payload.changes])).to.deep.equal([
        ['gateway.config.updated', 1, ['vhost', 'labels']],
        ['gateway.config.updated', 2, ['description']],
      ]);
      const now = (await (await server.admin(`/api/internal/v1/gateways/${gateway.id}`)).json()) as { name: string };
      expect(live.events[1]?.payload.config).to.deep.equal({
        name: now.name,
        description: 'now described',
        vhost: 'edge.example.com',
        labels: { region: 'eu-central-1' },
      });
      const log = (await (await server.admin(`/api/internal/v1/gateways/${gateway.id}/events`)).json()) as {
        latestSeq: number;
      };
      expect(log.latestSeq).to.equal(2);
    });

    it('deleting an API sends api.undeployed to every gateway it was deployed on', async () => {
      const [a, b] = [await registerGateway(server), await registerGateway(server)];
      const api = await createApi(server);
      const [onA, onB] = [await socket(server.wsUrl, a.apiKey), await socket(server.wsUrl, b.apiKey)];
      await deploy(server, api, a.id);
      await deploy(server, api, b.id);
      expect((await server.admin(`/api/internal/v1/apis/${api.id}`, { method: 'DELETE' })).status).to.equal(204);
      await Promise.all([onA.waitForEvents(2), onB.waitForEvents(2)]);
      for (const feed of [onA, onB])
        expect(feed.events.map((event) => event.type)).to.deep.equal(['api.deployed', 'api.undeployed']);
    });

    it('reports connections and delivery counters in the documented stats shape, and counts sent events in metrics', async () => {
      const before = (await (await server.admin('/api/internal/v1/stats')).json()) as {
        eventDelivery: { totalEventsSent: number };
      };
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const sockets = [await socket(server.wsUrl, gateway.apiKey), await socket(server.wsUrl, gateway.apiKey)];
      await deployMany(server, api, gateway.id, 3);
      await Promise.all(sockets.map((s) => s.waitForEvents(3)));

      const response = await server.admin('/api/internal/v1/stats');
      expect(response.status).to.equal(200);
      const stats = (await response.json()) as {
        gatewayConnections: { totalActive: number; connections: Array<Record<string, unknown>> };
        eventDelivery: Record<string, unknown>;
      };
      expect(Object.keys(stats)).to.have.members(['gatewayConnections', 'eventDelivery']);
      expect(Object.keys(stats.eventDelivery)).to.have.members([
        'totalEventsSent',
        'failedDeliveries',
        'lastFailureTime',
        'lastFailureReason',
      ]);
      const mine = stats.gatewayConnections.connections.filter((connection) => connection.gatewayId === gateway.id);
      expect(mine.map((connection) => connection.connectionId)).to.have.members(
        sockets.map((s) => s.connectionAck?.payload.connectionId),
      );
      for (const connection of mine) {
        expect(Object.keys(connection)).to.have.members([
          'gatewayId',
          'connectionId',
          'connectedAt',
          'lastHeartbeat',
          'status',
        ]);
        expect(connection.status).to.equal('connected');
      }
      expect(stats.gatewayConnections.totalActive).to.equal(stats.gatewayConnections.connections.length);
      expect(stats.eventDelivery.totalEventsSent).to.equal(before.eventDelivery.totalEventsSent + 6);

      const metrics = await (await fetch(`${server.url}/metrics`)).text();
      expect(metrics).to.match(/^gateway_events_sent_total\{type="api.deployed"\} \d+/m);
      expect(metrics).to.match(/^gateway_event_delivery_lag_seconds_count \d+/m);

      await Promise.all(sockets.map((s) => s.close()));
      await eventually(
        async () => {
          const after = (await (await server.admin('/api/internal/v1/stats')).json()) as typeof stats;
          return !after.gatewayConnections.connections.some((connection) => connection.gatewayId === gateway.id);
        },
        { what: 'closed connections to leave the stats' },
      );
    });
  });
});
