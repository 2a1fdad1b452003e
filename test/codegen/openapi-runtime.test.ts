import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'chai';
import express from 'express';
import { renderAll } from '../../src/codegen/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Loose views of the generated modules: this test imports code generated at run time. */
type Handler = (
  input: Record<string, unknown>,
  ctx: { req: express.Request; res: express.Response; vars: Record<string, unknown> },
) => unknown;
interface ServerModule {
  bindOperations(
    router: express.Router,
    handlers: Record<string, Handler>,
    options?: { context?: (req: express.Request, res: express.Response) => Record<string, unknown> },
  ): express.Router;
}
type ClientMethod = (request?: Record<string, unknown>) => Promise<unknown>;
type ClientModule = { RestClient: new (options: Record<string, unknown>) => Record<string, ClientMethod> };

/**
 * The generator on a foreign spec, end to end: generate the `parameters` fixture (odd names,
 * operations without operationId, a path with ':' in it, literal-vs-parameter routes, array and
 * deepObject query, header parameters, text bodies), mount it on Express and call it with its client.
 */
describe('codegen: generated binding and client of a foreign spec work together', function () {
  this.timeout(60_000);
  let dir: string;
  let server: Server;
  let client: Record<string, ClientMethod>;
  let baseUrl: string;
  const seen: Record<string, unknown> = {};

  before(async () => {
    await mkdir(path.join(repoRoot, 'node_modules/.cache'), { recursive: true });
    dir = await mkdtemp(path.join(repoRoot, 'node_modules/.cache/codegen-runtime-'));
    const spec = path.join(repoRoot, 'test/fixtures/openapi/parameters/openapi.yaml');
    for (const file of await renderAll({ openapi: spec, out: dir })) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.content);
    }
    const generatedServer = (await import(pathToFileURL(path.join(dir, 'server/index.ts')).href)) as ServerModule;
    const generatedClient = (await import(pathToFileURL(path.join(dir, 'sdk/rest-client.ts')).href)) as ClientModule;

    const app = express();
    app.use(express.json());
    app.use(express.text());
    const router = express.Router();
    generatedServer.bindOperations(
      router,
      {
        getItems: (input) => {
          seen.getItems = input;
          return { status: 200, body: [{ id: 1, name: 'one' }], headers: { 'X-Total-Count': 1 } };
        },
        getItemsMine: (_input, ctx) => {
          seen.vars = ctx.vars;
          return { status: 200, body: [{ id: 2, name: 'mine' }] };
        },
        delete: (input) => {
          seen.delete = input.params;
          return { status: 200, body: { id: (input.params as { 'item-id': number })['item-id'], name: 'found' } };
        },
        putItemsByItemId: (input) => {
          seen.put = input.body;
          return { status: 204 };
        },
        _123batch: (input) => ({
          status: 200,
          body: { a: { id: (input.body as { ids: number[] }).ids[0], name: 'a' } },
        }),
        headRoot: () => ({ status: 200 }),
      },
      { context: (req) => ({ route: `${req.method} ${req.path}` }) },
    );
    app.use(router);
    // Answers with the status the error carries (ParameterError: 400), without Express's stack trace on stderr.
    app.use(
      (err: Error & { status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        res.status(err.status ?? 500).json({ error: err.message });
      },
    );
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    client = new generatedClient.RestClient({ baseUrl });
  });

  after(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  });

  it('serialises array, non-exploded and deepObject query and header parameters; the handler gets them typed', async () => {
    const items = await client.getItems!({
      query: { tag: ['a', 'b'], ids: [3, 4], filter: { minPrice: 2.5, inStock: true } },
      headers: { 'X-Trace-Id': 'trace-1' },
    });
    expect(items).to.deep.equal([{ id: 1, name: 'one' }]);
    const input = seen.getItems as { query: Record<string, unknown>; headers: Record<string, unknown> };
    expect(input.query.tag).to.deep.equal(['a', 'b']);
    expect(input.query.ids).to.deep.equal([3, 4]);
    expect(input.query.filter).to.deep.equal({ minPrice: 2.5, inStock: true });
    expect(input.query).to.have.all.keys('tag', 'ids', 'filter');
    expect(input.headers).to.deep.equal({ 'X-Trace-Id': 'trace-1' });
  });

  it('routes a literal path before a parameter path and coerces a non-identifier path parameter', async () => {
    expect(await client.getItemsMine!()).to.deep.equal([{ id: 2, name: 'mine' }]);
    expect(await client.delete!({ params: { 'item-id': 7 } })).to.deep.equal({ id: 7, name: 'found' });
    expect(seen.delete).to.deep.equal({ 'item-id': 7 });
  });

  it('hands each handler the request variables its context factory built', async () => {
    await client.getItemsMine!();
    expect(seen.vars).to.deep.equal({ route: 'GET /items/mine' });
  });

  it('serves a path containing a character Express reserves (":batchGet")', async () => {
    expect(await client._123batch!({ body: { ids: [9] } })).to.deep.equal({ a: { id: 9, name: 'a' } });
  });

  it('sends JSON bodies and resolves a 204 to undefined', async () => {
    expect(await client.putItemsByItemId!({ params: { 'item-id': 1 }, body: { id: 1, name: 'renamed' } })).to.equal(
      undefined,
    );
    expect(seen.put).to.deep.equal({ id: 1, name: 'renamed' });
  });

  it('answers HEAD operations', async () => {
    expect(await client.headRoot!()).to.equal(undefined);
  });

  it('answers 400 before the handler for number parameters that are not finite decimal numbers', async () => {
    delete seen.getItems;
    delete seen.delete;
    const trace = { 'x-trace-id': 't' };
    for (const [path, headers] of [
      ['/items?ids=1,Infinity', trace],
      ['/items?ids=1e400', trace],
      [`/items?ids=${'9'.repeat(400)}`, trace],
      ['/items?ids=0x10', trace],
      ['/items?filter[minPrice]=-Infinity', trace],
      ['/items?filter[inStock]=maybe', trace],
      ['/items/Infinity', {}],
      ['/items/9007199254740993', {}],
    ] as const) {
      const res = await fetch(`${baseUrl}${path}`, { headers });
      expect(res.status, path).to.equal(400);
    }
    expect(seen).not.to.have.any.keys('getItems', 'delete');
  });
});
