import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, type TestTarget } from '../support/server.js';
import { uniqueName } from '../support/services.js';

describe('responses that carry a secret shown once', function () {
  this.timeout(60_000);
  forEachBackend(
    (backend) => {
      let app: TestTarget | undefined;
      before(async () => {
        app = await createTestApp(backend);
      });
      after(async () => app?.close());

      it('are sent with Cache-Control: no-store (create org, create API key, register gateway, rotate key)', async () => {
        const target = app as TestTarget;
        const org = await target.admin('/v1/orgs', {
          method: 'POST',
          body: { name: uniqueName('org-'), tier: 'teams' },
        });
        expect(org.status).to.equal(201);
        const { apiKey } = (await org.json()) as { apiKey: { key: string } };
        const key = await target.request('/v1/api-keys', {
          method: 'POST',
          headers: { 'x-api-key': apiKey.key, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'ci' }),
        });
        expect(key.status, await key.clone().text()).to.equal(201);
        const gateway = await target.admin('/api/internal/v1/gateways', {
          method: 'POST',
          body: { name: uniqueName('gw-') },
        });
        expect(gateway.status).to.equal(201);
        const { id } = (await gateway.json()) as { id: string };
        const rotated = await target.admin(`/api/internal/v1/gateways/${id}/api-keys`, { method: 'POST' });
        expect(rotated.status).to.equal(201);
        for (const res of [org, key, gateway, rotated]) expect(res.headers.get('cache-control')).to.equal('no-store');

        const read = await target.admin(`/api/internal/v1/gateways/${id}`);
        expect(read.headers.get('cache-control'), 'only secret-bearing responses').to.equal(null);
      });
    },
    { backends: ['embedded'] },
  );
});
