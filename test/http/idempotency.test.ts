import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { requestFingerprint, type AppHandlers } from '../../src/http/index.js';
import { forEachBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { metricValue } from '../support/realtime.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { uniqueName } from '../support/services.js';
import { connectGateway, type TestClient } from '../support/ws-client.js';
import { createApi, registerGateway, FLEET_TEST_CONFIG } from '../gateways/support/fleet-fixtures.js';

interface ErrorBody {
  error: { code: string; details?: Record<string, unknown> };
}

describe('Idempotency-Key on creating operations', function () {
  this.timeout(60_000);
  forEachBackend((backend) => {
    let server: TestServer;
    let gateway: { id: string; apiKey: string };
    let api: { id: string; revisionId: string };
    let feed: TestClient;
    before(async () => {
      server = await startTestServer(backend, { config: FLEET_TEST_CONFIG });
      gateway = await registerGateway(server);
      api = await createApi(server);
      feed = await connectGateway(server.wsUrl, gateway.apiKey);
      await feed.next('connection.ack');
    });
    after(async () => {
      await feed?.close();
      await server?.close();
    });

    const deploymentsPath = () => `/api/internal/v1/apis/${api.id}/deployments`;
    const deployBody = (environment = `env-${randomUUID().slice(0, 8)}`) => ({
      gatewayId: gateway.id,
      revisionId: api.revisionId,
      vhost: 'api.example.com',
      environment,
    });
    const deploy = (body: unknown, key?: string) =>
      server.admin(deploymentsPath(), {
        method: 'POST',
        body,
        ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
      });
    const activeIn = async (environment: string) => {
      const { rows } = await server.deps.db.query(
        'select id from deployments where api_id = $1 and environment = $2 and undeployed_at is null',
        [api.id, environment],
      );
      return rows.length;
    };
    /** The api.deployed frames the connected gateway received for `environment`. */
    const deployedFrames = (environment: string) =>
      feed.frames.filter((frame) => frame.type === 'api.deployed' && frame.payload.environment === environment);
    /** Every api.deployed sent before it has arrived once `marker`'s frame has: the log is ordered. */
    const settle = async () => {
      const marker = deployBody();
      expect((await deploy(marker)).status).to.equal(201);
      await eventually(() => deployedFrames(marker.environment).length === 1, { what: 'the marker deployment' });
    };

    it('replays a retried deploy: one deployment, one api.deployed, the same body with Idempotent-Replayed', async () => {
      const key = randomUUID();
      const body = deployBody();
      const first = await deploy(body, key);
      expect(first.status).to.equal(201);
      expect(first.headers.get('idempotent-replayed')).to.equal(null);
      const created = (await first.json()) as { id: string };

      const retry = await deploy(body, key);
      expect(retry.status).to.equal(201);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      expect(await retry.json()).to.deep.equal(created);
      expect(
        await metricValue(server.deps.metrics, 'clawgate_idempotent_replays_total', { operation: 'deployApi' }),
      ).to.be.at.least(1);

      expect(await activeIn(body.environment)).to.equal(1);
      await settle();
      const frames = deployedFrames(body.environment);
      expect(frames).to.have.length(1);
      expect(frames[0]?.payload.deploymentId).to.equal(created.id);
    });

    it('answers 422 idempotency_key_reused to the same key with a different body, and changes nothing', async () => {
      const key = randomUUID();
      expect((await deploy(deployBody(), key)).status).to.equal(201);
      const other = deployBody();
      const reused = await deploy(other, key);
      expect(reused.status).to.equal(422);
      expect(((await reused.json()) as ErrorBody).error.code).to.equal('idempotency_key_reused');
      expect(await activeIn(other.environment)).to.equal(0);
    });

    it('never deploys twice for concurrent identical requests: one 201, the other 409 in flight or a replay', async () => {
      const key = randomUUID();
      const body = deployBody();
      const answers = await Promise.all([deploy(body, key), deploy(body, key)]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).to.be.deep.oneOf([
        [201, 409],
        [201, 201],
      ]);
      const refused = answers.find((answer) => answer.status === 409);
      if (refused !== undefined) {
        expect(((await refused.json()) as ErrorBody).error.code).to.equal('idempotency_key_in_flight');
        expect(Number(refused.headers.get('retry-after'))).to.be.at.least(1);
      } else {
        expect(answers.map((answer) => answer.headers.get('idempotent-replayed')).sort()).to.deep.equal([null, 'true']);
      }
      expect(await activeIn(body.environment)).to.equal(1);
      await settle();
      expect(deployedFrames(body.environment)).to.have.length(1);
    });

    it('answers 409 with Retry-After while a claim is held, and takes over a claim whose lease ran out', async () => {
      const key = randomUUID();
      const body = deployBody();
      // A request that died holding the key: claimed, never completed.
      const fingerprint = requestFingerprint({ method: 'POST', originalUrl: deploymentsPath(), body });
      await server.deps.db.query(
        `insert into idempotency_keys (principal_kind, principal_id, key, operation_id, fingerprint, state,
           claim_token, locked_until, expires_at)
         values ('admin', '', $1, 'deployApi', $2, 'in_flight', $3, now() + interval '1 hour', now() + interval '1 day')`,
        [key, fingerprint, randomUUID()],
      );
      const busy = await deploy(body, key);
      expect(busy.status).to.equal(409);
      expect(((await busy.json()) as ErrorBody).error.code).to.equal('idempotency_key_in_flight');
      expect(Number(busy.headers.get('retry-after'))).to.be.within(3500, 3600);

      await server.deps.db.query(
        `update idempotency_keys set locked_until = now() - interval '1 second' where key = $1`,
        [key],
      );
      expect((await deploy(body, key)).status).to.equal(201);
      expect(await activeIn(body.environment)).to.equal(1);
    });

    it('lets an expired record free its key, and the purge deletes only expired records', async () => {
      const key = randomUUID();
      expect((await deploy(deployBody(), key)).status).to.equal(201);
      const kept = randomUUID();
      expect((await deploy(deployBody(), kept)).status).to.equal(201);
      await server.deps.db.query(
        `update idempotency_keys set expires_at = now() - interval '1 second' where key = $1`,
        [key],
      );
      const other = deployBody();
      const again = await deploy(other, key);
      expect(again.status, 'a new request, not a reused key').to.equal(201);
      expect(again.headers.get('idempotent-replayed')).to.equal(null);
      expect(await activeIn(other.environment)).to.equal(1);

      await server.deps.db.query(
        `update idempotency_keys set expires_at = now() - interval '1 second' where key = $1`,
        [key],
      );
      expect(await server.deps.idempotency.purgeExpired()).to.be.at.least(1);
      const { rows } = await server.deps.db.query<{ key: string }>(
        'select key from idempotency_keys where key = any($1::text[])',
        [[key, kept]],
      );
      expect(rows.map((row) => row.key)).to.deep.equal([kept]);
    });

    it('releases the key when the request fails, so a corrected retry runs', async () => {
      const key = randomUUID();
      const missing = await deploy({ ...deployBody(), gatewayId: randomUUID() }, key);
      expect(missing.status).to.equal(404);
      const body = deployBody();
      expect((await deploy(body, key)).status).to.equal(201);
      expect(await activeIn(body.environment)).to.equal(1);
    });

    it('behaves as before without the header: every request deploys, nothing is recorded', async () => {
      const before = await server.deps.db.query('select 1 from idempotency_keys');
      const environment = `env-${randomUUID().slice(0, 8)}`;
      const first = await deploy(deployBody(environment));
      const second = await deploy(deployBody(environment));
      expect([first.status, second.status]).to.deep.equal([201, 201]);
      expect(second.headers.get('idempotent-replayed')).to.equal(null);
      const [a, b] = (await Promise.all([first.json(), second.json()])) as Array<{ id: string }>;
      expect(a?.id).not.to.equal(b?.id);
      expect((await server.deps.db.query('select 1 from idempotency_keys')).rowCount).to.equal(before.rowCount);
    });

    it('replays an undeploy (204) instead of answering 404 the second time', async () => {
      const body = deployBody();
      const { id } = (await (await deploy(body)).json()) as { id: string };
      const key = randomUUID();
      const path = `${deploymentsPath()}/${id}`;
      const undeploy = (headers: Record<string, string> = {}) => server.admin(path, { method: 'DELETE', headers });
      expect((await undeploy({ 'idempotency-key': key })).status).to.equal(204);
      const retry = await undeploy({ 'idempotency-key': key });
      expect(retry.status).to.equal(204);
      expect(retry.headers.get('idempotent-replayed')).to.equal('true');
      expect((await undeploy()).status, 'without the key, undeploying twice is still 404').to.equal(404);
      await settle();
      const undeployed = feed.frames.filter(
        (frame) => frame.type === 'api.undeployed' && frame.payload.deploymentId === id,
      );
      expect(undeployed).to.have.length(1);
    });

    it('scopes keys to the caller, and never stores nor replays a secret shown once', async () => {
      const key = randomUUID();
      expect((await deploy(deployBody(), key)).status).to.equal(201);
      const createOrg = async () => {
        const res = await server.admin('/v1/orgs', {
          method: 'POST',
          body: { name: uniqueName('org-'), tier: 'teams' },
        });
        return ((await res.json()) as { apiKey: { key: string } }).apiKey.key;
      };
      const createKey = (tenantKey: string) =>
        server.request('/v1/api-keys', {
          method: 'POST',
          headers: { 'x-api-key': tenantKey, 'content-type': 'application/json', 'idempotency-key': key },
          body: JSON.stringify({ name: 'ci' }),
        });
      const [first, second] = [await createOrg(), await createOrg()];
      // The admin's key and each organization's are different keys.
      const created = await createKey(first);
      expect(created.status, await created.clone().text()).to.equal(201);
      const issued = (await created.json()) as { id: string; key: string };
      expect((await createKey(second)).status).to.equal(201);

      const retry = await createKey(first);
      expect(retry.status).to.equal(409);
      const { error } = (await retry.json()) as ErrorBody;
      expect(error.code).to.equal('idempotency_key_secret_withheld');
      expect(error.details).to.deep.include({ status: 201 });
      expect(error.details?.response).to.include({ id: issued.id, key: '[REDACTED]' });
      expect(JSON.stringify(error)).not.to.include(issued.key);

      const { rows } = await server.deps.db.query<{ stored: string }>(
        'select response_body::text as stored from idempotency_keys where key = $1',
        [key],
      );
      expect(rows).to.have.length(3);
      for (const row of rows) expect(row.stored).not.to.include(issued.key);
      const list = await server.request('/v1/api-keys', { headers: { 'x-api-key': first } });
      const names = ((await list.json()) as { items: Array<{ name: string }> }).items.map((item) => item.name);
      expect(
        names.filter((name) => name === 'ci'),
        'one key created, not two',
      ).to.have.length(1);
    });
  });
});

describe('Idempotency-Key: the record commits with the work', function () {
  this.timeout(60_000);
  forEachBackend((backend) => {
    let server: TestServer;
    after(() => server?.close());

    it('rolls the deployment back when its claim was taken over before it could record', async () => {
      let onDeploy: () => Promise<void> = () => Promise.resolve();
      const deployApi: AppHandlers['deployApi'] = async ({ params, body }, { vars }) => {
        await onDeploy();
        const deployment = await server.fleet.deployments.deploy(params.apiId, body, undefined, {
          beforeCommit: (tx, result) => vars.idempotency?.recordIn(tx, { status: 201, body: result }) as Promise<void>,
        });
        return { status: 201, body: deployment };
      };
      server = await startTestServer(backend, { config: FLEET_TEST_CONFIG, app: { handlers: { deployApi } } });
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const key = randomUUID();
      // Another request took the key over while this one ran (its lease had lapsed).
      onDeploy = async () => {
        await server.deps.db.query('update idempotency_keys set claim_token = $1 where key = $2', [randomUUID(), key]);
      };
      const lastSeq = async () =>
        (await server.deps.db.query<{ last_seq: string }>('select last_seq from gateways where id = $1', [gateway.id]))
          .rows[0]?.last_seq;
      const seqBefore = await lastSeq();
      const environment = `env-${randomUUID().slice(0, 8)}`;
      const answer = await server.admin(`/api/internal/v1/apis/${api.id}/deployments`, {
        method: 'POST',
        body: { gatewayId: gateway.id, revisionId: api.revisionId, vhost: 'api.example.com', environment },
        headers: { 'idempotency-key': key },
      });
      expect(answer.status).to.equal(409);
      expect(((await answer.json()) as ErrorBody).error.code).to.equal('idempotency_key_in_flight');
      const { rowCount } = await server.deps.db.query('select 1 from deployments where environment = $1', [
        environment,
      ]);
      expect(rowCount, 'no deployment without its record').to.equal(0);
      expect(await lastSeq(), 'no api.deployed appended').to.equal(seqBefore);
    });
  });
});
