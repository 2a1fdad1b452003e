import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import pg from 'pg';
import { HealthChecks } from '../../src/http/health.js';
import { ServerLifecycle } from '../../src/http/lifecycle.js';
import { loadConfig } from '../../src/config/index.js';
import { createPgDatabase } from '../../src/store/pg.js';
import { IN_CI } from '../support/services.js';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, startTestServer, type TestTarget } from '../support/server.js';

interface Check {
  status: 'up' | 'down' | 'skipped';
  latencyMs?: number;
  details?: Record<string, unknown>;
}

describe('health, info and metrics', function () {
  forEachBackend((backend) => {
    let server: TestTarget;
    before(async () => {
      server = await createTestApp(backend);
    });
    after(() => server?.close());

    it('is live and ready, with every readiness check named', async () => {
      expect((await server.request('/health/live')).status).to.equal(200);
      const res = await server.request('/health/ready');
      expect(res.status).to.equal(200);
      const body = (await res.json()) as { status: string; checks: Record<string, Check> };
      expect(body.status).to.equal('ready');
      expect(body.checks.database?.status).to.equal('up');
      expect(body.checks.migrations?.status).to.equal('up');
      expect(body.checks.shutdown?.status).to.equal('up');
      expect(body.checks.redis?.status).to.equal(backend.name === 'postgres+redis' ? 'up' : 'skipped');
    });

    it('reports database, Redis, disk and memory in /health', async () => {
      const res = await server.request('/health');
      expect(res.status).to.equal(200);
      const body = (await res.json()) as { status: string; checks: Record<string, Check> };
      expect(body.status).to.equal('ok');
      expect(body.checks.database?.details?.kind).to.equal(backend.name === 'postgres+redis' ? 'postgres' : 'pglite');
      expect(body.checks.redis?.status).to.equal(backend.name === 'postgres+redis' ? 'up' : 'skipped');
      expect(body.checks.disk?.details?.freeBytes).to.be.a('number').greaterThan(0);
      expect(body.checks.disk?.details?.path).to.equal(server.config.stateDir);
      expect(body.checks.memory?.details?.rssBytes).to.be.a('number').greaterThan(0);
    });

    it('tells name, version, commit, uptime and mode in /info', async () => {
      const body = (await (await server.request('/info')).json()) as Record<string, unknown>;
      expect(body).to.include({ name: 'clawgate', version: '0.1.0', env: 'test' });
      expect(body.mode).to.deep.equal(
        backend.name === 'postgres+redis'
          ? { database: 'postgres', bus: 'redis' }
          : { database: 'pglite', bus: 'memory' },
      );
      expect(body.uptimeSeconds).to.be.a('number').at.least(0);
      expect(
        body.commit === null || (typeof body.commit === 'string' && /^[0-9a-f]{7,40}$/.test(body.commit)),
      ).to.equal(true);
    });

    it('is valid Prometheus text (promtool check metrics) after real traffic', async function () {
      // A real listener: request metrics tell a finished answer from a client that hung up by the socket.
      const listening = await startTestServer(backend);
      let text: string;
      try {
        await listening.request('/health/live');
        await listening.request('/v1/orgs', { headers: listening.adminHeaders() });
        await listening.request('/nope');
        const res = await listening.request('/metrics');
        expect(res.status).to.equal(200);
        expect(res.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
        text = await res.text();
      } finally {
        await listening.close();
      }
      expect(text).to.contain('http_requests_total{method="GET",route="/v1/orgs",status="200"}');
      expect(text).to.contain('http_request_duration_seconds_bucket');
      expect(text).to.contain('process_cpu_user_seconds_total');
      const check = spawnSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8' });
      if (check.error !== undefined) {
        if (IN_CI) throw check.error;
        this.skip(); // promtool not installed (Debian package prometheus)
      }
      expect(check.status, `${check.stdout}${check.stderr}`).to.equal(0);
    });
  });

  describe('readiness when a dependency is down', () => {
    it('answers not ready and unhealthy, naming the database error', async () => {
      // A real pool against a port nobody listens on.
      const pool = new pg.Pool({
        connectionString: 'postgres://postgres@127.0.0.1:1/none',
        connectionTimeoutMillis: 1000,
      });
      const db = createPgDatabase({ pool });
      const config = loadConfig({ env: { NODE_ENV: 'test', CLAWGATE_STATE_DIR: process.cwd() } });
      const health = new HealthChecks({
        deps: { db, config },
        lifecycle: new ServerLifecycle(),
        migrationsApplied: () => Promise.resolve(true),
      });
      try {
        const { ready, checks } = await health.readiness();
        expect(ready).to.equal(false);
        expect(checks.database.status).to.equal('down');
        expect(String(checks.database.details?.error)).to.match(/ECONNREFUSED|connect/);
        const report = await health.report();
        expect(report.healthy).to.equal(false);
      } finally {
        await db.close();
      }
    });

    it('answers not ready while migrations are pending and during shutdown', async () => {
      const lifecycle = new ServerLifecycle();
      const ok = {
        kind: 'pglite' as const,
        ping: async () => {},
        query: () => Promise.resolve({ rows: [], rowCount: 0 }),
        transaction: () => Promise.resolve(undefined as never),
        close: async () => {},
      };
      const config = loadConfig({ env: { NODE_ENV: 'test', CLAWGATE_STATE_DIR: process.cwd() } });
      let applied = false;
      const health = new HealthChecks({
        deps: { db: ok, config },
        lifecycle,
        migrationsApplied: () => Promise.resolve(applied),
      });
      expect((await health.readiness()).checks.migrations.status).to.equal('down');
      applied = true;
      expect((await health.readiness()).ready).to.equal(true);
      lifecycle.beginShutdown();
      const during = await health.readiness();
      expect(during.ready).to.equal(false);
      expect(during.checks.shutdown.status).to.equal('down');
    });
  });
});
