import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, type TestTarget } from '../support/server.js';

interface Envelope {
  error: { code: string; details?: Array<{ path?: string; message?: string }> };
}

/** Number text that a lenient parser turns into ±Infinity: overflowing exponents and very long integers. */
const NON_FINITE = ['Infinity', '-Infinity', '1e400', '-1e309', '9'.repeat(400), 'NaN'];

describe('non-finite and overflowing numbers in parameters and bodies', function () {
  this.timeout(60_000);

  forEachBackend((backend) => {
    let server: TestTarget;
    let gatewayId: string;

    before(async () => {
      server = await createTestApp(backend);
      const gateway = await server.admin('/api/internal/v1/gateways', { method: 'POST', body: { name: 'gw-numbers' } });
      expect(gateway.status).to.equal(201);
      gatewayId = ((await gateway.json()) as { id: string }).id;
    });
    after(() => server?.close());

    async function expectRefused(res: Response, path: string): Promise<void> {
      const text = await res.text();
      expect(res.status, text).to.equal(400);
      const envelope = JSON.parse(text) as Envelope;
      expect(envelope.error.code).to.equal('validation_failed');
      expect(envelope.error.details?.map((d) => d.path)).to.include(path);
    }

    for (const value of NON_FINITE) {
      it(`answers 400 validation_failed naming /query/limit for ?limit=${value.slice(0, 12)} on a list operation`, async () => {
        await expectRefused(
          await server.request(`/v1/orgs?limit=${encodeURIComponent(value)}`, { headers: server.adminHeaders() }),
          '/query/limit',
        );
      });
    }

    it('answers 400 naming the parameter for ?after=1e309 and ?limit=-Infinity on the gateway event log', async () => {
      const events = `/api/internal/v1/gateways/${gatewayId}/events`;
      await expectRefused(
        await server.request(`${events}?after=1e309`, { headers: server.adminHeaders() }),
        '/query/after',
      );
      await expectRefused(
        await server.request(`${events}?after=1&limit=-Infinity`, { headers: server.adminHeaders() }),
        '/query/limit',
      );
      const ok = await server.request(`${events}?after=0&limit=5`, { headers: server.adminHeaders() });
      expect(ok.status, await ok.clone().text()).to.equal(200);
    });

    it('answers 400 naming the field for a body number that overflows (1e400, a 400-digit integer)', async () => {
      for (const weight of ['1e400', '9'.repeat(400)]) {
        const res = await server.request('/api/internal/v1/apis', {
          method: 'POST',
          headers: server.adminHeaders(),
          body: `{"name":"n","contextPath":"/n","version":"v1","upstreams":[{"url":"http://a.internal","weight":${weight}}]}`,
        });
        await expectRefused(res, '/body/upstreams/0/weight');
      }
    });

    it('still serves after refusing such input', async () => {
      await server.request('/v1/orgs?limit=Infinity', { headers: server.adminHeaders() });
      const res = await server.request('/v1/orgs?limit=1', { headers: server.adminHeaders() });
      expect(res.status).to.equal(200);
    });
  });
});
