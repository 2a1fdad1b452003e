import { expect } from 'chai';
import { validateClientChannelServerMessage } from '../../generated/asyncapi/validators.js';
import type { AppDeps } from '../../src/deps.js';
import { createClientChannel, type ClientChannelOptions } from '../../src/realtime/index.js';
import { createServices, type Services } from '../../src/tenancy/index.js';
import { forEachBackend } from '../support/backends.js';
import { metricValue, startRealtimeServer, type RealtimeTestServer } from '../support/realtime.js';
import { connectClient, tryUpgrade, type Refusal } from '../support/ws-client.js';
import { eventually } from '../support/eventually.js';
import { uniqueName } from '../support/services.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Most tests open more than the default burst of 10 handshakes from 127.0.0.1. */
const GENEROUS_RATE = { handshakeRate: { ratePerSecond: 1000, burst: 1000 } };

describe('/ws client channel', () => {
  forEachBackend((backend) => {
    let deps: AppDeps;
    let services: Services;
    let server: RealtimeTestServer | undefined;

    before(async () => {
      deps = await backend.createDeps();
      services = createServices({ db: deps.db });
    });
    after(() => deps?.close());
    afterEach(async () => {
      await server?.close();
      server = undefined;
    });

    async function start(options: ClientChannelOptions = GENEROUS_RATE, extra: { now?: () => number } = {}) {
      server = await startRealtimeServer({
        deps,
        channels: [createClientChannel(deps, services, options)],
        maxConnections: 1000,
        ...extra,
      });
      return server;
    }
    async function newOrg(tier: 'open_source' | 'teams' | 'government' = 'teams') {
      const { org, apiKey } = await services.orgs.create({ name: uniqueName('ws-org-'), tier });
      return { org, key: apiKey.key };
    }
    function refused(result: Refusal | 'upgraded', status: number, code: string): Refusal {
      expect(result).to.not.equal('upgraded');
      const refusal = result as Refusal;
      expect(refusal.status).to.equal(status);
      expect(refusal.body.error.code).to.equal(code);
      expect(refusal.body.error.correlationId).to.be.a('string').and.not.equal('');
      return refusal;
    }

    it('accepts a tenant API key as Bearer and sends connection.ack first', async () => {
      const { url } = await start();
      const { org, key } = await newOrg('teams');
      const client = await connectClient(`${url}/ws`, { headers: { authorization: `Bearer ${key}` } });
      const ack = await client.next();
      expect(ack.type).to.equal('connection.ack');
      expect(validateClientChannelServerMessage(ack).ok).to.equal(true);
      expect(ack.payload).to.include({
        orgId: org.id,
        tier: 'teams',
        heartbeatIntervalMs: 54_000,
        maxFrameBytes: 512 * 1024,
      });
      expect(ack.payload.connectionId).to.match(UUID);
    });

    it('accepts the key as x-api-key and as ?token=', async () => {
      const { url } = await start();
      const { org, key } = await newOrg();
      const byHeader = await connectClient(`${url}/ws`, { headers: { 'x-api-key': key } });
      expect((await byHeader.next('connection.ack')).payload.orgId).to.equal(org.id);
      const byQuery = await connectClient(`${url}/ws?token=${encodeURIComponent(key)}`);
      expect((await byQuery.next('connection.ack')).payload.orgId).to.equal(org.id);
    });

    it('refuses a missing, unknown or revoked credential, and a JWT while none is configured, with 401', async () => {
      const { url } = await start();
      const { org, key } = await newOrg();
      refused(await tryUpgrade(`${url}/ws`), 401, 'unauthenticated');
      refused(await tryUpgrade(`${url}/ws`, { authorization: 'Bearer cg_not-a-real-key' }), 401, 'unauthenticated');
      refused(await tryUpgrade(`${url}/ws?token=nope`), 401, 'unauthenticated');
      // No JWT key is configured here: a JWT is refused like any unknown credential.
      refused(
        await tryUpgrade(`${url}/ws`, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.c2ln' }),
        401,
        'unauthenticated',
      );
      const second = await services.apiKeys.issue(org.id, { name: 'to revoke' });
      expect(await tryUpgrade(`${url}/ws`, { 'x-api-key': second.key })).to.equal('upgraded');
      await services.apiKeys.revoke(org.id, second.id);
      refused(await tryUpgrade(`${url}/ws`, { 'x-api-key': second.key }), 401, 'unauthenticated');
      expect(await tryUpgrade(`${url}/ws`, { 'x-api-key': key }), 'the other key still works').to.equal('upgraded');
    });

    it('answers ping with pong, and session messages with not_implemented, keeping the connection', async () => {
      const { url } = await start();
      const { key } = await newOrg();
      const client = await connectClient(`${url}/ws`, { headers: { 'x-api-key': key } });
      await client.next('connection.ack');
      client.send({ type: 'ping', id: 'p-1', timestamp: new Date().toISOString(), payload: {} });
      const pong = await client.next();
      expect(pong.type).to.equal('pong');
      expect(pong.correlationId).to.equal('p-1');
      expect(validateClientChannelServerMessage(pong).ok).to.equal(true);

      client.send({
        type: 'session.join',
        id: 'j-1',
        timestamp: new Date().toISOString(),
        payload: { sessionId: '8a6e0804-2bd0-4672-b79d-d97027f9071a' },
      });
      const error = await client.next();
      expect(error.type).to.equal('error');
      expect(error.payload.code).to.equal('not_implemented');
      expect(error.correlationId).to.equal('j-1');
      expect(client.isOpen()).to.equal(true);
    });

    it('caps concurrent connections per organization by tier (open_source: 5) with 429 quota_exceeded', async () => {
      const { url } = await start();
      const small = await newOrg('open_source');
      const other = await newOrg('open_source');
      const open = [];
      for (let i = 0; i < 5; i += 1)
        open.push(await connectClient(`${url}/ws`, { headers: { 'x-api-key': small.key } }));
      const refusal = refused(await tryUpgrade(`${url}/ws`, { 'x-api-key': small.key }), 429, 'quota_exceeded');
      expect(refusal.body.error.details).to.deep.include({ quota: 'websocketConnections', limit: 5 });
      expect(
        await tryUpgrade(`${url}/ws`, { 'x-api-key': other.key }),
        'another organization has its own cap',
      ).to.equal('upgraded');
      expect(
        await metricValue(deps.metrics, 'quota_exceeded_total', { tier: 'open_source', quota: 'ws_connections' }),
      ).to.be.at.least(1);

      const first = open[0]!;
      first.ws.close(1000);
      await first.closed;
      // Once the server has seen the close, the organization is under its cap again.
      await eventually(async () => (await tryUpgrade(`${url}/ws`, { 'x-api-key': small.key })) === 'upgraded', {
        what: 'the organization under its cap again',
      });
    });

    it('rate-limits handshakes per source address at the default (burst 10) with 429 + Retry-After', async () => {
      const frozen = Date.now();
      const { url } = await start({}, { now: () => frozen });
      for (let i = 0; i < 10; i += 1) refused(await tryUpgrade(`${url}/ws`), 401, 'unauthenticated');
      const refusal = refused(await tryUpgrade(`${url}/ws`), 429, 'rate_limited');
      expect(refusal.headers['retry-after']).to.equal('1');
    });
  });
});
