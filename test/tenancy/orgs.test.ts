import { expect } from 'chai';
import { AppError } from '../../src/errors.js';
import { createServices, hashApiKey, type Services } from '../../src/tenancy/index.js';
import { migrate } from '../../src/store/migrate.js';
import { STORE_BACKENDS, type ScratchDatabase } from '../store/store-backends.js';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (err) {
    expect(err).to.be.instanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected a rejection');
}

describe('services: orgs and API keys', () => {
  for (const backend of STORE_BACKENDS) {
    describe(`[${backend.name}]`, function () {
      let scratch: ScratchDatabase;
      let services: Services;

      before(async function () {
        scratch = await backend.create(this);
        await migrate(scratch.db);
        services = createServices({ db: scratch.db });
      });
      after(async () => {
        await scratch?.dispose();
      });

      it('stores only the sha-256 hash of a key, never the key', async () => {
        const { org, apiKey } = await services.orgs.create({ name: 'hash-check', tier: 'open_source' });
        const { rows } = await scratch.db.query<{ key_hash: string }>(
          'select key_hash from api_keys where org_id = $1',
          [org.id],
        );
        expect(rows.map((r) => r.key_hash)).to.deep.equal([hashApiKey(apiKey.key)]);
        const dump = JSON.stringify(
          (await scratch.db.query('select * from api_keys where org_id = $1', [org.id])).rows,
        );
        expect(dump).to.not.contain(apiKey.key);
      });

      it('authenticates a live key and records its use; not a revoked or unknown one', async () => {
        const { org, apiKey } = await services.orgs.create({ name: 'auth', tier: 'teams' });
        expect(await services.apiKeys.authenticate(apiKey.key)).to.deep.equal({
          id: apiKey.id,
          orgId: org.id,
          tier: 'teams',
        });
        const listed = await services.apiKeys.list(org.id);
        expect(listed.items[0]?.lastUsedAt).to.be.a('string');
        expect(await services.apiKeys.authenticate(`${apiKey.key}x`)).to.equal(undefined);
        await services.apiKeys.revoke(org.id, apiKey.id);
        expect(await services.apiKeys.authenticate(apiKey.key)).to.equal(undefined);
      });

      it('does not authenticate an expired key', async () => {
        const { org } = await services.orgs.create({ name: 'expired', tier: 'teams' });
        const issued = await services.apiKeys.issue(org.id, {
          name: 'short',
          expiresAt: new Date(Date.now() + 60_000).toISOString(),
        });
        expect(await services.apiKeys.authenticate(issued.key)).to.not.equal(undefined);
        await scratch.db.query("update api_keys set expires_at = now() - interval '1 second' where id = $1", [
          issued.id,
        ]);
        expect(await services.apiKeys.authenticate(issued.key)).to.equal(undefined);
      });

      it("never reveals or revokes another org's key", async () => {
        const a = await services.orgs.create({ name: 'iso-a', tier: 'teams' });
        const b = await services.orgs.create({ name: 'iso-b', tier: 'teams' });
        expect((await rejection(services.apiKeys.revoke(b.org.id, a.apiKey.id))).code).to.equal('not_found');
        expect((await services.apiKeys.list(b.org.id)).items.map((k) => k.id)).to.not.include(a.apiKey.id);
        expect(await services.apiKeys.authenticate(a.apiKey.key)).to.not.equal(undefined);
      });

      it('treats ids that are not UUIDs as unknown instead of failing the query', async () => {
        expect((await rejection(services.orgs.get("1' or '1'='1"))).code).to.equal('not_found');
        expect((await rejection(services.orgs.delete('nope'))).code).to.equal('not_found');
        const { org } = await services.orgs.create({ name: 'ids', tier: 'teams' });
        expect((await rejection(services.apiKeys.revoke(org.id, 'nope'))).code).to.equal('not_found');
      });

      it('deleting an org removes its keys', async () => {
        const { org, apiKey } = await services.orgs.create({ name: 'cascade', tier: 'government' });
        await services.orgs.delete(org.id);
        expect(await services.apiKeys.authenticate(apiKey.key)).to.equal(undefined);
        const { rows } = await scratch.db.query('select 1 from api_keys where org_id = $1', [org.id]);
        expect(rows).to.have.length(0);
      });

      it('updates only the fields given', async () => {
        const { org } = await services.orgs.create({ name: 'partial', tier: 'open_source' });
        const renamed = await services.orgs.update(org.id, { name: 'partial-2' });
        expect(renamed).to.include({ name: 'partial-2', tier: 'open_source' });
        const upgraded = await services.orgs.update(org.id, { tier: 'teams' });
        expect(upgraded).to.include({ name: 'partial-2', tier: 'teams' });
        expect(Date.parse(upgraded.updatedAt)).to.be.at.least(Date.parse(org.updatedAt));
      });
    });
  }
});
