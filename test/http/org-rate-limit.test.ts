import { expect } from 'chai';
import type { AppDeps } from '../../src/deps.js';
import { forEachBackend } from '../support/backends.js';
import { metricValue } from '../support/realtime.js';
import { createTestApp, startTestServer, type TestServer, type TestTarget } from '../support/server.js';
import { closedPort, uniqueName } from '../support/services.js';

/** Small limits, so a test reaches them in a few requests. */
const LIMITS = { tiers: { open_source: { ratePerMinute: 5 }, teams: { ratePerMinute: 8 } } };

interface RateLimitHeaders {
  policy: { name: string; quota: number; window: number };
  remaining: number;
  reset: number;
}

/** The draft-08 `RateLimit-Policy` and `RateLimit` fields of a response, parsed strictly. */
function rateLimitHeaders(res: Response): RateLimitHeaders {
  const policy = /^"([a-z_]+)";q=(\d+);w=(\d+)$/.exec(res.headers.get('ratelimit-policy') ?? '');
  const state = /^"([a-z_]+)";r=(\d+);t=(\d+)$/.exec(res.headers.get('ratelimit') ?? '');
  expect(policy, `RateLimit-Policy: ${res.headers.get('ratelimit-policy')}`).to.not.equal(null);
  expect(state, `RateLimit: ${res.headers.get('ratelimit')}`).to.not.equal(null);
  expect(state?.[1]).to.equal(policy?.[1]);
  return {
    policy: { name: String(policy?.[1]), quota: Number(policy?.[2]), window: Number(policy?.[3]) },
    remaining: Number(state?.[2]),
    reset: Number(state?.[3]),
  };
}

async function expectRateLimited(res: Response, limit: number): Promise<void> {
  expect(res.status).to.equal(429);
  const body = (await res.json()) as { error: { code: string; details: Record<string, number> } };
  expect(body.error.code).to.equal('rate_limited');
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).to.be.within(1, 60);
  expect(body.error.details).to.deep.equal({ limit, windowSeconds: 60, retryAfterSeconds: retryAfter });
  expect(rateLimitHeaders(res)).to.include({ remaining: 0 });
}

async function newOrg(deps: AppDeps, tier: 'open_source' | 'teams' = 'open_source') {
  const { org, apiKey } = await deps.services.orgs.create({ name: uniqueName('rate-org-'), tier });
  return { id: org.id, key: apiKey.key };
}

