import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../src/deps.js';
import { forEachBackend, TEST_ADMIN_TOKEN } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { metricValue } from '../support/realtime.js';
import { createTestApp, startTestServer, type TestTarget } from '../support/server.js';
import { uniqueName } from '../support/services.js';
import { tryUpgrade, type Refusal } from '../support/ws-client.js';

/** Few failures and a short window, so a test sees the lock and its end. */
const THROTTLE = { auth: { failureLimit: 3, failureWindowMs: 5000 }, http: { trustProxy: 'loopback' } };

let nextHost = 1;
/** A source address of its own for each use (`X-Forwarded-For`, trusted from loopback). */
function newSource(): string {
  nextHost += 1;
  return `198.51.${nextHost >> 8}.${nextHost & 255}`;
}

const wrongGatewayKey = (prefix = 'cg_gw_') =>
  prefix +
  randomBytes(32)
    .toString('hex')
    .slice(prefix.length - 6);
const wrongTenantKey = () => `cg_${randomBytes(32).toString('base64url')}`;

async function expectLocked(res: Response): Promise<number> {
  expect(res.status).to.equal(429);
  const body = (await res.json()) as { error: { code: string; message: string; correlationId: string } };
  expect(body.error.code).to.equal('rate_limited');
  expect(body.error.message).to.match(/too many failed authentication attempts/);
  expect(body.error.correlationId).to.be.a('string').and.not.equal('');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).to.be.within(1, 5);
  return retryAfter;
}

