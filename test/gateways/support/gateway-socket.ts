import WebSocket from 'ws';
import { rawText } from '../../../src/realtime/index.js';

/** A frame as received (parsed JSON). */
export type ReceivedFrame = { type: string; seq?: number; eventId?: string; payload: Record<string, unknown>; [key: string]: unknown };

/**
 * A raw `ws` gateway connection that records every frame, for tests that need to control acks
 * exactly (the generated SDK acks on its own).
 */
export class GatewaySocket {
  readonly frames: ReceivedFrame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  readonly #ws: WebSocket;
  #waiters: Array<() => void> = [];

  private constructor(ws: WebSocket) {
    this.#ws = ws;
    ws.on('message', (data) => {
      this.frames.push(JSON.parse(rawText(data)) as ReceivedFrame);
      for (const wake of this.#waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString() });
        for (const wake of this.#waiters.splice(0)) wake();
      });
    });
  }

  /** Opens a connection; rejects with the HTTP status and body when the upgrade is refused. */
  static open(wsUrl: string, apiKey: string | undefined, resume: { lastEventSeq?: string | number; since?: string | number } = {}): Promise<GatewaySocket> {
    const url = new URL('/api/internal/v1/ws/gateways/connect', wsUrl);
    if (resume.since !== undefined) url.searchParams.set('since', String(resume.since));
    const headers: Record<string, string> = {};
    if (apiKey !== undefined) headers['api-key'] = apiKey;
    if (resume.lastEventSeq !== undefined) headers['last-event-seq'] = String(resume.lastEventSeq);
    const ws = new WebSocket(url, { headers });
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new GatewaySocket(ws)));
      ws.once('unexpected-response', (_req, res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => reject(Object.assign(new Error(`upgrade refused with ${res.statusCode}`), { status: res.statusCode, body: JSON.parse(body || '{}') as unknown })));
      });
      ws.once('error', reject);
    });
  }

  /** The events (frames with a seq) received so far. */
  get events(): ReceivedFrame[] {
    return this.frames.filter((frame) => typeof frame.seq === 'number');
  }

  get connectionAck(): ReceivedFrame | undefined {
    return this.frames.find((frame) => frame.type === 'connection.ack');
  }

  /** Resolves once `predicate` holds over the frames received; rejects if the socket closes first. */
  async waitFor(predicate: (socket: GatewaySocket) => boolean, what = 'frames'): Promise<void> {
    let isClosed = false;
    void this.closed.then(() => (isClosed = true));
    while (!predicate(this)) {
      if (isClosed || this.#ws.readyState === WebSocket.CLOSED) throw new Error(`connection closed while waiting for ${what}; got ${this.frames.length} frames`);
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
  }

  waitForEvents(count: number): Promise<void> {
    return this.waitFor((socket) => socket.events.length >= count, `${count} events`);
  }

  send(frame: object): void {
    this.#ws.send(JSON.stringify(frame));
  }

  ack(seq: number): void {
    this.send({ type: 'ack', timestamp: new Date().toISOString(), payload: { seq } });
  }

  async close(): Promise<void> {
    if (this.#ws.readyState !== WebSocket.CLOSED) this.#ws.close(1000, 'test done');
    await this.closed;
  }
}
