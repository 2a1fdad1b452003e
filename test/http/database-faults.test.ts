import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import pg from 'pg';
import type { components } from '../../generated/openapi/types.js';
import { createDependencies } from '../../src/deps.js';
import { forEachBackend, type TestBackend } from '../support/backends.js';
import { uniqueName } from '../support/services.js';
import { startTestServer, type TestServer } from '../support/server.js';

type Schemas = components['schemas'];

/**
 * PostgreSQL dropping the server's connections mid-transaction (a failover, an operator's
 * pg_terminate_backend, a proxy restart) while deploys run: the process keeps serving, the
 * requests caught in it get 503 database_unavailable in the envelope, and nothing is half-written.
 */
describe('database faults during deploys (real PostgreSQL)', function () {
  this.timeout(90_000);
  forEachBackend(databaseFaults, { backends: ['postgres+redis'] });
});

function databaseFaults(backend: TestBackend): void {
  let databaseUrl: string | undefined;
  let server: TestServer | undefined;
  let admin: pg.Client | undefined;
  const applicationName = uniqueName('clawgate_faults_');

  before(async () => {
    const config = await backend.createConfig();
    const url = new URL(config.databaseUrl as string);
    databaseUrl = url.toString();
    // Our own application_name, so the fault loop terminates this server's sessions only.
    url.searchParams.set('application_name', applicationName);
    const deps = await createDependencies({ ...config, databaseUrl: url.toString() });
    server = await startTestServer(backend, { deps });
    admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
  });
  after(async () => {
    await server?.close();
    await admin?.end();
  });

  async function adminJson<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
    const res = await (server as TestServer).request(path, {
      method: 'POST',
      headers: (server as TestServer).adminHeaders(),
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as T };
  }

  it('keeps serving; caught requests get 503 database_unavailable; every deployment has its event and no more', async () => {
    const gateway = await adminJson<Schemas['RegisteredGateway']>('/api/internal/v1/gateways', {
      name: uniqueName('gw-'),
    });
    expect(gateway.status).to.equal(201);
    const name = uniqueName('api-');
    const api = await adminJson<Schemas['Api']>('/api/internal/v1/apis', {
      name,
      contextPath: `/${name}`,
      upstreams: [{ url: 'http://upstream.internal:8080' }],
    });
    expect(api.status).to.equal(201);

    const outcomes: Array<{ environment: string; status: number; code?: string }> = [];
    let deploying = true;
    const deployLoop = async () => {
      while (deploying) {
        const environment = `env-${randomUUID().slice(0, 12)}`;
        const res = await adminJson<Partial<Schemas['ErrorEnvelope']>>(
          `/api/internal/v1/apis/${api.body.id}/deployments`,
          {
            gatewayId: gateway.body.id,
            revisionId: api.body.revisionId,
            vhost: 'api.example.com',
            environment,
          },
        );
        outcomes.push({ environment, status: res.status, code: res.body.error?.code });
      }
    };
    let terminated = 0;
    const faultLoop = async () => {
      const started = Date.now();
      // Bounded: until 25 sessions were cut mid-transaction or 20 s passed.
      while (terminated < 25 && Date.now() - started < 20_000) {
        const { rows } = await (admin as pg.Client).query<{ killed: boolean }>(
          `select pg_terminate_backend(pid) as killed from pg_stat_activity
            where application_name = $1 and state = 'idle in transaction'`,
          [applicationName],
        );
        terminated += rows.filter((row) => row.killed).length;
        await new Promise((resolve) => setImmediate(resolve));
      }
      deploying = false;
    };
    await Promise.all([faultLoop(), ...Array.from({ length: 8 }, deployLoop)]);

    expect(terminated, 'sessions terminated mid-transaction').to.be.greaterThan(0);
    const unexpected = outcomes.filter(
      (o) => o.status !== 201 && !(o.status === 503 && o.code === 'database_unavailable'),
    );
    expect(unexpected, 'only 201 or 503 database_unavailable').to.deep.equal([]);
    expect(
      outcomes.some((o) => o.status === 503),
      'some deploys were caught by a fault',
    ).to.equal(true);

    // Still serving, and the database state agrees with what the clients were told.
    const live = await (server as TestServer).request('/health/ready');
    expect(live.status).to.equal(200);
    const check = new pg.Client({ connectionString: databaseUrl });
    await check.connect();
    try {
      const deployments = await check.query<{ environment: string }>(
        'select environment from deployments where gateway_id = $1',
        [gateway.body.id],
      );
      const events = await check.query<{ environment: string }>(
        "select payload->>'environment' as environment from gateway_events where gateway_id = $1 and type = 'api.deployed'",
        [gateway.body.id],
      );
      const stored = deployments.rows.map((row) => row.environment).sort();
      expect(events.rows.map((row) => row.environment).sort(), 'one api.deployed event per deployment').to.deep.equal(
        stored,
      );
      const succeeded = outcomes.filter((o) => o.status === 201).map((o) => o.environment);
      expect(stored, 'every deployment answered 201 exists').to.include.members(succeeded);
      // A connection cut while its COMMIT is being acknowledged leaves the client unsure (503) of a
      // commit that happened; such a deployment is whole (it has its event), never unknown.
      const answered = new Set(outcomes.map((o) => o.environment));
      expect(
        stored.filter((environment) => !answered.has(environment)),
        'no deployment nobody asked for',
      ).to.deep.equal([]);
    } finally {
      await check.end();
    }
  });
}
