import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import express, { type NextFunction, type Request, type Response } from 'express';
import { WebSocketServer, type WebSocket } from 'ws';
import { rawText } from '../../../src/realtime/index.js';

/**
 * Defects the fixture server can be built with, one per thing the contract-test runner must
 * catch. With none it implements test/contract-tests/fixtures/{openapi,asyncapi}.yaml correctly.
 */
export type Defect =
  /** GET /items/{id} of an unknown item answers 410, which the spec does not document */
  | 'undocumented-status'
  /** POST /items answers without the required `kind` */
  | 'missing-required-field'
  /** GET /health answers text/html */
  | 'wrong-content-type'
  /** the pong frame carries a number where the schema says a date-time string */
  | 'message-violates-schema'
  /** GET /items answers without checking credentials */
  | 'missing-auth-check'
  /** a name longer than 20 characters crashes POST /items with a 500 */
  | 'server-error'
  /** DELETE /items/{id} answers 204 but keeps the item */
  | 'not-gone-after-delete'
  /** GET /items/{id} returns another tenant's item */
  | 'cross-tenant-read'
  /** the WebSocket handshake is accepted without a token */
  | 'ws-missing-auth-check'
  /** invalid frames get neither an error frame nor a close */
  | 'ws-ignores-invalid-frames'
  /** the handshake accepts a `since` query value its schema refuses */
  | 'ws-accepts-invalid-since'
  /** not a defect but unfinished work: DELETE /items/{id} answers 501 not_implemented */
  | 'delete-not-implemented'
  /** unfinished work: the WebSocket channel is not served (upgrade answered 404) */
  | 'ws-not-served'
  /** unfinished work: POST /items answers 501, so nothing can trigger item.created */
  | 'create-not-implemented'
  /** POST /items works but never sends item.created to connected clients */
  | 'no-item-created-event'
  /** GET /items?limit=Infinity (or 1e400, NaN …) crashes with a 500 */
  | 'non-finite-limit-crash'
  /** GET /search refuses invalid input with 400, which it documents as 422 */
  | 'undocumented-400'
  /** a body that is not data of its Content-Encoding crashes POST /items with a 500 */
  | 'bad-compression-crash'
  /** POST /items stores a name holding a NUL character */
  | 'accepts-nul'
  /** POST /items with kind "b" and count 7 crashes with a 500: only generated requests find it */
  | 'crash-on-kind-b-count-7';

export interface FixtureServer {
  url: string;
  /** the token of tenant A (tenant B's is `tenant-b-token`) */
  token: string;
  close(): Promise<void>;
}

