import http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * Defects of the tenancy fixture server, one per thing the tenancy checks must catch. With none
 * it serves test/contract-tests/fixtures/tenancy-openapi.yaml correctly: a per-organization limit
 * of `RATE_LIMIT` requests per minute with draft-08 headers and 429 `rate_limited`, and a `/ws`
 * cap of `WS_CAP` connections per organization refused with 429 `quota_exceeded`.
 */
export type TenancyDefect =
  /** 2xx answers without RateLimit-Policy / RateLimit */
  | 'no-ratelimit-headers'
  /** the 429 has no Retry-After */
  | 'no-retry-after'
  /** the 429 body is plain text, not the error envelope */
  | 'plain-text-429'
  /** the limit is announced but never enforced */
  | 'never-limited'
  /** `r` does not go down by one per request */
  | 'remaining-stuck'
  /** the connection cap is not enforced */
  | 'quota-not-enforced'
  /** the handshake past the cap is refused with 503 and a plain-text body */
  | 'quota-plain-refusal'
  /** a closed connection keeps its slot */
  | 'slot-not-freed';

export const RATE_LIMIT = 5;
export const WS_CAP = 3;
export const ADMIN_TOKEN = 'tenancy-admin';

export interface TenancyFixtureServer {
  url: string;
  close(): Promise<void>;
}

export async function startTenancyFixtureServer(defects: TenancyDefect[] = []): Promise<TenancyFixtureServer> {
  const has = (d: TenancyDefect) => defects.includes(d);
  /** API key → its organization's request count and open connections */
  const orgs = new Map<string, { requests: number; sockets: Set<WebSocket>; slotsLeaked: number }>();
  const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const envelope = (code: string, details?: unknown) => ({
    error: { code, message: code, correlationId: randomUUID(), ...(details ? { details } : {}) },
  });

  const server = http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/orgs') {
      if (req.headers.authorization !== `Bearer ${ADMIN_TOKEN}`) return json(res, 401, envelope('unauthenticated'));
      req.resume();
      req.on('end', () => {
        const key = `key-${randomUUID()}`;
        orgs.set(key, { requests: 0, sockets: new Set(), slotsLeaked: 0 });
        json(res, 201, { org: { id: randomUUID() }, apiKey: { key } });
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/usage') {
      const org = orgs.get(String(req.headers['x-api-key']));
      if (!org) return json(res, 401, envelope('unauthenticated'));
      org.requests++;
      const remaining = Math.max(0, RATE_LIMIT - org.requests);
      const headers: Record<string, string> = has('no-ratelimit-headers')
        ? {}
        : {
            'RateLimit-Policy': `"open_source";q=${RATE_LIMIT};w=60`,
            RateLimit: `"open_source";r=${has('remaining-stuck') ? RATE_LIMIT - 1 : remaining};t=59`,
          };
      if (org.requests > RATE_LIMIT && !has('never-limited')) {
        if (!has('no-retry-after')) headers['Retry-After'] = '59';
        if (has('plain-text-429')) {
          res.writeHead(429, { 'content-type': 'text/plain', ...headers });
          return res.end('slow down');
        }
        return json(
          res,
          429,
          envelope('rate_limited', { limit: RATE_LIMIT, windowSeconds: 60, retryAfterSeconds: 59 }),
          headers,
        );
      }
      const used = org.sockets.size + org.slotsLeaked;
      return json(res, 200, { quotas: { websocketConnections: { used, limit: WS_CAP, resetsAt: null } } }, headers);
    }
    json(res, 404, envelope('not_found'));
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: number, body: string, type = 'application/json') => {
      socket.end(
        `HTTP/1.1 ${status} Refused\r\ncontent-type: ${type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    const org = orgs.get(String(req.headers['x-api-key']));
    if (!req.url?.startsWith('/ws') || !org) return refuse(401, JSON.stringify(envelope('unauthenticated')));
    const used = org.sockets.size + org.slotsLeaked;
    if (used >= WS_CAP && !has('quota-not-enforced')) {
      if (has('quota-plain-refusal')) return refuse(503, 'busy', 'text/plain');
      const details = { quota: 'websocketConnections', limit: WS_CAP, used, resetsAt: null };
      return refuse(429, JSON.stringify(envelope('quota_exceeded', details)));
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      org.sockets.add(ws);
      ws.on('close', () => {
        org.sockets.delete(ws);
        if (has('slot-not-freed')) org.slotsLeaked++;
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
