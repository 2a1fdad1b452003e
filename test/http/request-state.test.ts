import { expect } from 'chai';
import { AppError } from '../../src/errors.js';
import type { AppHandlers, RequestVariables } from '../../src/http/index.js';
import { forEachBackend, type TestBackend } from '../support/backends.js';
import { createTestApp, type TestTarget } from '../support/server.js';

const GATEWAY_ID = '5f0c8d2e-1b7a-4c1e-9a53-0d6f4e2b7c91';
const GATEWAY_KEY = 'gw-key-of-the-test';

/**
 * Handlers read the caller from `ctx.vars`: each stand-in handler records what it saw, then answers
 * 404 so the error envelope shows the correlation id the handler saw too.
 */
describe('request state: handlers see the principal, correlation id and org in ctx.vars', function () {
  this.timeout(60_000); // embedded PostgreSQL starts slowly on a busy machine
  forEachBackend(requestStateTests, { backends: ['embedded'] });
});

function requestStateTests(backend: TestBackend): void {
  let server: TestTarget;
  const seen: RequestVariables[] = [];
  const record = ({ vars }: { vars: RequestVariables }): never => {
    const { correlationId, orgId, principal } = vars;
    seen.push({ correlationId, principal, ...(orgId === undefined ? {} : { orgId }) });
    throw new AppError('not_found', 'recorded');
  };
  const handlers: Partial<AppHandlers> = {
    getOrg: (_input, ctx) => record(ctx),
    listGatewayEvents: (_input, ctx) => record(ctx),
  };

  before(async () => {
    server = await createTestApp(backend, {
      app: {
        handlers,
        authenticateGateway: (key) => Promise.resolve(key === GATEWAY_KEY ? { gatewayId: GATEWAY_ID } : undefined),
      },
    });
  });
  after(async () => {
    await server?.close();
  });
  beforeEach(() => {
    seen.length = 0;
  });

  async function call(path: string, headers: Record<string, string>): Promise<{ correlationId: string }> {
    const res = await server.request(path, { headers });
    expect(res.status, await res.clone().text()).to.equal(404);
    return ((await res.json()) as { error: { correlationId: string } }).error;
  }

  it('gives an admin request the admin principal and the X-Request-Id it sent', async () => {
    const orgId = '0b0e6f0e-8f55-4a3c-9b7e-3d7c2f3a9a11';
    const envelope = await call(`/v1/orgs/${orgId}`, server.adminHeaders({ 'x-request-id': 'trace-me-42' }));
    expect(seen).to.deep.equal([{ correlationId: 'trace-me-42', principal: { kind: 'admin' } }]);
    expect(envelope.correlationId).to.equal('trace-me-42');
  });

  it('gives a tenant request its org as principal and orgId', async () => {
    const created = await server.request('/v1/orgs', {
      method: 'POST',
      headers: server.adminHeaders(),
      body: JSON.stringify({ name: 'Context Co', tier: 'teams' }),
    });
    expect(created.status).to.equal(201);
    const { org, apiKey } = (await created.json()) as { org: { id: string }; apiKey: { id: string; key: string } };

    const envelope = await call(`/v1/orgs/${org.id}`, { 'x-api-key': apiKey.key });
    expect(seen).to.have.length(1);
    expect(seen[0]!.principal).to.deep.equal({
      kind: 'org',
      orgId: org.id,
      tier: 'teams',
      credential: { type: 'api_key', apiKeyId: apiKey.id },
    });
    expect(seen[0]!.orgId).to.equal(org.id);
    expect(seen[0]!.correlationId).to.equal(envelope.correlationId);
  });

  it('gives a gateway key the gateway principal', async () => {
    const envelope = await call(`/api/internal/v1/gateways/${GATEWAY_ID}/events`, { 'api-key': GATEWAY_KEY });
    expect(seen).to.have.length(1);
    expect(seen[0]!.principal).to.deep.equal({ kind: 'gateway', gatewayId: GATEWAY_ID });
    expect(seen[0]!.correlationId).to.equal(envelope.correlationId);
  });

  it('lets the admin token win when a request also carries a gateway key', async () => {
    await call(`/api/internal/v1/gateways/${GATEWAY_ID}/events`, server.adminHeaders({ 'api-key': GATEWAY_KEY }));
    expect(seen.map((vars) => vars.principal)).to.deep.equal([{ kind: 'admin' }]);
  });

  it("keeps one request from seeing another one's caller", async () => {
    const path = `/api/internal/v1/gateways/${GATEWAY_ID}/events`;
    await Promise.all([call(path, server.adminHeaders()), call(path, { 'api-key': GATEWAY_KEY })]);
    expect(seen.map((vars) => vars.principal.kind).sort()).to.deep.equal(['admin', 'gateway']);
  });
}
