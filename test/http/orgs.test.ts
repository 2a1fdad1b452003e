import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, type TestTarget } from '../support/server.js';

interface Org {
  id: string;
  name: string;
  tier: string;
  createdAt: string;
  updatedAt: string;
}
interface CreatedOrg {
  org: Org;
  apiKey: { id: string; key: string; prefix: string; name: string | null; createdAt: string; expiresAt: string | null };
}

async function createOrg(server: TestTarget, name: string, tier = 'teams'): Promise<CreatedOrg> {
  const res = await server.request('/v1/orgs', {
    method: 'POST',
    headers: server.adminHeaders(),
    body: JSON.stringify({ name, tier }),
  });
  expect(res.status, await res.clone().text()).to.equal(201);
  const created = (await res.json()) as CreatedOrg;
  expect(res.headers.get('location')).to.equal(`/v1/orgs/${created.org.id}`);
  return created;
}

describe('orgs and API keys over HTTP', function () {
  forEachBackend((backend) => {
    let server: TestTarget;

    before(async () => {
      server = await createTestApp(backend);
    });
    after(() => server?.close());

    it('creates an org with a first key shown once, reads, lists, updates and deletes it', async () => {
      const { org, apiKey } = await createOrg(server, 'Acme Robotics');
      expect(org).to.include({ name: 'Acme Robotics', tier: 'teams' });
      expect(apiKey.key).to.match(/^cg_/);
      expect(apiKey.key.startsWith(apiKey.prefix)).to.equal(true);

      const read = await server.request(`/v1/orgs/${org.id}`, { headers: server.adminHeaders() });
      expect(read.status).to.equal(200);
      expect(await read.json()).to.deep.equal(org);

      const listed = (await (
        await server.request('/v1/orgs?limit=100', { headers: server.adminHeaders() })
      ).json()) as { items: Org[] };
      expect(listed.items.map((o) => o.id)).to.include(org.id);

      const updated = await server.request(`/v1/orgs/${org.id}`, {
        method: 'PATCH',
        headers: server.adminHeaders(),
        body: JSON.stringify({ tier: 'government' }),
      });
      expect(updated.status).to.equal(200);
      expect(await updated.json()).to.include({ id: org.id, name: 'Acme Robotics', tier: 'government' });

      const deleted = await server.request(`/v1/orgs/${org.id}`, { method: 'DELETE', headers: server.adminHeaders() });
      expect(deleted.status).to.equal(204);
      const gone = await server.request(`/v1/orgs/${org.id}`, { headers: server.adminHeaders() });
      expect(gone.status).to.equal(404);
      expect(((await gone.json()) as { error: { code: string } }).error.code).to.equal('not_found');
      // Its key stops working with it.
      const withKey = await server.request('/v1/api-keys', { headers: { 'x-api-key': apiKey.key } });
      expect(withKey.status).to.equal(401);
    });

    it('pages through orgs with a cursor, oldest first, without repeats', async () => {
      const names = ['page-a', 'page-b', 'page-c'].map((n) => `${n}-${Math.random().toString(36).slice(2)}`);
      for (const name of names) await createOrg(server, name);
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '?limit=1' : `?limit=1&cursor=${encodeURIComponent(cursor)}`;
        const page = (await (await server.request(`/v1/orgs${query}`, { headers: server.adminHeaders() })).json()) as {
          items: Org[];
          nextCursor: string | null;
        };
        expect(page.items.length).to.be.at.most(1);
        seen.push(...page.items.map((o) => o.name));
        cursor = page.nextCursor;
      } while (cursor !== null);
      expect(seen.filter((n) => names.includes(n))).to.deep.equal(names);
      expect(new Set(seen).size).to.equal(seen.length);
    });

    it('refuses a cursor it did not issue', async () => {
      const res = await server.request('/v1/orgs?cursor=bm90LWEtY3Vyc29y', { headers: server.adminHeaders() });
      expect(res.status).to.equal(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('validation_failed');
    });

    it("lets an org read itself with its key, and answers 404 for another org's id", async () => {
      const a = await createOrg(server, 'tenant-a');
      const b = await createOrg(server, 'tenant-b');
      const own = await server.request(`/v1/orgs/${a.org.id}`, {
        headers: { authorization: `Bearer ${a.apiKey.key}` },
      });
      expect(own.status).to.equal(200);
      const other = await server.request(`/v1/orgs/${b.org.id}`, { headers: { 'x-api-key': a.apiKey.key } });
      expect(other.status).to.equal(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).to.equal('not_found');
    });

    it('creates, lists and revokes API keys of the calling org only', async () => {
      const a = await createOrg(server, 'keys-a');
      const b = await createOrg(server, 'keys-b');
      const auth = { authorization: `Bearer ${a.apiKey.key}`, 'content-type': 'application/json' };

      const created = await server.request('/v1/api-keys', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'ci' }),
      });
      expect(created.status).to.equal(201);
      const ci = (await created.json()) as { id: string; key: string; name: string };
      expect(ci.name).to.equal('ci');

      const listed = (await (await server.request('/v1/api-keys', { headers: auth })).json()) as {
        items: Array<{ id: string; key?: string }>;
      };
      expect(listed.items.map((k) => k.id).sort()).to.deep.equal([a.apiKey.id, ci.id].sort());
      expect(listed.items.every((k) => k.key === undefined)).to.equal(true);

      // The new key works, b's key cannot revoke a's key, a can.
      expect((await server.request('/v1/api-keys', { headers: { 'x-api-key': ci.key } })).status).to.equal(200);
      const foreign = await server.request(`/v1/api-keys/${ci.id}`, {
        method: 'DELETE',
        headers: { 'x-api-key': b.apiKey.key },
      });
      expect(foreign.status).to.equal(404);
      const revoked = await server.request(`/v1/api-keys/${ci.id}`, { method: 'DELETE', headers: auth });
      expect(revoked.status).to.equal(204);
      expect((await server.request('/v1/api-keys', { headers: { 'x-api-key': ci.key } })).status).to.equal(401);
      const again = await server.request(`/v1/api-keys/${ci.id}`, { method: 'DELETE', headers: auth });
      expect(again.status).to.equal(404);
    });

    it('refuses an API key that would already be expired', async () => {
      const a = await createOrg(server, 'expiry');
      const res = await server.request('/v1/api-keys', {
        method: 'POST',
        headers: { 'x-api-key': a.apiKey.key, 'content-type': 'application/json' },
        body: JSON.stringify({ expiresAt: '2001-01-01T00:00:00Z' }),
      });
      expect(res.status).to.equal(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).to.equal('validation_failed');
    });

    it('keeps orgs and keys across a restart on the same state dir / database', async () => {
      const { org, apiKey } = await createOrg(server, 'survivor');
      server = await createTestApp(backend, { deps: await backend.restart(server.deps) });
      const read = await server.request(`/v1/orgs/${org.id}`, { headers: server.adminHeaders() });
      expect(read.status).to.equal(200);
      expect(await read.json()).to.deep.equal(org);
      expect((await server.request('/v1/api-keys', { headers: { 'x-api-key': apiKey.key } })).status).to.equal(200);
    });
  });
});
