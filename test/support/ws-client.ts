import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { WebSocket, type ClientOptions } from 'ws';
import { rawText } from '../../src/realtime/index.js';

/** What an upgrade request got back when the server refused it. */
export interface Refusal {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: { error: { code: string; message: string; correlationId: string; details?: unknown } };
}

/**
 * Sends a WebSocket upgrade request and returns the HTTP refusal, or `'upgraded'` when the
 * server switched protocols (the socket is then destroyed).
 */
export function tryUpgrade(url: string, headers: Record<string, string> = {}): Promise<Refusal | 'upgraded'> {
  return new Promise((resolve, reject) => {
    const req = http.request(url.replace(/^ws/, 'http'), {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
        ...headers,
      },
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      resolve('upgraded');
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        try {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Refusal['body'],
          });
        } catch (err) {
          reject(new Error(`refusal body is not JSON: ${Buffer.concat(chunks).toString('utf8')}`, { cause: err }));
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Frame {
  type: string;
  id?: string;
  seq?: number;
  eventId?: string;
  correlationId?: string;
  timestamp: string;
  payload: Record<string, unknown>;
  [key: string]: unknown;
}

/** A real `ws` client that records frames and its close. */
export interface TestClient {
  ws: WebSocket;
  /** Every frame received so far, parsed. */
  frames: Frame[];
  /** The next frame not yet taken (optionally of a type, skipping others); rejects if the socket closes first. */
  next(type?: string): Promise<Frame>;
  /** Resolves once `predicate` holds over what arrived; rejects if the socket closes first. */
  waitFor(predicate: (client: TestClient) => boolean, what?: string): Promise<void>;
  /** Resolves once `count` events (frames with a `seq`) have arrived. */
  waitForEvents(count: number): Promise<void>;
  /** The frames with a `seq` (gateway events) received so far. */
  readonly events: Frame[];
  /** The `connection.ack` frame, once received. */
  readonly connectionAck: Frame | undefined;
  /** Sends a cumulative `ack {seq}` (gateway event channel). */
  ack(seq: number): void;
  /** Closes with 1000 and resolves once closed. */
  close(): Promise<void>;
  /** Sends a frame (objects are JSON-encoded; strings and buffers go as they are). */
  send(data: object | string | Buffer, options?: { binary?: boolean }): void;
  /** Resolves with the close code and reason the client saw. */
  closed: Promise<{ code: number; reason: string }>;
  isOpen(): boolean;
}

/**
 * The one WebSocket test client: a real `ws` client that opens with the given headers, records
 * every frame and its close; rejects on an HTTP refusal with an Error carrying `status` and `body`.
 *
 * @example
 * const client = await connectClient(`${server.wsUrl}/ws`, { headers: { authorization: `Bearer ${key}` } });
 * expect((await client.next('connection.ack')).payload.orgId).to.equal(org.id);
 */
export function connectClient(url: string, options: ClientOptions = {}): Promise<TestClient> {
  const ws = new WebSocket(url, options);
  const frames: Frame[] = [];
  let taken = 0;
  const waiters: Array<() => void> = [];
  let closeInfo: { code: number; reason: string } | undefined;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => {
      closeInfo = { code, reason: reason.toString('utf8') };
      resolve(closeInfo);
      for (const wake of waiters.splice(0)) wake();
    });
  });
  ws.on('error', () => {});
  ws.on('message', (data) => {
    frames.push(JSON.parse(rawText(data)) as Frame);
    for (const wake of waiters.splice(0)) wake();
  });
  const client: TestClient = {
    ws,
    frames,
    async next(type) {
      for (;;) {
        while (taken < frames.length) {
          const frame = frames[taken++] as Frame;
          if (type === undefined || frame.type === type) return frame;
        }
        if (closeInfo !== undefined)
          throw new Error(`socket closed (${closeInfo.code} ${closeInfo.reason}) before a ${type ?? 'frame'} arrived`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async waitFor(predicate, what = 'frames') {
      while (!predicate(client)) {
        if (closeInfo !== undefined)
          throw new Error(`connection closed while waiting for ${what}; got ${frames.length} frames`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    waitForEvents(count) {
      return client.waitFor((c) => c.events.length >= count, `${count} events`);
    },
    get events() {
      return frames.filter((frame) => typeof frame.seq === 'number');
    },
    get connectionAck() {
      return frames.find((frame) => frame.type === 'connection.ack');
    },
    ack(seq) {
      client.send({ type: 'ack', timestamp: new Date().toISOString(), payload: { seq } });
    },
    async close() {
      if (ws.readyState !== WebSocket.CLOSED) ws.close(1000, 'test done');
      await closed;
    },
    send(data, sendOptions = {}) {
      ws.send(typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data), {
        binary: sendOptions.binary ?? false,
      });
    },
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        const parsed: unknown = body === '' ? {} : JSON.parse(body);
        reject(
          Object.assign(new Error(`upgrade refused with ${res.statusCode}`), { status: res.statusCode, body: parsed }),
        );
      });
    });
    ws.once('error', reject);
  });
}

/** The gateway event channel of a server at `wsUrl`, with the gateway's key and a resume position. */
export function connectGateway(
  wsUrl: string,
  apiKey: string | undefined,
  resume: { lastEventSeq?: string | number; since?: string | number } = {},
): Promise<TestClient> {
  const url = new URL('/api/internal/v1/ws/gateways/connect', wsUrl);
  if (resume.since !== undefined) url.searchParams.set('since', String(resume.since));
  const headers: Record<string, string> = {};
  if (apiKey !== undefined) headers['api-key'] = apiKey;
  if (resume.lastEventSeq !== undefined) headers['last-event-seq'] = String(resume.lastEventSeq);
  return connectClient(url.toString(), { headers });
}
