/** Many WebSocket clients from one process: bounded concurrency, several loopback source addresses. */
import WebSocket from 'ws';
import { summarize, type LatencySummary } from './stats.js';

/** A text frame's content, whichever of ws's binary types it arrived as. */
export function frameText(data: WebSocket.RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return (Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data)).toString('utf8');
}

export interface OpenedClient {
  ws: WebSocket;
  /** the first frame the server sent (`connection.ack`), parsed */
  ack: { type: string; payload?: Record<string, unknown> };
  /** upgrade request → `connection.ack` received, ms */
  handshakeMs: number;
}

export interface OpenClientOptions {
  url: string;
  headers?: Record<string, string>;
  /** bind to this loopback address (127.0.0.x) to use its own ephemeral port range */
  localAddress?: string;
  timeoutMs?: number;
}

/**
 * Opens one client and resolves once the server's first frame (`connection.ack`) arrived.
 * A refused upgrade rejects with the HTTP status and body, so a bench says why it could not connect.
 */
export function openClient({
  url,
  headers,
  localAddress,
  timeoutMs = 30_000,
}: OpenClientOptions): Promise<OpenedClient> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const ws = new WebSocket(url, {
      headers,
      perMessageDeflate: false,
      ...(localAddress === undefined ? {} : { localAddress }),
    });
    const timer = setTimeout(() => fail(new Error(`no connection.ack within ${timeoutMs} ms`)), timeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on('error', () => {});
      ws.terminate();
      reject(err);
    };
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => fail(new UpgradeRefused(res.statusCode ?? 0, body)));
      res.on('error', () => fail(new UpgradeRefused(res.statusCode ?? 0, body)));
    });
    ws.once('error', (err) => fail(err));
    ws.once('close', (code, reason) => fail(new Error(`closed before connection.ack: ${code} ${reason.toString()}`)));
    ws.once('message', (data) => {
      clearTimeout(timer);
      ws.removeAllListeners();
      ws.on('error', () => {});
      let ack: OpenedClient['ack'];
      try {
        ack = JSON.parse(frameText(data)) as OpenedClient['ack'];
      } catch {
        return fail(new Error(`first frame is not JSON: ${frameText(data).slice(0, 200)}`));
      }
      if (ack.type !== 'connection.ack') return fail(new Error(`first frame is ${ack.type}, not connection.ack`));
      resolve({ ws, ack, handshakeMs: performance.now() - started });
    });
  });
}

export class UpgradeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`upgrade refused with HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = 'UpgradeRefused';
  }
}

/** `count` tasks with at most `concurrency` running; results in index order; the first failure rejects. */
export async function inPool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(count);
  let next = 0;
  let failed: { error: unknown } | undefined;
  const worker = async () => {
    while (failed === undefined && next < count) {
      const index = next++;
      try {
        results[index] = await task(index);
      } catch (err) {
        failed ??= { error: err };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  if (failed !== undefined) throw failed.error;
  return results;
}

/** Source address of client `index` when `addresses` loopback addresses are used (127.0.0.1 …). */
export function sourceAddress(index: number, addresses: number): string | undefined {
  if (addresses <= 1) return undefined; // let connect() pick ports per destination
  return `127.0.0.${1 + (index % addresses)}`;
}

/** Source addresses needed so no single address needs more than ~20,000 ephemeral ports. */
export function defaultSourceAddresses(connections: number): number {
  return Math.min(250, Math.max(1, Math.ceil(connections / 20_000)));
}

/** Closes clients without waiting for the close handshake of each (bounded by `timeoutMs`). */
export async function closeAll(clients: ReadonlyArray<{ ws: WebSocket }>, timeoutMs = 5_000): Promise<void> {
  await Promise.race([
    Promise.all(
      clients.map(
        ({ ws }) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === WebSocket.CLOSED) return resolve();
            ws.once('close', () => resolve());
            ws.close(1000, 'bench finished');
          }),
      ),
    ),
    new Promise((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
  for (const { ws } of clients) if (ws.readyState !== WebSocket.CLOSED) ws.terminate();
}

export function handshakeSummary(clients: ReadonlyArray<OpenedClient>): LatencySummary {
  return summarize(clients.map((client) => client.handshakeMs));
}