describe('authentication failures are throttled', () => {
  forEachBackend((backend) => {
    let app: TestTarget;
    let deps: AppDeps;
    let gateway: { id: string; apiKey: string };
    let tenantKey: string;
    let orgId: string;

    before(async () => {
      app = await createTestApp(backend, { config: THROTTLE });
      deps = app.deps;
      gateway = await deps.fleet.gateways.register({ name: uniqueName('throttle-gw-') });
      ({
        apiKey: { key: tenantKey },
        org: { id: orgId },
      } = await deps.services.orgs.create({ name: uniqueName('throttle-org-'), tier: 'teams' }));
    });
    after(() => app.close());

    const asAdmin = (source: string, token: string) =>
      app.request('/v1/orgs', { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': source } });
    const asGateway = (source: string, apiKey: string) =>
      app.request(`/api/internal/v1/gateways/${gateway.id}/events`, {
        headers: { 'api-key': apiKey, 'x-forwarded-for': source },
      });
    const asTenant = (source: string, key: string) =>
      app.request('/v1/api-keys', { headers: { 'x-api-key': key, 'x-forwarded-for': source } });

    it('admin token: after 3 wrong tokens the source gets 429 + Retry-After, even with the right one, until the window ends', async () => {
      const source = newSource();
      const errorsBefore = await metricValue(deps.metrics, 'goclaw_errors_total', { type: 'rate_limited' });
      const hitsBefore = await metricValue(deps.metrics, 'rate_limit_hits_total', { limiter: 'auth_failures' });
      for (let i = 0; i < 3; i += 1)
        expect((await asAdmin(source, `wrong-${i}`)).status, `attempt ${i + 1}`).to.equal(401);
      await expectLocked(await asAdmin(source, TEST_ADMIN_TOKEN));
      expect(await metricValue(deps.metrics, 'goclaw_errors_total', { type: 'rate_limited' })).to.equal(
        errorsBefore + 1,
      );
      expect(await metricValue(deps.metrics, 'rate_limit_hits_total', { limiter: 'auth_failures' })).to.equal(
        hitsBefore + 1,
      );
      expect((await asAdmin(newSource(), TEST_ADMIN_TOKEN)).status, 'another source').to.equal(200);
      await eventually(async () => (await asAdmin(source, TEST_ADMIN_TOKEN)).status === 200, {
        what: 'the lock to end with the window',
        intervalMs: 100,
      });
    });

    it('gateway api-key over REST: the source is locked, other sources are not', async () => {
      const source = newSource();
      for (let i = 0; i < 3; i += 1) expect((await asGateway(source, wrongGatewayKey())).status).to.equal(401);
      await expectLocked(await asGateway(source, gateway.apiKey));
      expect((await asGateway(newSource(), gateway.apiKey)).status).to.equal(200);
    });

    it('tenant API keys: the source is locked, other sources are not', async () => {
      const source = newSource();
      for (let i = 0; i < 3; i += 1) expect((await asTenant(source, wrongTenantKey())).status).to.equal(401);
      await expectLocked(await asTenant(source, tenantKey));
      expect((await asTenant(newSource(), tenantKey)).status).to.equal(200);
    });

    it("failing against a gateway's key prefix cannot lock the gateway out, but holds guessers to one try", async () => {
      const prefix = gateway.apiKey.slice(0, 10);
      const attackers = [newSource(), newSource(), newSource()];
      // One failure from each of three addresses puts the prefix at its limit.
      for (const attacker of attackers)
        expect((await asGateway(attacker, wrongGatewayKey(prefix))).status).to.equal(401);
      await expectLocked(await asGateway(attackers[0] as string, wrongGatewayKey(prefix)));
      expect((await asGateway(newSource(), gateway.apiKey)).status, 'the gateway, from a clean address').to.equal(200);
    });

    it('a wrong tenant key where the admin token is also accepted is not a guess at the admin token', async () => {
      // getOrg takes the admin token or a tenant credential: both handlers read the same bearer.
      const asTenantBearer = (source: string) =>
        app.request(`/v1/orgs/${orgId}`, {
          headers: { authorization: `Bearer ${wrongTenantKey()}`, 'x-forwarded-for': source },
        });
      const sources = [newSource(), newSource(), newSource()];
      for (const source of sources) expect((await asTenantBearer(source)).status).to.equal(401);
      // Had those counted against the admin target, it would be past its limit of 3 and lock every
      // address that has failed once — these included — out of the admin API.
      expect((await asAdmin(sources[0] as string, TEST_ADMIN_TOKEN)).status).to.equal(200);
    });

    it('does not count an accepted credential, or a request without any', async () => {
      const source = newSource();
      for (let i = 0; i < 5; i += 1) {
        expect((await asAdmin(source, TEST_ADMIN_TOKEN)).status).to.equal(200);
        expect((await app.request('/v1/orgs', { headers: { 'x-forwarded-for': source } })).status).to.equal(401);
      }
      expect((await asAdmin(source, TEST_ADMIN_TOKEN)).status).to.equal(200);
    });
  });

  forEachBackend(
    (backend) => {
      it('counts failures across instances (one Redis)', async () => {
        const first = await createTestApp(backend, { config: THROTTLE });
        const second = await createTestApp(backend, { deps: await backend.secondInstance(first.deps) });
        try {
          const source = newSource();
          const asAdmin = (target: TestTarget, token: string) =>
            target.request('/v1/orgs', { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': source } });
          expect((await asAdmin(first, 'wrong-1')).status).to.equal(401);
          expect((await asAdmin(second, 'wrong-2')).status).to.equal(401);
          expect((await asAdmin(first, 'wrong-3')).status).to.equal(401);
          await expectLocked(await asAdmin(second, TEST_ADMIN_TOKEN));
        } finally {
          await second.close();
          await first.close();
        }
      });
    },
    { backends: ['postgres+redis'] },
  );

  forEachBackend((backend) => {
    it('gateway WebSocket handshake: wrong api-keys lock the source, the right key gets 429 + Retry-After', async () => {
      const server = await startTestServer(backend, { config: { auth: { failureLimit: 3, failureWindowMs: 60_000 } } });
      try {
        const { apiKey } = await server.fleet.gateways.register({ name: uniqueName('throttle-ws-') });
        const url = `${server.wsUrl}/api/internal/v1/ws/gateways/connect`;
        const statuses = [];
        for (let i = 0; i < 3; i += 1)
          statuses.push(((await tryUpgrade(url, { 'api-key': wrongGatewayKey() })) as Refusal).status);
        expect(statuses).to.deep.equal([401, 401, 401]);
        const refusal = await tryUpgrade(url, { 'api-key': apiKey });
        expect(refusal).to.not.equal('upgraded');
        const { status, headers, body } = refusal as Refusal;
        expect(status).to.equal(429);
        expect(body.error.code).to.equal('rate_limited');
        expect(Number(headers['retry-after'])).to.be.within(1, 60);
        const { metrics } = server.deps;
        expect(await metricValue(metrics, 'rate_limit_hits_total', { limiter: 'auth_failures' })).to.equal(1);
        expect(await metricValue(metrics, 'goclaw_errors_total', { type: 'rate_limited' })).to.equal(1);
      } finally {
        await server.close();
      }
    });
  });
});
