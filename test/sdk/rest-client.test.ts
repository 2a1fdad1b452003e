import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { expect } from 'chai';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { components } from '../../generated/openapi/types.js';
import { bindOperations, type OperationHandlers } from '../../generated/server/index.js';
import { ApiError, ApiNetworkError, ClawgateClient, RestClient, type ErrorBody } from '../../generated/sdk/index.js';

type Org = components['schemas']['Org'];

const ORG: Org = {
  id: '0b0e6f0e-8f55-4a3c-9b7e-3d7c2f3a9a11',
  name: 'Acme Robotics',
  tier: 'teams',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
};

/** What the handlers saw, to assert what the client sent. */
interface Seen {
  authorization?: string;
  query?: unknown;
  orgId?: string;
}

function startServer(handlers: Partial<OperationHandlers>): Promise<{ server: Server; baseUrl: string }> {
  const app = express();
  app.use(express.json());
  const router = express.Router();
  bindOperations(router, handlers);
  app.use(router);
  app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ error: { code: 'internal_error', message: err.message, correlationId: 'test' } });
  });
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

describe('generated REST client against bindOperations on a real server', () => {
  const seen: Seen = {};
  let server: Server;
  let client: ClawgateClient;

  before(async () => {
    const handlers: Partial<OperationHandlers> = {
      getLiveness: () => ({ status: 200, body: { status: 'ok', uptimeSeconds: 1.5 } }),
      getOrg: (input, ctx) => {
        seen.authorization = ctx.req.get('authorization');
        seen.orgId = input.params.orgId;
        if (input.params.orgId === ORG.id) return { status: 200, body: ORG };
        return {
          status: 404,
          body: {
            error: { code: 'not_found', message: `org ${input.params.orgId} not found`, correlationId: 'c-404' },
          },
        };
      },
      listOrgs: (input) => {
        seen.query = input.query;
        return { status: 200, body: { items: [ORG], nextCursor: null } };
      },
      deleteOrg: () => {
        throw new Error('handler exploded');
      },
    };
    const started = await startServer(handlers);
    server = started.server;
    client = new ClawgateClient({ baseUrl: `${started.baseUrl}/`, adminToken: 'admin-secret' });
  });

  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('calls an operation and returns the typed 2xx body', async () => {
    const live = await client.getLiveness();
    const status: 'ok' = live.status;
    expect(status).to.equal('ok');
    expect(live.uptimeSeconds).to.equal(1.5);
  });

  it('sends path parameters and the credential of the operation security scheme', async () => {
    const org: Org = await client.getOrg({ params: { orgId: ORG.id } });
    expect(org).to.deep.equal(ORG);
    expect(seen.orgId).to.equal(ORG.id);
    expect(seen.authorization).to.equal('Bearer admin-secret');
  });

  it('serialises query parameters and the server gets them coerced to their schema types', async () => {
    const page = await client.listOrgs({ query: { limit: 5, cursor: 'abc' } });
    expect(page.items).to.have.length(1);
    expect(seen.query).to.deep.equal({ limit: 5, cursor: 'abc' });
  });

  it('surfaces a 404 as ApiError carrying status and the typed error envelope', async () => {
    const error = await client
      .getOrg({ params: { orgId: 'ffffffff-0000-4000-8000-000000000000' } })
      .catch((err: unknown) => err);
    expect(error).to.be.instanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).to.equal(404);
    expect(apiError.operationId).to.equal('getOrg');
    const body: ErrorBody | undefined = apiError.body;
    expect(body && 'error' in body ? body.error.code : undefined).to.equal('not_found');
    expect(body).to.deep.equal({
      error: {
        code: 'not_found',
        message: 'org ffffffff-0000-4000-8000-000000000000 not found',
        correlationId: 'c-404',
      },
    });
  });

  it('answers an operation without a handler with 501 not_implemented in the envelope', async () => {
    const error = (await client
      .createOrg({ body: { name: 'New', tier: 'open_source' } })
      .catch((err: unknown) => err)) as ApiError;
    expect(error).to.be.instanceOf(ApiError);
    expect(error.status).to.equal(501);
    expect(error.body).to.have.nested.property('error.code', 'not_implemented');
    expect(error.body).to.have.nested.property('error.message').that.includes('createOrg');
  });

  it('passes an error thrown by a handler to the Express error middleware', async () => {
    const error = (await client.deleteOrg({ params: { orgId: ORG.id } }).catch((err: unknown) => err)) as ApiError;
    expect(error.status).to.equal(500);
    expect(error.body).to.have.nested.property('error.message', 'handler exploded');
  });

  it('turns a request that never gets a response into ApiNetworkError (an ApiError with status 0)', async () => {
    const closed = await startServer({});
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const offline = new RestClient({ baseUrl: closed.baseUrl });
    const error = await offline.getLiveness().catch((err: unknown) => err);
    expect(error).to.be.instanceOf(ApiNetworkError);
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiNetworkError).status).to.equal(0);
  });
});
