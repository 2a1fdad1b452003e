import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { readLogLines } from '../support/log-lines.js';
import { createTestApp, startTestServer } from '../support/server.js';

describe('access log', function () {
  forEachBackend(
    (backend) => {
      // A real listener: the log tells a finished answer from a client that hung up by the socket.
      it('writes one info line per request with method, route template, status, duration, bytes, correlation id and org', async () => {
        const server = await startTestServer(backend, { config: { log: { level: 'info' } } });
        let orgId: string;
        try {
          const created = await server.request('/v1/orgs', {
            method: 'POST',
            headers: server.adminHeaders(),
            body: JSON.stringify({ name: 'logged', tier: 'teams' }),
          });
          const { org, apiKey } = (await created.json()) as { org: { id: string }; apiKey: { key: string } };
          orgId = org.id;
          const res = await server.request(`/v1/orgs/${org.id}`, {
            headers: { 'x-api-key': apiKey.key, 'x-request-id': 'access-log-test-1' },
          });
          expect(res.status).to.equal(200);
          await server.request('/v1/orgs', {
            method: 'POST',
            headers: server.adminHeaders({ 'x-request-id': 'access-log-test-2' }),
            body: '{broken',
          });
        } finally {
          await server.close(); // flushes the log file
        }
        const lines = readLogLines(server.config.log.file);
        const read = lines.find((line) => line.correlationId === 'access-log-test-1' && line.route !== undefined);
        expect(read, JSON.stringify(lines.slice(-5))).to.include({
          level: 'info',
          method: 'GET',
          route: '/v1/orgs/{orgId}',
          status: 200,
          orgId,
        });
        expect(read?.durationMs).to.be.a('number').at.least(0);
        expect(read?.bytes).to.be.a('number').greaterThan(0);

        const broken = lines.find((line) => line.correlationId === 'access-log-test-2' && line.status !== undefined);
        expect(broken).to.include({ method: 'POST', route: '/v1/orgs', status: 400 });
        // The raw id never becomes a route, and no line carries a key.
        expect(lines.some((line) => typeof line.route === 'string' && line.route.includes(orgId))).to.equal(false);
        expect(JSON.stringify(lines)).to.not.contain('cg_');
      });

      it('writes none below info', async () => {
        const server = await startTestServer(backend, { config: { log: { level: 'warn' } } });
        try {
          const res = await server.request('/health/live', { headers: { 'x-request-id': 'access-log-quiet' } });
          expect(res.status).to.equal(200);
        } finally {
          await server.close();
        }
        const lines = readLogLines(server.config.log.file);
        expect(lines.filter((line) => line.message === 'request')).to.deep.equal([]);
      });
    },
    { backends: ['embedded'] },
  );
});

describe('CORS', function () {
  forEachBackend(
    (backend) => {
      it('is off unless origins are configured, and answers preflights for configured origins', async () => {
        const off = await createTestApp(backend);
        try {
          const res = await off.request('/health/live', { headers: { origin: 'https://app.example' } });
          expect(res.headers.get('access-control-allow-origin')).to.equal(null);
        } finally {
          await off.close();
        }
        const on = await createTestApp(backend, { config: { http: { corsOrigins: ['https://app.example'] } } });
        try {
          const allowed = await on.request('/v1/orgs', {
            method: 'OPTIONS',
            headers: {
              origin: 'https://app.example',
              'access-control-request-method': 'POST',
              'access-control-request-headers': 'authorization,content-type',
            },
          });
          expect(allowed.status).to.be.within(200, 204);
          expect(allowed.headers.get('access-control-allow-origin')).to.equal('https://app.example');
          const simple = await on.request('/health/live', { headers: { origin: 'https://evil.example' } });
          expect(simple.headers.get('access-control-allow-origin')).to.not.equal('https://evil.example');
          const exposed = await on.request('/health/live', { headers: { origin: 'https://app.example' } });
          expect(exposed.headers.get('access-control-expose-headers')).to.contain('X-Request-Id');
        } finally {
          await on.close();
        }
      });
    },
    { backends: ['embedded'] },
  );
});
