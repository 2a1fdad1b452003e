import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { expect } from 'chai';
import { forEachBackend } from './support/backends.js';
import { eventually } from './support/eventually.js';
import { readLogLines } from './support/log-lines.js';
import { startTestServer, type TestServer } from './support/server.js';
import { IN_CI } from './support/services.js';
import { connectGateway } from './support/ws-client.js';
import { createApi, deployMany, registerGateway, FLEET_TEST_CONFIG } from './gateways/support/fleet-fixtures.js';

/** A TCP port nothing listens on (yet). */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface CheckBody {
  status: string;
  checks: { redis: { status: string; details?: Record<string, unknown> } };
}

describe('starting while Redis is down', function () {
  this.timeout(120_000);
  forEachBackend(
    (backend) => {
      let port: number;
      let redis: ChildProcess | undefined;
      let a: TestServer | undefined;
      let b: TestServer | undefined;
      // No poll within the test's time: events reach A's gateway connection only through Redis.
      const noPoll = { pollIntervalMs: 600_000 };

      before(async function () {
        if (spawnSync('redis-server', ['--version']).error !== undefined) {
          if (IN_CI) throw new Error('redis-server must be installed when CI=true: this test starts one');
          this.skip();
        }
        port = await freePort();
        a = await startTestServer(backend, {
          config: { ...FLEET_TEST_CONFIG, redisUrl: `redis://127.0.0.1:${port}` },
          realtime: { gateway: noPoll },
        });
      });
      after(async () => {
        await b?.close();
        await a?.close();
        if (redis !== undefined && redis.exitCode === null && redis.signalCode === null) {
          const exited = new Promise((resolve) => redis?.once('exit', resolve));
          redis.kill('SIGTERM');
          await exited;
        }
      });

      let gateway: Awaited<ReturnType<typeof registerGateway>>;
      let onA: Awaited<ReturnType<typeof connectGateway>>;

      it('starts and serves database-backed REST', async () => {
        const server = a as TestServer;
        gateway = await registerGateway(server);
        expect(gateway.id).to.be.a('string');
      });

      it('reports Redis down in /health, with details, and answers 503 on /health/ready', async () => {
        const server = a as TestServer;
        const ready = await server.request('/health/ready');
        expect(ready.status).to.equal(503);
        expect(((await ready.json()) as CheckBody).checks.redis.status).to.equal('down');
        const health = await server.request('/health');
        expect(health.status).to.equal(503);
        const { redis: check } = ((await health.json()) as CheckBody).checks;
        expect(check.status).to.equal('down');
        expect(check.details).to.include({ up: false });
        expect(String(check.details?.error)).to.match(/Redis is not connected.*ECONNREFUSED/);
        expect(check.details?.downSince).to.be.a('string');
      });

      it('opens gateway connections meanwhile', async () => {
        onA = await connectGateway((a as TestServer).wsUrl, gateway.apiKey);
        await onA.waitFor((client) => client.connectionAck !== undefined, 'connection.ack');
      });

      it('turns ready once Redis is up, and delivers events caused on another instance', async () => {
        redis = spawn(
          'redis-server',
          ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
          {
            stdio: 'ignore',
          },
        );
        const server = a as TestServer;
        await eventually(async () => (await server.request('/health/ready')).status === 200, {
          what: 'readiness 200 after Redis started',
          timeoutMs: 30_000,
          intervalMs: 100,
        });
        b = await startTestServer(backend, {
          deps: await backend.secondInstance(server.deps),
          realtime: { gateway: noPoll },
        });
        const api = await createApi(b);
        await deployMany(b, api, gateway.id, 3);
        await onA.waitForEvents(3);
        expect(onA.events.map((event) => event.seq)).to.deep.equal([1, 2, 3]);
        await onA.close();
      });

      it('logged once that it started degraded and once that Redis is back', async () => {
        await b?.close();
        await (a as TestServer).close();
        const lines = readLogLines((a as TestServer).config.log.file);
        const degraded = lines.filter((line) => String(line.message).startsWith('Redis is unreachable'));
        const back = lines.filter((line) => String(line.message).startsWith('Redis is back'));
        expect(degraded.map((line) => line.level)).to.deep.equal(['warn']);
        expect(back.map((line) => line.level)).to.deep.equal(['info']);
      });
    },
    // Cross-instance delivery needs a shared database: PostgreSQL.
    { backends: ['postgres+redis'] },
  );
});
