import { expect } from 'chai';
import winston from 'winston';
import type { AppDeps } from '../../src/deps.js';
import { AppError } from '../../src/errors.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { QuotaEngine, type QuotaWarning } from '../../src/quotas/index.js';
import type { Database } from '../../src/store/index.js';
import type { OrgTier } from '../../src/tenancy/index.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { metricValue } from '../support/realtime.js';
import { closedPort, uniqueName } from '../support/services.js';

/** How many calls of `work` succeeded; every failure must be `quota_exceeded`. */
async function grantedOf(calls: Array<Promise<unknown>>): Promise<number> {
  const outcomes = await Promise.allSettled(calls);
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') {
      expect(outcome.reason, String(outcome.reason)).to.be.instanceOf(AppError);
      expect((outcome.reason as AppError).code).to.equal('quota_exceeded');
    }
  }
  return outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a refusal');
}

/** An engine on `deps`' database and bus, with its own clock and lease time. */
function engineOn(deps: AppDeps, options: { now?: () => Date; leaseTtlMs?: number } = {}): QuotaEngine {
  return new QuotaEngine({
    db: deps.db,
    bus: deps.bus,
    metrics: deps.metrics,
    logger: deps.logger,
    tiers: deps.config.tiers,
    tierOf: async (orgId) => (await deps.services.orgs.get(orgId)).tier,
    ...options,
  });
}

/** Resolves once `marker` (published after every warning) reached the handler: the warnings before it are all in. */
async function drainWarnings(deps: AppDeps, received: QuotaWarning[][]): Promise<void> {
  const marker: QuotaWarning = { orgId: 'marker', quota: 'sessions', used: 0, limit: 0, percent: 0, resetsAt: null };
  await deps.bus.publish('quota-warnings', JSON.stringify(marker));
  await eventually(() => received.every((list) => list.some((warning) => warning.orgId === 'marker')), {
    what: 'the marker on every instance',
  });
}

