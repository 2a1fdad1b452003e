import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import type { components } from '../../generated/openapi/types.js';
import { forEachBackend } from '../support/backends.js';
import { createApi, deploy, registerGateway, FLEET_TEST_CONFIG } from './support/fleet-fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

type Schemas = components['schemas'];

describe('gateway fleet REST (gateways, APIs, deployments, runtime artifacts)', function () {
  forEachBackend((backend) => {
    let server: TestServer;
    before(async () => {
      server = await startTestServer(backend, { config: FLEET_TEST_CONFIG });
    });
    after(() => server?.close());

    const body = async <T = unknown>(response: Response) => (await response.json()) as T;
    const asGateway = (apiKey: string, path: string) => fetch(server.url + path, { headers: { 'api-key': apiKey } });

    it('registers a gateway, shows its key once and never again, lists, gets and deletes it', async () => {
      const name = `edge-${randomUUID().slice(0, 8)}`;
      const created = await server.admin('/api/internal/v1/gateways', {
        method: 'POST',
        body: { name, description: 'EU edge', vhost: 'api.example.com', labels: { region: 'eu' } },
      });
      expect(created.status).to.equal(201);
      const gateway = await body<Schemas['RegisteredGateway']>(created);
      expect(gateway).to.include({ name, description: 'EU edge', vhost: 'api.example.com' });
      expect(gateway.labels).to.deep.equal({ region: 'eu' });
      expect(gateway.apiKey).to.match(/^cg_gw_[0-9a-f]{64}$/);
      expect(created.headers.get('location')).to.equal(`/api/internal/v1/gateways/${gateway.id}`);

      const got = await body(await server.admin(`/api/internal/v1/gateways/${gateway.id}`));
      expect(got).not.to.have.property('apiKey');
      const { apiKey: _shownOnce, ...registration } = gateway;
      expect(got).to.deep.equal(registration);
      // Stored hashed: the key itself is nowhere in the database.
      const { rows } = await server.deps.db.query<{ key_hash: string }>(
        'select key_hash from gateway_api_keys where gateway_id = $1',
        [gateway.id],
      );
      expect(rows).to.have.length(1);
      expect(rows[0]?.key_hash)
        .to.match(/^[0-9a-f]{64}$/)
        .and.not.equal(gateway.apiKey);

      expect((await server.admin('/api/internal/v1/gateways', { method: 'POST', body: { name } })).status).to.equal(
        409,
      );
      expect((await server.admin(`/api/internal/v1/gateways/${gateway.id}`, { method: 'DELETE' })).status).to.equal(
        204,
      );
      expect((await server.admin(`/api/internal/v1/gateways/${gateway.id}`)).status).to.equal(404);
      expect((await server.admin(`/api/internal/v1/gateways/${gateway.id}`, { method: 'DELETE' })).status).to.equal(
        404,
      );
    });

    it("updates a gateway's settings: null clears, unknown id is 404, an empty patch is 400", async () => {
      const gateway = await registerGateway(server);
      const path = `/api/internal/v1/gateways/${gateway.id}`;
      const renamed = `renamed-${randomUUID().slice(0, 8)}`;
      const updated = await body<Schemas['Gateway']>(
        await server.admin(path, {
          method: 'PATCH',
          body: { name: renamed, description: 'd', vhost: 'x.example.com' },
        }),
      );
      expect(updated).to.include({ id: gateway.id, name: renamed, description: 'd', vhost: 'x.example.com' });
      const cleared = await body<Schemas['Gateway']>(
        await server.admin(path, { method: 'PATCH', body: { description: null, vhost: null } }),
      );
      expect(cleared).to.include({ name: renamed, description: null, vhost: null });
      expect(await body(await server.admin(path))).to.deep.equal(cleared);
      expect((await server.admin(path, { method: 'PATCH', body: {} })).status).to.equal(400);
      expect(
        (
          await server.admin(`/api/internal/v1/gateways/${randomUUID()}`, {
            method: 'PATCH',
            body: { description: 'x' },
          })
        ).status,
      ).to.equal(404);
    });

    it('lists gateways oldest first with a cursor', async () => {
      const names: string[] = [];
      for (let i = 0; i < 3; i += 1)
        names.push((await registerGateway(server, `page-${i}-${randomUUID().slice(0, 6)}`)).id);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: Schemas['GatewayPage'] = await body(
          await server.admin(`/api/internal/v1/gateways?limit=2${cursor ? `&cursor=${cursor}` : ''}`),
        );
        expect(page.items.length).to.be.at.most(2);
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen.filter((id) => names.includes(id))).to.deep.equal(names);
      expect(new Set(seen).size).to.equal(seen.length);
    });

    it('rotating a key revokes the old one for REST too', async () => {
      const gateway = await registerGateway(server);
      expect((await asGateway(gateway.apiKey, `/api/internal/v1/gateways/${gateway.id}/deployments`)).status).to.equal(
        200,
      );
      const rotated = await body<Schemas['GatewayApiKey']>(
        await server.admin(`/api/internal/v1/gateways/${gateway.id}/api-keys`, { method: 'POST' }),
      );
      expect(rotated).to.include({ gatewayId: gateway.id });
      expect(rotated.prefix).to.equal(rotated.apiKey.slice(0, 10));
      expect((await asGateway(gateway.apiKey, `/api/internal/v1/gateways/${gateway.id}/deployments`)).status).to.equal(
        401,
      );
      expect((await asGateway(rotated.apiKey, `/api/internal/v1/gateways/${gateway.id}/deployments`)).status).to.equal(
        200,
      );
      expect(
        (await server.admin(`/api/internal/v1/gateways/${randomUUID()}/api-keys`, { method: 'POST' })).status,
      ).to.equal(404);
    });

    it('creates, reads, replaces (new revision) and deletes APIs', async () => {
      const name = `orders-${randomUUID().slice(0, 8)}`;
      const created = await server.admin('/api/internal/v1/apis', {
        method: 'POST',
        body: {
          name,
          contextPath: '/orders',
          upstreams: [{ url: 'http://orders-a.internal:8080', weight: 3 }, { url: 'http://orders-b.internal:8080' }],
        },
      });
      expect(created.status).to.equal(201);
      const api = await body<Schemas['Api']>(created);
      expect(api).to.include({ name, contextPath: '/orders', vhost: null, version: 'v1', description: null });
      expect(api.upstreams).to.deep.equal([
        { url: 'http://orders-a.internal:8080', weight: 3 },
        { url: 'http://orders-b.internal:8080', weight: 1 },
      ]);
      expect(await body(await server.admin(`/api/internal/v1/apis/${api.id}`))).to.deep.equal(api);

      const replaced = await body<Schemas['Api']>(
        await server.admin(`/api/internal/v1/apis/${api.id}`, {
          method: 'PUT',
          body: { name, contextPath: '/orders', version: 'v2', upstreams: [{ url: 'http://orders-c.internal:8080' }] },
        }),
      );
      expect(replaced).to.include({ id: api.id, version: 'v2' });
      expect(replaced.revisionId).not.to.equal(api.revisionId);
      const listed = await body<Schemas['ApiPage']>(await server.admin('/api/internal/v1/apis?limit=100'));
      expect(listed.items.find((item) => item.id === api.id)).to.deep.equal(replaced);

      expect(
        (
          await server.admin('/api/internal/v1/apis', {
            method: 'POST',
            body: { name, contextPath: '/x', upstreams: [{ url: 'http://x.internal' }] },
          })
        ).status,
      ).to.equal(409);
      expect(
        (
          await server.admin('/api/internal/v1/apis', {
            method: 'POST',
            body: { name: 'bad', contextPath: 'no-slash', upstreams: [] },
          })
        ).status,
      ).to.equal(400);
      expect((await server.admin(`/api/internal/v1/apis/${api.id}`, { method: 'DELETE' })).status).to.equal(204);
      expect((await server.admin(`/api/internal/v1/apis/${api.id}`)).status).to.equal(404);
      expect(
        (
          await server.admin(`/api/internal/v1/apis/${api.id}`, {
            method: 'PUT',
            body: { name, contextPath: '/o', upstreams: [{ url: 'http://o.internal' }] },
          })
        ).status,
      ).to.equal(404);
    });

    it('deploys, replaces on the same (gateway, vhost, environment), lists newest first and undeploys once', async () => {
      const gateway = await registerGateway(server);
      const api = await createApi(server);
      const first = await deploy(server, api, gateway.id, { environment: 'production' });
      const second = await deploy(server, api, gateway.id, { environment: 'production' });
      const page = await body<Schemas['DeploymentPage']>(
        await server.admin(`/api/internal/v1/apis/${api.id}/deployments`),
      );
      expect(page.items.map((item) => [item.id, item.status])).to.deep.equal([
        [second.id, 'deployed'],
        [first.id, 'undeployed'],
      ]);
      expect(page.items[1]?.undeployedAt).to.be.a('string');
      const active = await body<Schemas['DeploymentPage']>(
        await server.admin(`/api/internal/v1/gateways/${gateway.id}/deployments`),
      );
      expect(active.items.map((item) => item.id)).to.deep.equal([second.id]);

      expect(
        (await server.admin(`/api/internal/v1/apis/${api.id}/deployments/${second.id}`, { method: 'DELETE' })).status,
      ).to.equal(204);
      expect(
        (await server.admin(`/api/internal/v1/apis/${api.id}/deployments/${second.id}`, { method: 'DELETE' })).status,
      ).to.equal(404);
      expect(
        (
          await body<Schemas['DeploymentPage']>(
            await server.admin(`/api/internal/v1/gateways/${gateway.id}/deployments`),
          )
        ).items,
      ).to.deep.equal([]);
    });

    it('answers 404 for deploying to an unknown gateway, an unknown API or a revision of another API, and writes no event', async () => {
      const gateway = await registerGateway(server);
      const [api, otherApi] = [await createApi(server), await createApi(server)];
      const attempt = (apiId: string, overrides: Record<string, unknown>) =>
        server.admin(`/api/internal/v1/apis/${apiId}/deployments`, {
          method: 'POST',
          body: {
            gatewayId: gateway.id,
            revisionId: api.revisionId,
            vhost: 'api.example.com',
            environment: 'prod',
            ...overrides,
          },
        });
      expect((await attempt(api.id, { gatewayId: randomUUID() })).status).to.equal(404);
      expect((await attempt(randomUUID(), {})).status).to.equal(404);
      expect((await attempt(api.id, { revisionId: otherApi.revisionId })).status).to.equal(404);
      expect((await attempt(api.id, { gatewayId: 'not-a-uuid' })).status).to.equal(400);
      const events = await body(await server.admin(`/api/internal/v1/gateways/${gateway.id}/events`));
      expect(events).to.deep.equal({ items: [], latestSeq: 0, oldestRetainedSeq: null });
    });

    it('serves runtime artifacts only to a gateway the API is deployed on', async () => {
      const [gateway, other] = [await registerGateway(server), await registerGateway(server)];
      const api = await createApi(server);
      const path = `/api/internal/v1/api-runtime-artifacts/${api.id}`;
      expect((await asGateway(gateway.apiKey, path)).status).to.equal(404); // not deployed yet
      await deploy(server, api, gateway.id);
      const response = await asGateway(gateway.apiKey, path);
      expect(response.status).to.equal(200);
      const artifact = await body<Schemas['ApiRuntimeArtifact']>(response);
      expect(artifact).to.include({ apiId: api.id, revisionId: api.revisionId });
      expect(artifact.routes).to.deep.equal([{ pathPrefix: artifact.contextPath, methods: [] }]);
      expect((await asGateway(gateway.apiKey, `${path}?revisionId=${api.revisionId}`)).status).to.equal(200);
      expect((await asGateway(gateway.apiKey, `${path}?revisionId=${randomUUID()}`)).status).to.equal(404);
      expect((await asGateway(other.apiKey, path)).status).to.equal(404); // another gateway's API
      expect((await fetch(server.url + path)).status).to.equal(401);
      expect((await server.admin(path)).status).to.equal(401); // gateway key only
    });

    it('requires the admin token for admin operations and keeps gateway keys to their own gateway', async () => {
      const [gateway, other] = [await registerGateway(server), await registerGateway(server)];
      expect((await fetch(`${server.url}/api/internal/v1/gateways`)).status).to.equal(401);
      expect(
        (await fetch(`${server.url}/api/internal/v1/gateways`, { headers: { authorization: 'Bearer wrong' } })).status,
      ).to.equal(401);
      expect((await asGateway(gateway.apiKey, '/api/internal/v1/gateways')).status).to.equal(401);
      expect((await asGateway(gateway.apiKey, `/api/internal/v1/gateways/${other.id}/deployments`)).status).to.equal(
        403,
      );
      expect((await asGateway(gateway.apiKey, `/api/internal/v1/gateways/${gateway.id}/events`)).status).to.equal(200);
      expect((await fetch(`${server.url}/api/internal/v1/stats`)).status).to.equal(401);
      expect((await server.admin(`/api/internal/v1/gateways/${randomUUID()}/events`)).status).to.equal(404);
      expect((await server.admin(`/api/internal/v1/gateways/${randomUUID()}/deployments`)).status).to.equal(404);
    });
  });
});
