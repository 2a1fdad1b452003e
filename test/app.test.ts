import { expect } from 'chai';
import type { OperationHandlers } from '../generated/server/index.js';
import { forEachBackend } from './support/backends.js';
import { createTestApp, type TestTarget } from './support/server.js';

interface Envelope {
  error: { code: string; message: string; correlationId: string; details?: unknown; stack?: string };
}

async function envelope(res: Response): Promise<Envelope> {
  expect(res.headers.get('content-type')).to.match(/^application\/json/);
  return (await res.json()) as Envelope;
}

describe('createApp: bad input gets the envelope and the server keeps serving', function () {
  forEachBackend(
    (backend) => {
      let server: TestTarget;

      before(async () => {
        server = await createTestApp(backend, { config: { http: { bodyLimitBytes: 2048 } } });
      });
      after(async () => {
        await server?.close();
      });

      // Each case: the status and code, the correlation id in header and body, then the server still answers.
      const cases: Array<{ name: string; path: string; init: () => RequestInit; status: number; code: string }> = [
        {
          name: 'malformed JSON',
          path: '/v1/orgs',
          init: () => ({ method: 'POST', headers: server.adminHeaders(), body: '{"name": "acme",' }),
          status: 400,
          code: 'malformed_json',
        },
        {
          name: 'body not valid UTF-8',
          path: '/v1/orgs',
          init: () => ({
            method: 'POST',
            headers: server.adminHeaders(),
            body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
          }),
          status: 400,
          code: 'malformed_json',
        },
        {
          name: 'oversize body',
          path: '/v1/orgs',
          init: () => ({
            method: 'POST',
            headers: server.adminHeaders(),
            body: JSON.stringify({ name: 'x'.repeat(4096), tier: 'teams' }),
          }),
          status: 413,
          code: 'payload_too_large',
        },
        { name: 'unknown route', path: '/v1/nothing-here', init: () => ({}), status: 404, code: 'route_not_found' },
        {
          name: 'wrong method',
          path: '/health/live',
          init: () => ({ method: 'PUT' }),
          status: 405,
          code: 'method_not_allowed',
        },
        {
          name: 'missing required field',
          path: '/v1/orgs',
          init: () => ({ method: 'POST', headers: server.adminHeaders(), body: JSON.stringify({ name: 'acme' }) }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'wrong type',
          path: '/v1/orgs',
          init: () => ({
            method: 'POST',
            headers: server.adminHeaders(),
            body: JSON.stringify({ name: 42, tier: 'teams' }),
          }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'unknown body property',
          path: '/v1/orgs',
          init: () => ({
            method: 'POST',
            headers: server.adminHeaders(),
            body: JSON.stringify({ name: 'a', tier: 'teams', admin: true }),
          }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'unknown query parameter',
          path: '/v1/orgs?debug=1',
          init: () => ({ headers: server.adminHeaders() }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'out-of-range query parameter',
          path: '/v1/orgs?limit=100000',
          init: () => ({ headers: server.adminHeaders() }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'negative query parameter',
          path: '/v1/orgs?limit=-1',
          init: () => ({ headers: server.adminHeaders() }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'malformed path id',
          path: '/v1/orgs/not-a-uuid',
          init: () => ({ headers: server.adminHeaders() }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'SQL injection string as an id',
          path: `/v1/orgs/${encodeURIComponent("1' or '1'='1")}`,
          init: () => ({ headers: server.adminHeaders() }),
          status: 400,
          code: 'validation_failed',
        },
        {
          name: 'text body where JSON is required',
          path: '/v1/orgs',
          init: () => ({
            method: 'POST',
            headers: server.adminHeaders({ 'content-type': 'text/plain' }),
            body: 'name=acme',
          }),
          status: 415,
          code: 'unsupported_media_type',
        },
      ];

      for (const c of cases) {
        it(`${c.name} → ${c.status} ${c.code}, with the correlation id`, async () => {
          const res = await server.request(c.path, c.init());
          expect(res.status).to.equal(c.status);
          const body = await envelope(res);
          expect(body.error.code).to.equal(c.code);
          expect(body.error.message).to.be.a('string').and.not.equal('');
          expect(body.error.correlationId).to.be.a('string').and.equal(res.headers.get('x-request-id'));
          expect(body.error).to.not.have.property('stack');

          const after = await server.request('/health/live');
          expect(after.status).to.equal(200);
        });
      }

      it('validation errors name the offending field', async () => {
        const res = await server.request('/v1/orgs', {
          method: 'POST',
          headers: server.adminHeaders(),
          body: JSON.stringify({ name: 'acme', tier: 'platinum' }),
        });
        const body = await envelope(res);
        expect(body.error.details).to.be.an('array');
        expect(JSON.stringify(body.error.details)).to.contain('/body/tier');
      });

      it('wrong method lists the allowed ones in Allow', async () => {
        const res = await server.request('/v1/orgs', { method: 'PUT', headers: server.adminHeaders(), body: '{}' });
        expect(res.status).to.equal(405);
        expect(res.headers.get('allow')?.split(/,\s*/).sort()).to.deep.equal(['GET', 'POST']);
      });

      it('honours a sane incoming X-Request-Id in the header and the envelope', async () => {
        const res = await server.request('/v1/nothing', { headers: { 'x-request-id': 'trace-me-123' } });
        expect(res.headers.get('x-request-id')).to.equal('trace-me-123');
        expect((await envelope(res)).error.correlationId).to.equal('trace-me-123');
      });

      it('derives the correlation id from traceparent when there is no X-Request-Id', async () => {
        const res = await server.request('/health/live', {
          headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
        });
        expect(res.headers.get('x-request-id')).to.equal('4bf92f3577b34da6a3ce929d0e0e4736');
      });

      it('generates a fresh correlation id per request otherwise', async () => {
        const [a, b] = await Promise.all([server.request('/health/live'), server.request('/health/live')]);
        expect(a.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
        expect(a.headers.get('x-request-id')).to.not.equal(b.headers.get('x-request-id'));
      });

      it('sends helmet security headers', async () => {
        const res = await server.request('/health/live');
        expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
        expect(res.headers.get('x-powered-by')).to.equal(null);
      });

      it('counts errors in goclaw_errors_total and labels HTTP metrics with route templates', async () => {
        await server.request('/v1/orgs/00000000-0000-4000-8000-000000000000', { headers: server.adminHeaders() });
        await server.request('/no/such/route/12345');
        const text = await (await server.request('/metrics')).text();
        expect(text).to.match(/goclaw_errors_total\{type="not_found"\} [1-9]/);
        expect(text).to.match(/goclaw_errors_total\{type="route_not_found"\} [1-9]/);
        expect(text).to.contain('route="/v1/orgs/{orgId}"');
        expect(text).to.contain('route="unmatched"');
        expect(text).to.not.contain('00000000-0000-4000-8000-000000000000');
        expect(text).to.not.contain('/no/such/route');
      });
    },
    { backends: ['embedded'] },
  );
});

describe('createApp: authentication', function () {
  forEachBackend(
    (backend) => {
      let server: TestTarget;

      before(async () => {
        server = await createTestApp(backend);
      });
      after(async () => {
        await server?.close();
      });

      it('admin endpoints answer 401 without a token', async () => {
        const res = await server.request('/v1/orgs');
        expect(res.status).to.equal(401);
        expect((await envelope(res)).error.code).to.equal('unauthenticated');
      });

      it('admin endpoints answer 401 with a wrong token', async () => {
        const res = await server.request('/v1/orgs', { headers: { authorization: `Bearer ${server.adminToken}x` } });
        expect(res.status).to.equal(401);
        expect((await envelope(res)).error.code).to.equal('unauthenticated');
      });

      it('admin endpoints answer 200 with the admin token', async () => {
        const res = await server.request('/v1/orgs', { headers: server.adminHeaders() });
        expect(res.status).to.equal(200);
      });

      it('a tenant key does not open admin endpoints', async () => {
        const created = await server.request('/v1/orgs', {
          method: 'POST',
          headers: server.adminHeaders(),
          body: JSON.stringify({ name: 'acme', tier: 'teams' }),
        });
        const { apiKey } = (await created.json()) as { apiKey: { key: string } };
        const res = await server.request('/v1/orgs', { headers: { authorization: `Bearer ${apiKey.key}` } });
        expect(res.status).to.equal(401);
      });

      it('tenant endpoints answer 401 to a forged key', async () => {
        const res = await server.request('/v1/api-keys', {
          headers: { 'x-api-key': 'cg_forged-key-that-was-never-issued' },
        });
        expect(res.status).to.equal(401);
        expect((await envelope(res)).error.code).to.equal('unauthenticated');
      });
    },
    { backends: ['embedded'] },
  );
});

describe('createApp: stack traces', function () {
  forEachBackend(
    (backend) => {
      const boom = (): never => {
        throw new Error('boom: secret internals');
      };
      for (const env of ['production', 'test', 'development'] as const) {
        describe(`NODE_ENV=${env}`, () => {
          let server: TestTarget;
          before(async () => {
            server = await createTestApp(backend, { config: { env }, app: { handlers: { getInfo: boom } } });
          });
          after(async () => {
            await server?.close();
          });

          it(
            env === 'development'
              ? 'shows the stack of a server error in details'
              : 'never puts a stack trace or internal message in an error response',
            async () => {
              const crash = await server.request('/info');
              expect(crash.status).to.equal(500);
              const body = await envelope(crash);
              expect(body.error.code).to.equal('internal_error');
              expect(body.error.message).to.not.contain('secret internals');
              if (env === 'development') {
                expect((body.error.details as { stack: string }).stack).to.contain('boom: secret internals');
                return;
              }
              expect(JSON.stringify(body)).to.not.contain('secret internals');
              for (const [path, init] of [
                ['/v1/orgs', { method: 'POST', headers: server.adminHeaders(), body: '{oops' }],
                ['/v1/orgs/not-a-uuid', { headers: server.adminHeaders() }],
                ['/nowhere', {}],
              ] as const) {
                const res = await server.request(path, init);
                const text = await res.text();
                expect(res.status).to.be.within(400, 499);
                expect(text).to.not.match(/\bat .+\.(ts|js):\d+/);
                expect(text).to.not.contain('stack');
              }
            },
          );
        });
      }
    },
    { backends: ['embedded'] },
  );
});

describe('createApp: operations without a handler', function () {
  forEachBackend(
    (backend) => {
      let server: TestTarget;

      before(async () => {
        server = await createTestApp(backend, { app: { handlers: { getInfo: undefined } } });
      });
      after(async () => {
        await server?.close();
      });

      it('answer 501 not_implemented in the envelope', async () => {
        const res = await server.request('/info');
        expect(res.status).to.equal(501);
        const body = await envelope(res);
        expect(body.error.code).to.equal('not_implemented');
        expect(body.error.correlationId).to.equal(res.headers.get('x-request-id'));
        expect((await server.request('/health/live')).status).to.equal(200);
      });
    },
    { backends: ['embedded'] },
  );
});

describe('createApp: the server holds itself to the contract', function () {
  forEachBackend(
    (backend) => {
      let server: TestTarget;

      before(async () => {
        server = await createTestApp(backend, {
          config: { http: { requestTimeoutMs: 300, validateResponses: true } },
          app: {
            handlers: {
              // A handler that breaks the spec (Info requires version, commit, …).
              getInfo: (() => ({ status: 200, body: { name: 1 } })) as unknown as OperationHandlers['getInfo'],
              // A handler that never answers.
              getHealth: () => new Promise(() => {}),
            },
          },
        });
      });
      after(async () => {
        await server?.close();
      });

      it('turns a response that violates the spec into 500 internal_error', async () => {
        const res = await server.request('/info');
        expect(res.status).to.equal(500);
        const body = await envelope(res);
        expect(body.error.code).to.equal('internal_error');
        expect(body.error.correlationId).to.equal(res.headers.get('x-request-id'));
        const metrics = await (await server.request('/metrics')).text();
        expect(metrics).to.match(/goclaw_errors_total\{type="internal_error"\} [1-9]/);
      });

      it('answers 408 request_timeout when a request is not answered in time, and keeps serving', async () => {
        const res = await server.request('/health');
        expect(res.status).to.equal(408);
        expect((await envelope(res)).error.code).to.equal('request_timeout');
        expect((await server.request('/health/live')).status).to.equal(200);
      });
    },
    { backends: ['embedded'] },
  );
});