interface Item {
  id: string;
  tenant: string;
  name: string;
  kind: 'a' | 'b';
  count: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** NUL, or a surrogate without its pair */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export async function startFixtureServer(defects: readonly Defect[] = []): Promise<FixtureServer> {
  const has = (d: Defect) => defects.includes(d);
  const token = `tenant-a-${randomUUID()}`;
  const tenants = new Map([
    [token, 'a'],
    ['tenant-b-token', 'b'],
  ]);
  const items = new Map<string, Item>();
  const sockets = new Map<WebSocket, string>();

  const fail = (res: Response, status: number, code: string, message: string) =>
    res.status(status).json({ error: { code, message } });
  const tenantOf = (req: Request) => {
    const m = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
    return m ? tenants.get(m[1]!) : undefined;
  };
  const auth = (req: Request, res: Response, next: NextFunction) => {
    const tenant = tenantOf(req);
    if (!tenant) return fail(res, 401, 'unauthenticated', 'missing or wrong credentials');
    res.locals.tenant = tenant;
    next();
  };
  const view = ({ tenant: _t, ...item }: Item) => item;

  const app = express();
  app.use((_req, res, next) => {
    res.set('X-Request-Id', randomUUID());
    next();
  });
  app.use(express.json());
  // Unknown query parameters are refused, as the spec lists every parameter.
  const allowedQuery: Record<string, string[]> = { '/items': ['limit'], '/search': ['q'] };
  app.use((req, res, next) => {
    const allowed = allowedQuery[req.path] ?? [];
    const unknown = Object.keys(req.query as object).find((k) => !allowed.includes(k));
    // The query parser would turn bytes that are not UTF-8 (%ED%A0%80, %FF) into U+FFFD: refuse them instead.
    const raw = req.originalUrl.split('?')[1] ?? '';
    const undecodable = raw.split(/[&=]/).some((part) => {
      try {
        decodeURIComponent(part);
        return false;
      } catch {
        return true;
      }
    });
    if ((unknown === undefined && !undecodable) || req.path === '/health') return next();
    const status = req.path === '/search' && !has('undocumented-400') ? 422 : 400;
    fail(res, status, 'validation_failed', undecodable ? 'the query is not UTF-8' : `unknown ${unknown}`);
  });
  app.get('/health', (_req, res) => {
    if (has('wrong-content-type')) return res.type('text/html').send('<p>ok</p>');
    res.json({ status: 'ok' });
  });
  app.get(
    '/items',
    (req, res, next) => (has('missing-auth-check') ? next() : auth(req, res, next)),
    (req, res) => {
      const limit = req.query.limit;
      if (has('non-finite-limit-crash') && typeof limit === 'string' && !Number.isFinite(Number(limit)))
        return res.status(500).json({ error: { code: 'internal_error', message: 'invalid input syntax for bigint' } });
      if (limit !== undefined && !(typeof limit === 'string' && /^\d+$/.test(limit) && +limit >= 1 && +limit <= 100)) {
        return fail(res, 400, 'validation_failed', 'limit must be an integer 1–100');
      }
      const tenant = res.locals.tenant as string | undefined;
      res.json({ items: [...items.values()].filter((i) => !tenant || i.tenant === tenant).map(view) });
    },
  );
  app.get('/search', auth, (req, res) => {
    const q = req.query.q;
    if (typeof q !== 'string' || q.length < 1 || q.length > 50 || UNSTORABLE.test(q))
      return fail(res, has('undocumented-400') ? 400 : 422, 'validation_failed', 'q must be 1–50 characters');
    const tenant = res.locals.tenant as string;
    res.json({ items: [...items.values()].filter((i) => i.tenant === tenant && i.name.includes(q)).map(view) });
  });
  app.post('/items', auth, (req, res) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (has('crash-on-kind-b-count-7') && body?.kind === 'b' && body.count === 7)
      return res.status(500).json({ error: { code: 'internal_error', message: 'unexpected' } });
    if (has('server-error') && typeof body?.name === 'string' && body.name.length > 20) {
      return res.status(500).json({ error: { code: 'internal_error', message: 'value too long for column "name"' } });
    }
    const problem = validateNewItem(body, has('accepts-nul'));
    if (problem) return fail(res, 400, 'validation_failed', problem);
    // like clawgate: requests are validated against the spec before an unbound operation answers 501
    if (has('create-not-implemented')) return fail(res, 501, 'not_implemented', 'not implemented yet');
    const item: Item = {
      id: randomUUID(),
      tenant: res.locals.tenant as string,
      name: body!.name as string,
      kind: body!.kind as 'a' | 'b',
      count: (body!.count as number | undefined) ?? 0,
    };
    items.set(item.id, item);
    for (const [ws, tenant] of sockets) {
      if (tenant === item.tenant && !has('no-item-created-event'))
        ws.send(
          JSON.stringify({
            type: 'item.created',
            timestamp: new Date().toISOString(),
            payload: { id: item.id, name: item.name },
          }),
        );
    }
    const out: Record<string, unknown> = view(item);
    if (has('missing-required-field')) delete out.kind;
    res.status(201).json(out);
  });
  app.get('/items/:itemId', auth, (req, res) => {
    const id = String(req.params.itemId);
    if (!UUID.test(id)) return fail(res, 400, 'validation_failed', 'itemId must be a uuid');
    const item = items.get(id);
    if (!item || (item.tenant !== res.locals.tenant && !has('cross-tenant-read'))) {
      if (has('undocumented-status')) return fail(res, 410, 'gone', 'no such item');
      return fail(res, 404, 'not_found', 'no such item');
    }
    res.json(view(item));
  });
  app.delete('/items/:itemId', auth, (req, res) => {
    const id = String(req.params.itemId);
    if (!UUID.test(id)) return fail(res, 400, 'validation_failed', 'itemId must be a uuid');
    // Like clawgate's binding: requests are validated before a not-implemented handler answers.
    if (has('delete-not-implemented')) return fail(res, 501, 'not_implemented', 'not implemented yet');
    const item = items.get(id);
    if (!item || item.tenant !== res.locals.tenant) return fail(res, 404, 'not_found', 'no such item');
    if (!has('not-gone-after-delete')) items.delete(id);
    res.status(204).end();
  });
  app.use((_req: Request, res: Response) => fail(res, 404, 'route_not_found', 'no such route'));
  app.use((err: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
    if (err.type === 'entity.parse.failed') return fail(res, 400, 'malformed_json', 'the body is not valid JSON');
    const decoding = err.type === undefined && (req.get('content-encoding') ?? 'identity') !== 'identity';
    if (decoding && has('bad-compression-crash')) return fail(res, 500, 'internal_error', 'incorrect header check');
    fail(res, err.status && err.status < 500 ? err.status : 500, 'error', 'error');
  });

