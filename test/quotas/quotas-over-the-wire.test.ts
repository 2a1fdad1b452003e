import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import { validateClientChannelServerMessage } from '../../generated/asyncapi/validators.js';
import type { components } from '../../generated/openapi/types.js';
import { startServerProcess } from '../gateways/support/server-process.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { metricValue } from '../support/realtime.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { uniqueName } from '../support/services.js';
import { connectClient, tryUpgrade, type Refusal, type TestClient } from '../support/ws-client.js';

/** open_source organizations get 3 `/ws` connections here; handshakes from 127.0.0.1 are not throttled. */
const CONFIG = { tiers: { open_source: { wsConnections: 3 } } };
const REALTIME = { client: { handshakeRate: { ratePerSecond: 1000, burst: 1000 } } };

/** A fresh organization on `server`, and `/ws` connections of it that `clients` keeps for closing. */
function tenants(server: () => TestServer, clients: TestClient[]) {
  return {
    newOrg: async () => {
      const { org, apiKey } = await server().deps.services.orgs.create({
        name: uniqueName('quota-wire-'),
        tier: 'open_source',
      });
      return { orgId: org.id, key: apiKey.key };
    },
    connect: async (url: string, key: string): Promise<TestClient> => {
      const client = await connectClient(`${url}/ws`, { headers: { 'x-api-key': key } });
      clients.push(client);
      await client.next('connection.ack');
      return client;
    },
  };
}

function refused(result: Refusal | 'upgraded'): Refusal {
  expect(result, 'the upgrade should be refused').to.not.equal('upgraded');
  const refusal = result as Refusal;
  expect(refusal.status).to.equal(429);
  expect(refusal.body.error.code).to.equal('quota_exceeded');
  return refusal;
}