describe('per-organization rate limits', () => {
  forEachBackend((backend) => {
    let app: TestTarget;
    before(async () => {
      app = await createTestApp(backend, { config: LIMITS });
    });
    after(() => app.close());

    const asOrg = (key: string, path = '/v1/api-keys') => app.request(path, { headers: { 'x-api-key': key } });

    it('allows the tier limit per minute with draft-08 headers, then 429 rate_limited with Retry-After', async () => {
      const org = await newOrg(app.deps);
      const hitsBefore = await metricValue(app.deps.metrics, 'rate_limit_hits_total', {
        limiter: 'org_api',
        tier: 'open_source',
      });
      for (let i = 0; i < 5; i += 1) {
        const res = await asOrg(org.key);
        expect(res.status, `request ${i + 1}`).to.equal(200);
        const headers = rateLimitHeaders(res);
        expect(headers.policy).to.deep.equal({ name: 'open_source', quota: 5, window: 60 });
        expect(headers.remaining).to.equal(4 - i);
        expect(headers.reset).to.be.within(1, 60);
      }
      await expectRateLimited(await asOrg(org.key), 5);
      expect(
        await metricValue(app.deps.metrics, 'rate_limit_hits_total', { limiter: 'org_api', tier: 'open_source' }),
      ).to.equal(hitsBefore + 1);
    });

    it('counts operations without a handler (501) and invalid requests (400) too: the limit is about the caller', async () => {
      const org = await newOrg(app.deps);
      const models = await asOrg(org.key, '/v1/models');
      expect(models.status).to.equal(501);
      expect(rateLimitHeaders(models).remaining).to.equal(4);
      const invalid = await asOrg(org.key, '/v1/api-keys?unknown=1');
      expect(invalid.status).to.equal(400);
      expect(rateLimitHeaders(invalid).remaining).to.equal(3);
      for (let i = 0; i < 3; i += 1) expect((await asOrg(org.key, '/v1/models')).status).to.equal(501);
      await expectRateLimited(await asOrg(org.key, '/v1/models'), 5);
    });

    it('limits each organization on its own, and not the admin token', async () => {
      const busy = await newOrg(app.deps);
      const quiet = await newOrg(app.deps);
      for (let i = 0; i < 6; i += 1) await asOrg(busy.key);
      expect((await asOrg(busy.key)).status).to.equal(429);
      const res = await asOrg(quiet.key);
      expect(res.status).to.equal(200);
      expect(rateLimitHeaders(res).remaining).to.equal(4);
      const admin = await app.admin(`/v1/orgs/${busy.id}`);
      expect(admin.status).to.equal(200);
      expect(admin.headers.get('ratelimit')).to.equal(null);
      expect(admin.headers.get('ratelimit-policy')).to.equal(null);
    });

    it("applies a tier change to the organization's next request", async () => {
      const org = await newOrg(app.deps);
      for (let i = 0; i < 5; i += 1) expect((await asOrg(org.key)).status).to.equal(200);
      await expectRateLimited(await asOrg(org.key), 5);
      const upgrade = await app.admin(`/v1/orgs/${org.id}`, { method: 'PATCH', body: { tier: 'teams' } });
      expect(upgrade.status).to.equal(200);
      // 6 counted so far (the refused one too), teams allows 8 in the same window.
      const next = await asOrg(org.key);
      expect(next.status).to.equal(200);
      expect(rateLimitHeaders(next)).to.deep.include({ remaining: 1 });
      expect(rateLimitHeaders(next).policy).to.deep.equal({ name: 'teams', quota: 8, window: 60 });
      expect((await asOrg(org.key)).status).to.equal(200);
      await expectRateLimited(await asOrg(org.key), 8);
      await app.admin(`/v1/orgs/${org.id}`, { method: 'PATCH', body: { tier: 'open_source' } });
      await expectRateLimited(await asOrg(org.key), 5);
    });
  });

  forEachBackend(
    (backend) => {
      const servers: TestServer[] = [];
      after(async () => {
        for (const server of servers.splice(0).reverse()) await server.close();
      });

      it('holds across three instances sharing Redis: 400 requests round-robin get exactly the limit', async function () {
        this.timeout(60_000);
        const limit = 20;
        const first = await startTestServer(backend, { config: { tiers: { open_source: { ratePerMinute: limit } } } });
        servers.push(first);
        for (let i = 0; i < 2; i += 1)
          servers.push(await startTestServer(backend, { deps: await backend.secondInstance(first.deps) }));
        const instances = servers.slice(0, 3);
        const org = await newOrg(first.deps);
        const other = await newOrg(first.deps);
        const send = (i: number) =>
          fetch(new URL('/v1/models', instances[i % 3]?.url), { headers: { authorization: `Bearer ${org.key}` } });

        // The first requests one at a time: every instance sees the same, decreasing count.
        const remaining: number[] = [];
        for (let i = 0; i < limit; i += 1) {
          const res = await send(i);
          expect(res.status, `request ${i + 1}`).to.equal(501);
          remaining.push(rateLimitHeaders(res).remaining);
        }
        expect(remaining).to.deep.equal(Array.from({ length: limit }, (_, i) => limit - 1 - i));
        // The rest ten at a time: none gets through.
        const statuses: number[] = [];
        for (let i = limit; i < 400; i += 10) {
          const batch = await Promise.all(Array.from({ length: 10 }, (_, j) => send(i + j)));
          for (const res of batch) {
            statuses.push(res.status);
            await res.arrayBuffer();
          }
        }
        expect(statuses.filter((status) => status !== 429)).to.deep.equal([]);
        expect(statuses).to.have.length(400 - limit);
        const unaffected = await fetch(new URL('/v1/models', instances[1]?.url), {
          headers: { 'x-api-key': other.key },
        });
        expect(unaffected.status).to.equal(501);
        expect(rateLimitHeaders(unaffected).remaining).to.equal(limit - 1);
      });

      it('fails open while Redis is down: each instance limits locally, counted in rate_limit_fallback_total', async () => {
        const server = await startTestServer(backend, {
          config: { ...LIMITS, redisUrl: `redis://127.0.0.1:${await closedPort()}` },
        });
        servers.push(server);
        const org = await newOrg(server.deps);
        const asOrg = () => server.request('/v1/api-keys', { headers: { 'x-api-key': org.key } });
        for (let i = 0; i < 5; i += 1) {
          const res = await asOrg();
          expect(res.status, `request ${i + 1}`).to.equal(200);
          expect(rateLimitHeaders(res).remaining).to.equal(4 - i);
        }
        await expectRateLimited(await asOrg(), 5);
        expect(
          await metricValue(server.deps.metrics, 'rate_limit_fallback_total', { limiter: 'org_api' }),
        ).to.be.at.least(6);
      });
    },
    { backends: ['postgres+redis'] },
  );
});
