import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import winston from 'winston';
import { WebSocket, type ClientOptions } from 'ws';
import { loadConfig } from '../../src/config/load.js';
import type { AppDeps } from '../../src/deps.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import { attachRealtimeServer, type AttachRealtimeServerOptions, type RealtimeServer } from '../../src/realtime/index.js';

export type TransportDeps = Pick<AppDeps, 'config' | 'logger' | 'metrics'>;

/** Config (NODE_ENV=test unless given), a silent logger and a fresh metrics registry. */
export function transportDeps(env: Record<string, string> = {}): TransportDeps {
  const config = loadConfig({ env: { NODE_ENV: 'test', CLAWGATE_LOG_CONSOLE: 'false', ...env }, argv: [] });
  return { config, logger: winston.createLogger({ silent: true }), metrics: createMetrics({ defaultMetrics: false }) };
}

export interface RealtimeTestServer {
  /** `ws://127.0.0.1:<port>` */
  url: string;
  httpServer: http.Server;
  realtime: RealtimeServer;
  deps: TransportDeps;
  /** Closes the realtime server (1000) and the HTTP server. */
  close(): Promise<void>;
}

/**
 * A plain HTTP server on 127.0.0.1:0 with `attachRealtimeServer` on it.
 *
 * @example
 * const server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
 * const client = await connectClient(`${server.url}/ws`);
 */
export async function startRealtimeServer(
  options: Omit<AttachRealtimeServerOptions, 'server' | 'deps'> & { deps?: TransportDeps },
): Promise<RealtimeTestServer> {
  const deps = options.deps ?? transportDeps();
  const httpServer = http.createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const realtime = attachRealtimeServer({ ...options, server: httpServer, deps });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  let closed = false;
  return {
    url: `ws://127.0.0.1:${port}`,
    httpServer,
    realtime,
    deps,
    async close() {
      if (closed) return;
      closed = true;
      await realtime.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

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
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Refusal['body'] });
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
  correlationId?: string;
  timestamp: string;
  payload: any;
}

/** A real `ws` client that records frames and its close. */
export interface TestClient {
  ws: WebSocket;
  /** Every frame received so far, parsed. */
  frames: Frame[];
  /** The next frame not yet taken (optionally of a type, skipping others); rejects if the socket closes first. */
  next(type?: string): Promise<Frame>;
  /** Sends a frame (objects are JSON-encoded; strings and buffers go as they are). */
  send(data: object | string | Buffer, options?: { binary?: boolean }): void;
  /** Resolves with the close code and reason the client saw. */
  closed: Promise<{ code: number; reason: string }>;
  isOpen(): boolean;
}

/** Opens a WebSocket and resolves once it is open (rejects on an HTTP refusal). */
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
    frames.push(JSON.parse(data.toString()) as Frame);
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
        if (closeInfo !== undefined) throw new Error(`socket closed (${closeInfo.code} ${closeInfo.reason}) before a ${type ?? 'frame'} arrived`);
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    send(data, sendOptions = {}) {
      ws.send(typeof data === 'string' || Buffer.isBuffer(data) ? data : JSON.stringify(data), { binary: sendOptions.binary ?? false });
    },
    closed,
    isOpen: () => ws.readyState === WebSocket.OPEN,
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused with ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

/** The current value of a counter or gauge for one label set (0 when never touched). */
export async function metricValue(metrics: Metrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find((v) => labelsMatch(v.labels, labels) && ((v as { metricName?: string }).metricName ?? name) === name);
  return found?.value ?? 0;
}

/** The sample count of a histogram for one label set. */
export async function histogramCount(metrics: Metrics, name: string, labels: Record<string, string> = {}): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find((v) => (v as { metricName?: string }).metricName === `${name}_count` && labelsMatch(v.labels, labels));
  return found?.value ?? 0;
}

function labelsMatch(have: object, want: Record<string, string>): boolean {
  return Object.entries(want).every(([k, value]) => String((have as Record<string, unknown>)[k]) === value);
}