describe('quotas over /ws and REST', function () {
  this.timeout(60_000);

  forEachBackend((backend) => {
    let server: TestServer;
    const clients: TestClient[] = [];
    before(async () => {
      server = await startTestServer(backend, { config: CONFIG, realtime: REALTIME });
    });
    after(async () => {
      for (const client of clients.splice(0)) await client.close();
      await server.close();
    });
    const { newOrg, connect } = tenants(() => server, clients);

    it('refuses the connection past the cap with 429 quota_exceeded and its details; a closed one frees its slot', async () => {
      const { key } = await newOrg();
      const open = [];
      for (let i = 0; i < 3; i += 1) open.push(await connect(server.wsUrl, key));
      const refusal = refused(await tryUpgrade(`${server.wsUrl}/ws`, { 'x-api-key': key }));
      expect(refusal.body.error.details).to.deep.equal({
        quota: 'websocketConnections',
        limit: 3,
        used: 3,
        resetsAt: null,
      });
      expect(refusal.headers['retry-after']).to.match(/^\d+$/);
      await open[0]!.close();
      await eventually(async () => (await tryUpgrade(`${server.wsUrl}/ws`, { 'x-api-key': key })) === 'upgraded', {
        what: 'a slot freed by the closed connection',
      });
    });

    it('sends quota.warning to the organization’s /ws connections at 80 %, once, and counts it', async () => {
      const { orgId, key } = await newOrg();
      const other = await newOrg();
      const client = await connect(server.wsUrl, key);
      const bystander = await connect(server.wsUrl, other.key);
      await server.deps.quotas.reserve(orgId, 'sessions', { amount: 79 });
      await server.deps.quotas.reserve(orgId, 'sessions');
      await server.deps.quotas.reserve(orgId, 'sessions');
      const warning = await client.next('quota.warning');
      expect(validateClientChannelServerMessage(warning).ok).to.equal(true);
      expect(warning.payload).to.deep.include({ quota: 'sessions', used: 80, limit: 100, percent: 80 });
      expect(warning.payload.resetsAt).to.be.a('string');
      expect(
        await metricValue(server.deps.metrics, 'websocket_messages_total', {
          channel: 'client',
          direction: 'out',
          type: 'quota.warning',
        }),
      ).to.be.at.least(1);
      // A ping answered after the warning shows nothing else was on its way to either.
      for (const each of [client, bystander]) {
        each.send({ type: 'ping', id: 'after', timestamp: new Date().toISOString(), payload: {} });
        await each.next('pong');
      }
      expect(client.frames.filter((frame) => frame.type === 'quota.warning')).to.have.length(1);
      expect(bystander.frames.filter((frame) => frame.type === 'quota.warning')).to.have.length(0);
    });

    it('shows usage against the tier limits on GET /v1/usage, for the caller’s organization only', async () => {
      const { orgId, key } = await newOrg();
      await server.deps.quotas.reserve(orgId, 'messages', { amount: 42 });
      await connect(server.wsUrl, key);
      const response = await server.request('/v1/usage', { headers: { 'x-api-key': key } });
      expect(response.status).to.equal(200);
      const usage = (await response.json()) as components['schemas']['Usage'];
      const now = new Date();
      const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
      expect(usage).to.deep.include({ orgId, tier: 'open_source' });
      expect(usage.period.end).to.equal(end);
      expect(usage.quotas).to.deep.equal({
        sessions: { used: 0, limit: 100, resetsAt: end },
        messages: { used: 42, limit: 10_000, resetsAt: end },
        concurrentSessions: { used: 0, limit: 5, resetsAt: null },
        websocketConnections: { used: 1, limit: 3, resetsAt: null },
        skillsPerSession: { used: 0, limit: 10, resetsAt: null },
      });
      // The rate limit as counted for this very request: the org's first tenant request of the minute.
      expect(usage.rateLimit).to.include({ limitPerMinute: 100, remaining: 99 });
      expect(response.headers.get('ratelimit')).to.equal(
        '"open_source";r=99;t=' + /t=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1],
      );
      const second = (await (
        await server.request('/v1/usage', { headers: { 'x-api-key': key } })
      ).json()) as typeof usage;
      expect(second.rateLimit.remaining).to.equal(98);
      expect(Date.parse(second.rateLimit.resetsAt) - Date.now()).to.be.within(0, 61_000);
      const anonymous = await server.request('/v1/usage');
      expect(anonymous.status).to.equal(401);
    });
  });

  forEachBackend(
    (backend) => {
      let a: TestServer;
      let b: TestServer;
      const clients: TestClient[] = [];
      const children: ChildProcess[] = [];
      before(async () => {
        a = await startTestServer(backend, { config: CONFIG, realtime: REALTIME });
        b = await startTestServer(backend, { deps: await backend.secondInstance(a.deps), realtime: REALTIME });
      });
      after(async () => {
        for (const child of children) child.kill('SIGKILL');
        for (const client of clients.splice(0)) await client.close();
        await b.close();
        await a.close();
      });
      const { newOrg, connect } = tenants(() => a, clients);

      it('caps connections across instances: the cap is global, and a close on one frees a slot on the other', async () => {
        const { key } = await newOrg();
        await connect(a.wsUrl, key);
        await connect(a.wsUrl, key);
        const onB = await connect(b.wsUrl, key);
        for (const server of [a, b]) {
          const refusal = refused(await tryUpgrade(`${server.wsUrl}/ws`, { 'x-api-key': key }));
          expect(refusal.body.error.details).to.deep.include({ limit: 3, used: 3 });
        }
        await onB.close();
        await eventually(async () => (await tryUpgrade(`${a.wsUrl}/ws`, { 'x-api-key': key })) === 'upgraded', {
          what: "a slot freed by B's closed connection, on A",
        });
      });

      it("frees a killed instance's slots once their leases expire", async () => {
        const { key } = await newOrg();
        const doomed = await startServerProcess({ ...a.config, quotaLeaseTtlMs: 1500 });
        children.push(doomed.child);
        const wsUrl = doomed.url.replace(/^http/, 'ws');
        for (let i = 0; i < 3; i += 1) await connect(wsUrl, key);
        refused(await tryUpgrade(`${a.wsUrl}/ws`, { 'x-api-key': key }));
        const gone = new Promise((resolve) => doomed.child.once('exit', resolve));
        doomed.child.kill('SIGKILL');
        await gone;
        await eventually(async () => (await tryUpgrade(`${a.wsUrl}/ws`, { 'x-api-key': key })) === 'upgraded', {
          what: "the killed instance's slots to expire",
          timeoutMs: 15_000,
        });
      });

      it('delivers quota.warning to the organization’s connections on every instance', async () => {
        const { orgId, key } = await newOrg();
        const onA = await connect(a.wsUrl, key);
        const onB = await connect(b.wsUrl, key);
        await b.deps.quotas.reserve(orgId, 'messages', { amount: 8_000 });
        for (const client of [onA, onB]) {
          expect((await client.next('quota.warning')).payload).to.deep.include({ quota: 'messages', used: 8_000 });
        }
      });
    },
    { backends: ['postgres+redis'] },
  );
});