describe('quota engine', function () {
  this.timeout(60_000);

  forEachBackend((backend) => {
    let deps: AppDeps;
    before(async () => {
      deps = await backend.createDeps();
    });
    async function newOrg(tier: OrgTier = 'open_source'): Promise<string> {
      return (await deps.services.orgs.create({ name: uniqueName('quota-org-'), tier })).org.id;
    }

    it('grants exactly the limit to 1,000 concurrent reservations (100 of 1,000)', async () => {
      const orgId = await newOrg('open_source');
      const granted = await grantedOf(Array.from({ length: 1000 }, () => deps.quotas.reserve(orgId, 'sessions')));
      expect(granted).to.equal(100);
      const usage = await deps.quotas.usage(orgId);
      expect(usage.quotas.sessions).to.include({ used: 100, limit: 100 });
      expect(await metricValue(deps.metrics, 'quota_usage', { org_id: orgId, quota: 'sessions' })).to.equal(100);
      expect(await metricValue(deps.metrics, 'quota_limit', { org_id: orgId, quota: 'sessions' })).to.equal(100);
      expect(
        await metricValue(deps.metrics, 'quota_exceeded_total', { tier: 'open_source', quota: 'sessions' }),
      ).to.be.at.least(900);
    });

    it('refuses with quota_exceeded, its details and Retry-After to the monthly reset', async () => {
      const orgId = await newOrg('open_source');
      await deps.quotas.reserve(orgId, 'messages', { amount: 9_999 });
      const error = await refusal(deps.quotas.reserve(orgId, 'messages', { amount: 2 }));
      expect(error.code).to.equal('quota_exceeded');
      expect(error.status).to.equal(429);
      const now = new Date();
      const resetsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
      expect(error.details).to.deep.equal({ quota: 'messages', limit: 10_000, used: 9_999, resetsAt });
      expect(Number(error.headers?.['Retry-After'])).to.be.within(1, 86_400);
      // What is left can still be taken.
      expect((await deps.quotas.reserve(orgId, 'messages')).used).to.equal(10_000);
    });

    it('warns once at 80 %, on the bus, however many reservations follow', async () => {
      const orgId = await newOrg('open_source');
      const received: QuotaWarning[] = [];
      const stop = await deps.quotas.onWarning((warning) => received.push(warning));
      try {
        await deps.quotas.reserve(orgId, 'sessions', { amount: 79 });
        await grantedOf(Array.from({ length: 30 }, () => deps.quotas.reserve(orgId, 'sessions')));
        await drainWarnings(deps, [received]);
        const mine = received.filter((warning) => warning.orgId === orgId);
        expect(mine).to.have.length(1);
        // Sent by whichever reservation at or past 80 % records the month's warning first: with 30
        // racing, that can be one a little past 80, and the warning carries the usage it saw.
        expect(mine[0]).to.include({ quota: 'sessions', limit: 100 });
        expect(mine[0]?.used).to.be.within(80, 109);
        expect(mine[0]?.percent).to.equal(mine[0]?.used);
      } finally {
        await stop();
      }
    });

    it('starts a new month at zero, by the month in the key (injected clock)', async () => {
      const orgId = await newOrg('open_source');
      let now = new Date('2030-01-31T23:59:59.000Z');
      const engine = engineOn(deps, { now: () => now });
      try {
        await engine.reserve(orgId, 'sessions', { amount: 100 });
        const error = await refusal(engine.reserve(orgId, 'sessions'));
        expect(error.details).to.deep.include({ used: 100, resetsAt: '2030-02-01T00:00:00.000Z' });
        expect(error.headers?.['Retry-After']).to.equal('1');
        now = new Date('2030-02-01T00:00:00.000Z');
        const grant = await engine.reserve(orgId, 'sessions');
        expect(grant).to.deep.equal({ quota: 'sessions', used: 1, limit: 100, resetsAt: '2030-03-01T00:00:00.000Z' });
        const usage = await engine.usage(orgId);
        expect(usage.period).to.deep.equal({ start: '2030-02-01T00:00:00.000Z', end: '2030-03-01T00:00:00.000Z' });
        expect(usage.quotas.sessions.used).to.equal(1);
      } finally {
        await engine.close();
      }
    });

    it("takes the limit from the organization's tier at reservation time", async () => {
      const orgId = await newOrg('open_source');
      await deps.quotas.reserve(orgId, 'sessions', { amount: 100 });
      await refusal(deps.quotas.reserve(orgId, 'sessions'));
      await deps.services.orgs.update(orgId, { tier: 'teams' });
      expect(await deps.quotas.reserve(orgId, 'sessions')).to.include({ used: 101, limit: 1000 });
    });

    it('counts skills per session, each session on its own', async () => {
      const orgId = await newOrg('open_source');
      const granted = await grantedOf(Array.from({ length: 50 }, () => deps.quotas.reserveSkill(orgId, 's-1')));
      expect(granted).to.equal(10);
      expect((await deps.quotas.reserveSkill(orgId, 's-2')).used).to.equal(1);
      const error = await refusal(deps.quotas.reserveSkill(orgId, 's-1'));
      expect(error.details).to.deep.equal({ quota: 'skillsPerSession', limit: 10, used: 10, resetsAt: null });
      expect((await deps.quotas.usage(orgId)).quotas.skillsPerSession).to.deep.equal({
        used: 10,
        limit: 10,
        resetsAt: null,
      });
      await deps.quotas.endSession(orgId, 's-1');
      expect((await deps.quotas.usage(orgId)).quotas.skillsPerSession.used).to.equal(1);
    });

    it('holds concurrent slots as leases: exact under concurrency, freed by release', async () => {
      const orgId = await newOrg('open_source');
      const attempts = await Promise.allSettled(
        Array.from({ length: 50 }, () => deps.quotas.acquire(orgId, 'concurrentSessions')),
      );
      const leases = attempts.flatMap((attempt) => (attempt.status === 'fulfilled' ? [attempt.value] : []));
      expect(leases).to.have.length(5);
      const error = await refusal(deps.quotas.acquire(orgId, 'concurrentSessions'));
      expect(error.details).to.deep.equal({ quota: 'concurrentSessions', limit: 5, used: 5, resetsAt: null });
      await leases[0]!.release();
      await leases[0]!.release(); // twice frees once
      const again = await deps.quotas.acquire(orgId, 'concurrentSessions');
      expect(again.used).to.equal(5);
      await refusal(deps.quotas.acquire(orgId, 'concurrentSessions'));
      expect((await deps.quotas.usage(orgId)).quotas.concurrentSessions.used).to.equal(5);
    });

    it('stops counting a lease nobody renews once it expires', async () => {
      const orgId = await newOrg('open_source');
      for (let i = 0; i < 5; i += 1) await deps.quotas.acquire(orgId, 'websocketConnections');
      await refusal(deps.quotas.acquire(orgId, 'websocketConnections'));
      // What a dead instance leaves: leases past their expiry.
      await deps.db.query(`update quota_leases set expires_at = now() - interval '1 second' where org_id = $1`, [
        orgId,
      ]);
      expect((await deps.quotas.usage(orgId)).quotas.websocketConnections.used).to.equal(0);
      expect((await deps.quotas.acquire(orgId, 'websocketConnections')).used).to.equal(1);
    });

    it('renews the leases it holds, so a live instance keeps its slots past the lease time', async () => {
      const orgId = await newOrg('open_source');
      const engine = engineOn(deps, { leaseTtlMs: 300 });
      try {
        await engine.acquire(orgId, 'websocketConnections');
        const { rows } = await deps.db.query<{ expires: Date | string }>(
          'select expires_at as expires from quota_leases where org_id = $1',
          [orgId],
        );
        const first = new Date(rows[0]!.expires).getTime();
        await eventually(async () => {
          const later = await deps.db.query<{ expires: Date | string }>(
            'select expires_at as expires from quota_leases where org_id = $1',
            [orgId],
          );
          return new Date(later.rows[0]!.expires).getTime() > first;
        });
      } finally {
        await engine.close();
      }
      expect((await deps.quotas.usage(orgId)).quotas.websocketConnections.used, 'close frees its leases').to.equal(0);
    });

    it('keeps usage across a restart', async () => {
      const orgId = await newOrg('open_source');
      await deps.quotas.reserve(orgId, 'messages', { amount: 1234 });
      deps = await backend.restart(deps);
      expect((await deps.quotas.usage(orgId)).quotas.messages.used).to.equal(1234);
    });

    it('fails closed with database_unavailable when the database does not answer', async () => {
      const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      const db: Database = {
        kind: 'postgres',
        query: () => Promise.reject(down),
        transaction: () => Promise.reject(down),
        ping: () => Promise.reject(down),
        close: () => Promise.resolve(),
      };
      const engine = new QuotaEngine({
        db,
        bus: deps.bus,
        metrics: createMetrics({ defaultMetrics: false }),
        logger: winston.createLogger({ silent: true }),
        tiers: deps.config.tiers,
        tierOf: () => Promise.resolve('government'),
      });
      const orgId = '8a6e0804-2bd0-4672-b79d-d97027f9071a';
      for (const attempt of [
        engine.reserve(orgId, 'sessions'),
        engine.reserveSkill(orgId, 's'),
        engine.acquire(orgId, 'websocketConnections'),
        engine.usage(orgId),
      ]) {
        const error = await refusal(attempt);
        expect(error.code).to.equal('database_unavailable');
        expect(error.status).to.equal(503);
      }
      await engine.close();
    });
  });

  forEachBackend(
    (backend) => {
      let instances: AppDeps[];
      before(async () => {
        const first = await backend.createDeps();
        instances = [first, await backend.secondInstance(first), await backend.secondInstance(first)];
      });
      async function newOrg(): Promise<string> {
        return (await instances[0]!.services.orgs.create({ name: uniqueName('quota-org-'), tier: 'open_source' })).org
          .id;
      }

      it('grants exactly 100 of 1,000 reservations spread over three instances', async () => {
        const orgId = await newOrg();
        const calls = Array.from({ length: 1000 }, (_, i) => instances[i % 3]!.quotas.reserve(orgId, 'sessions'));
        expect(await grantedOf(calls)).to.equal(100);
        for (const deps of instances) expect((await deps.quotas.usage(orgId)).quotas.sessions.used).to.equal(100);
      });

      it('grants exactly the concurrent limit to acquisitions racing on three instances', async () => {
        const orgId = await newOrg();
        const calls = Array.from({ length: 60 }, (_, i) =>
          instances[i % 3]!.quotas.acquire(orgId, 'websocketConnections'),
        );
        expect(await grantedOf(calls)).to.equal(5);
      });

      it('sends the 80 % warning exactly once when three instances race past it, to every instance', async () => {
        const orgId = await newOrg();
        const received: QuotaWarning[][] = instances.map(() => []);
        const stops = await Promise.all(
          instances.map((deps, i) => deps.quotas.onWarning((warning) => received[i]!.push(warning))),
        );
        try {
          await instances[0]!.quotas.reserve(orgId, 'messages', { amount: 7_990 });
          const calls = Array.from({ length: 300 }, (_, i) => instances[i % 3]!.quotas.reserve(orgId, 'messages'));
          expect(await grantedOf(calls)).to.equal(300);
          await drainWarnings(instances[0]!, received);
          for (const list of received) {
            const mine = list.filter((warning) => warning.orgId === orgId);
            expect(mine).to.have.length(1);
            // Whichever reservation at or past 80 % records the month's warning first sends it: usage as it saw it.
            expect(mine[0]).to.include({ quota: 'messages', limit: 10_000, percent: 80 });
            expect(mine[0]?.used).to.be.within(8_000, 8_290);
            expect(mine[0]).to.deep.equal(received[0]!.find((warning) => warning.orgId === orgId));
          }
          const { rows } = await instances[0]!.db.query('select 1 from quota_warnings where org_id = $1', [orgId]);
          expect(rows).to.have.length(1);
        } finally {
          for (const stop of stops) await stop();
        }
      });

      it('enforces quotas with Redis unreachable: they live in PostgreSQL', async () => {
        const orgId = await newOrg();
        const noRedis = await backend.createDeps({
          config: {
            databaseUrl: instances[0]!.config.databaseUrl!,
            redisUrl: `redis://127.0.0.1:${await closedPort()}`,
          },
        });
        try {
          const calls = Array.from({ length: 200 }, () => noRedis.quotas.reserve(orgId, 'sessions'));
          // The warning at 80 cannot be published (no Redis): counted, and the reservations still hold.
          expect(await grantedOf(calls)).to.equal(100);
          expect(await metricValue(noRedis.metrics, 'goclaw_errors_total', { type: 'quota_warning' })).to.equal(1);
          expect((await instances[0]!.quotas.usage(orgId)).quotas.sessions.used).to.equal(100);
        } finally {
          await noRedis.close();
        }
      });
    },
    { backends: ['postgres+redis'] },
  );
});
