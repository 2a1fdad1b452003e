import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { AppError } from '../../src/errors.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { metricValue } from '../support/realtime.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { closedPort, IN_CI, uniqueName } from '../support/services.js';
import { connectClient, tryUpgrade, type Refusal, type TestClient } from '../support/ws-client.js';

/** Small limits, reached in a few requests: per minute, `/ws` connections at once, sessions a month. */
const RATE = 4;
const WS_CAP = 2;
const SESSIONS = 3;

interface Envelope {
  error: { code: string; details?: Record<string, unknown> };
}

/** `r` of the draft-08 `RateLimit` header: requests left in the window. */
function remaining(res: Response): number {
  const match = /;r=(\d+);/.exec(res.headers.get('ratelimit') ?? '');
  expect(match, `RateLimit: ${res.headers.get('ratelimit')}`).to.not.equal(null);
  return Number(match?.[1]);
}

/** Accepts connections (Redis is listening), without speaking Redis to it. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('Redis stopped under running instances, and started again', function () {
  this.timeout(60_000);
  forEachBackend(
    (backend) => {
      let port: number;
      let dir: string;
      let redis: ChildProcess | undefined;
      let a: TestServer | undefined;
      let b: TestServer | undefined;
      let org: { id: string; key: string };
      const clients: TestClient[] = [];

      /** A redis-server of its own on `port`, keeping nothing: a restart starts empty. */
      async function startRedis(): Promise<void> {
        redis = spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
          { stdio: 'ignore' },
        );
        await eventually(() => listening(port), { what: 'redis-server listening', intervalMs: 50 });
      }
      async function stopRedis(): Promise<void> {
        const child = redis;
        if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }

      const instances = () => [a as TestServer, b as TestServer];
      /** The i-th tenant request, round-robin over both instances. */
      const tenant = (i: number) =>
        fetch(new URL('/v1/usage', instances()[i % 2]?.url), { headers: { 'x-api-key': org.key } });
      const fallbacks = async () => {
        let sum = 0;
        for (const server of instances())
          sum += await metricValue(server.deps.metrics, 'rate_limit_fallback_total', { limiter: 'org_api' });
        return sum;
      };
      const readiness = async () =>
        Promise.all(instances().map(async (s) => (await s.request('/health/ready')).status));

      before(async function () {
        if (spawnSync('redis-server', ['--version']).error !== undefined) {
          if (IN_CI) throw new Error('redis-server must be installed when CI=true: this test starts one');
          this.skip();
        }
        port = await closedPort();
        dir = mkdtempSync(path.join(tmpdir(), 'clawgate-redis-outage-'));
        await startRedis();
        a = await startTestServer(backend, {
          config: {
            redisUrl: `redis://127.0.0.1:${port}`,
            tiers: { open_source: { ratePerMinute: RATE, wsConnections: WS_CAP, sessionsPerMonth: SESSIONS } },
          },
        });
        b = await startTestServer(backend, { deps: await backend.secondInstance(a.deps) });
        const created = await a.admin('/v1/orgs', {
          method: 'POST',
          body: { name: uniqueName('outage-org-'), tier: 'open_source' },
        });
        expect(created.status).to.equal(201);
        const body = (await created.json()) as { org: { id: string }; apiKey: { key: string } };
        org = { id: body.org.id, key: body.apiKey.key };
      });
      after(async () => {
        for (const client of clients.splice(0)) if (client.isOpen()) await client.close();
        await b?.close();
        await a?.close();
        await stopRedis();
        if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      });

      it('with Redis up, both instances share one count: the limit once, then 429', async () => {
        expect(await readiness()).to.deep.equal([200, 200]);
        const before = await fallbacks();
        for (let i = 0; i < RATE; i += 1) {
          const res = await tenant(i);
          expect(res.status, `request ${i + 1}`).to.equal(200);
          // Per-instance counts would answer 3, 3, 2, 2.
          expect(remaining(res), `request ${i + 1}`).to.equal(RATE - 1 - i);
        }
        const refused = await tenant(RATE);
        expect(refused.status).to.equal(429);
        expect(((await refused.json()) as Envelope).error.code).to.equal('rate_limited');
        expect(await fallbacks()).to.equal(before);
      });

      it('with Redis stopped, rate limits fail open to per-instance counts, counted as fallbacks', async () => {
        await stopRedis();
        await eventually(async () => (await readiness()).every((status) => status === 503), {
          what: 'both instances not ready without Redis',
          timeoutMs: 15_000,
          intervalMs: 100,
        });
        const before = await fallbacks();
        // The shared count is used up for this window: every one of these is over it, yet each
        // instance now allows the limit on its own.
        const statuses: number[] = [];
        for (let i = 0; i < 2 * RATE; i += 1) {
          const res = await tenant(i);
          statuses.push(res.status);
          await res.arrayBuffer();
        }
        expect(statuses).to.deep.equal(Array.from({ length: 2 * RATE }, () => 200));
        // Still limited, per instance: the next request on either is refused with 429, not a 5xx.
        for (let i = 0; i < 2; i += 1) {
          const res = await tenant(i);
          expect(res.status, `instance ${i === 0 ? 'A' : 'B'}`).to.equal(429);
          expect(((await res.json()) as Envelope).error.code).to.equal('rate_limited');
        }
        expect(await fallbacks()).to.equal(before + 2 * RATE + 2);
      });

      it('with Redis stopped, quotas (in PostgreSQL) stay enforced across both instances', async () => {
        for (const server of instances()) {
          const client = await connectClient(`${server.wsUrl}/ws`, { headers: { 'x-api-key': org.key } });
          clients.push(client);
          await client.next('connection.ack');
        }
        for (const server of instances()) {
          const refusal = await tryUpgrade(`${server.wsUrl}/ws`, { 'x-api-key': org.key });
          expect(refusal, 'a connection past the cap').to.not.equal('upgraded');
          expect((refusal as Refusal).status).to.equal(429);
          expect((refusal as Refusal).body.error.code).to.equal('quota_exceeded');
          expect((refusal as Refusal).body.error.details).to.deep.include({
            quota: 'websocketConnections',
            limit: WS_CAP,
          });
        }
        for (let i = 0; i < SESSIONS; i += 1) await instances()[i % 2]?.deps.quotas.reserve(org.id, 'sessions');
        const over = await (b as TestServer).deps.quotas.reserve(org.id, 'sessions').then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(over).to.be.instanceOf(AppError);
        expect((over as AppError).code).to.equal('quota_exceeded');
        const usage = await (a as TestServer).deps.quotas.usage(org.id);
        expect(usage.quotas.sessions).to.include({ used: SESSIONS, limit: SESSIONS });
        expect(usage.quotas.websocketConnections).to.include({ used: WS_CAP, limit: WS_CAP });
      });

      it('with Redis started again, both instances are ready and share one count again', async () => {
        await startRedis();
        await eventually(async () => (await readiness()).every((status) => status === 200), {
          what: 'both instances ready after Redis started',
          timeoutMs: 20_000,
          intervalMs: 100,
        });
        // Another organization's requests probe the limiter until no decision falls back any more.
        const probe = await (a as TestServer).deps.services.orgs.create({
          name: uniqueName('outage-probe-'),
          tier: 'open_source',
        });
        await eventually(
          async () => {
            const before = await fallbacks();
            for (const server of instances()) {
              const res = await fetch(new URL('/v1/usage', server.url), { headers: { 'x-api-key': probe.apiKey.key } });
              await res.arrayBuffer();
            }
            return (await fallbacks()) === before;
          },
          { what: 'no rate-limit fallback on either instance', timeoutMs: 15_000, intervalMs: 200 },
        );
        // The restarted Redis kept nothing: a fresh shared window. Each instance's local count
        // is used up, so a request still decided locally would be refused at once.
        const before = await fallbacks();
        for (let i = 0; i < RATE; i += 1) {
          const res = await tenant(i);
          expect(res.status, `request ${i + 1}`).to.equal(200);
          expect(remaining(res), `request ${i + 1}`).to.equal(RATE - 1 - i);
        }
        expect((await tenant(RATE)).status).to.equal(429);
        expect(await fallbacks()).to.equal(before);
      });
    },
    // Two instances need a shared database: PostgreSQL.
    { backends: ['postgres+redis'] },
  );
});