  const server = http.createServer(app);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 });
  let bucket = 10;
  const refill = setInterval(() => (bucket = Math.min(10, bucket + 1)), 1000);
  const refuse = (socket: Duplex, status: number, code: string, extra = '') => {
    const body = JSON.stringify({ error: { code, message: code } });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`,
    );
  };
  server.on('upgrade', (req, socket, head) => {
    if (has('ws-not-served') || new URL(req.url ?? '/', 'http://x').pathname !== '/events')
      return refuse(socket, 404, 'route_not_found');
    if (bucket <= 0) return refuse(socket, 429, 'rate_limited', 'Retry-After: 1\r\n');
    bucket--;
    const tenant =
      tenants.get(String(req.headers['x-token'] ?? '')) ?? (has('ws-missing-auth-check') ? 'a' : undefined);
    if (!tenant) return refuse(socket, 401, 'unauthenticated');
    const since = new URL(req.url ?? '/', 'http://x').searchParams.get('since');
    if (since !== null && !/^(0|[1-9][0-9]*)$/.test(since) && !has('ws-accepts-invalid-since'))
      return refuse(socket, 400, 'validation_failed');
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.set(ws, tenant);
      ws.on('close', () => sockets.delete(ws));
      ws.on('error', () => sockets.delete(ws));
      const send = (frame: object) => ws.send(JSON.stringify({ ...frame, timestamp: new Date().toISOString() }));
      send({ type: 'welcome', payload: { connectionId: randomUUID() } });
      ws.on('message', (data) => {
        let frame: { type?: unknown; id?: unknown; payload?: unknown; timestamp?: unknown };
        try {
          frame = JSON.parse(rawText(data)) as typeof frame;
        } catch {
          if (!has('ws-ignores-invalid-frames'))
            send({ type: 'error', payload: { code: 'malformed_json', message: 'not JSON' } });
          return;
        }
        const validPing =
          frame.type === 'ping' &&
          typeof frame.timestamp === 'string' &&
          !!frame.payload &&
          typeof frame.payload === 'object' &&
          !Array.isArray(frame.payload);
        if (!validPing) {
          if (!has('ws-ignores-invalid-frames'))
            send({ type: 'error', payload: { code: 'validation_failed', message: 'unknown or invalid frame' } });
          return;
        }
        send({
          type: 'pong',
          ...(typeof frame.id === 'string' ? { correlationId: frame.id } : {}),
          payload: { serverTime: has('message-violates-schema') ? Date.now() : new Date().toISOString() },
        });
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    async close() {
      clearInterval(refill);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function validateNewItem(body: Record<string, unknown> | undefined, acceptNul: boolean): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'body must be an object';
  for (const key of Object.keys(body)) if (!['name', 'kind', 'count'].includes(key)) return `unknown property ${key}`;
  if (typeof body.name !== 'string' || body.name.length < 1 || body.name.length > 20)
    return 'name must be 1–20 characters';
  if (UNSTORABLE.test(body.name) && !acceptNul) return 'name must not hold NUL or an unpaired surrogate';
  if (body.kind !== 'a' && body.kind !== 'b') return 'kind must be a or b';
  if (
    body.count !== undefined &&
    !(Number.isInteger(body.count) && (body.count as number) >= 0 && (body.count as number) <= 10)
  ) {
    return 'count must be an integer 0–10';
  }
  return undefined;
}
