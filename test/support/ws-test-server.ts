import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { rawText } from '../../src/realtime/index.js';

/** One connection as the test server saw it. */
export interface SeenConnection {
  /** The resume position the client asked for (`last-event-seq` header, else `since`), if any. */
  resumeFrom: number | undefined;
  headers: IncomingMessage['headers'];
  url: string;
}

/**
 * A small server speaking the gateway event channel protocol of specs/asyncapi.yaml, enough to
 * exercise the generated WebSocket SDK for real:
 * - assigns per-gateway `seq` to published `api.deployed` events and keeps them in a log;
 * - on connect sends `connection.ack`, then every logged event after the resume position
 *   (`last-event-seq` header or `since` query);
 * - records cumulative `ack {seq}` frames and every frame received;
 * - can drop every connection, and can stop answering pings (heartbeat tests).
 */
export class GatewayChannelTestServer {
  readonly path = '/api/internal/v1/ws/gateways/connect';
  readonly connections: SeenConnection[] = [];
  /** Every frame clients sent, parsed. */
  readonly received: unknown[] = [];
  /** Highest cumulative ack received. */
  ackedSeq = 0;
  /** When false, pings are neither answered nor followed by anything: the connection goes silent. */
  answerPings = true;
  /**
   * `resume`: send what follows the client's resume position. `all`: resend the whole log on every
   * connection (worst-case at-least-once redelivery: the client must drop the duplicates).
   */
  redeliver: 'resume' | 'all' = 'resume';
  /** Close codes of connections the client closed, in order. */
  readonly closeCodes: number[] = [];
  private readonly log: Array<{ seq: number; frame: Record<string, unknown> }> = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private readonly gatewayId = randomUUID();
  private ackWaiters: Array<{ seq: number; resolve: () => void }> = [];
  private connectionWaiters: Array<{ count: number; resolve: () => void }> = [];
  private closeWaiters: Array<() => void> = [];

  private constructor() {
    this.http = createServer();
    this.wss = new WebSocketServer({ server: this.http, path: this.path, autoPong: false });
    this.wss.on('connection', (socket, request) => this.accept(socket, request));
  }

  static async start(): Promise<GatewayChannelTestServer> {
    const server = new GatewayChannelTestServer();
    await new Promise<void>((resolve) => server.http.listen(0, '127.0.0.1', resolve));
    return server;
  }

  /** `ws://127.0.0.1:<port>`: the SDK appends the channel address. */
  get url(): string {
    const { port } = this.http.address() as AddressInfo;
    return `ws://127.0.0.1:${port}`;
  }

  get latestSeq(): number {
    return this.log.length;
  }

  /** Appends `count` events to the log and pushes them to every open connection. */
  publish(count: number): void {
    for (let i = 0; i < count; i++) {
      const seq = this.log.length + 1;
      const frame = {
        type: 'api.deployed',
        seq,
        eventId: randomUUID(),
        correlationId: `req-${seq}`,
        timestamp: new Date().toISOString(),
        payload: {
          apiUuid: randomUUID(),
          revisionId: randomUUID(),
          vhost: 'api.example.com',
          environment: 'production',
        },
      };
      this.log.push({ seq, frame });
      for (const socket of this.sockets) socket.send(JSON.stringify(frame));
    }
  }

  /** Sends a raw frame to every open connection (invalid frames for validation tests). */
  broadcastRaw(frame: unknown): void {
    for (const socket of this.sockets) socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  /** Kills every connection without a close handshake, as a crashing instance would. */
  dropAll(): void {
    for (const socket of this.sockets) socket.terminate();
  }

  /** Resolves once a cumulative ack ≥ seq has arrived. */
  waitForAck(seq: number): Promise<void> {
    if (this.ackedSeq >= seq) return Promise.resolve();
    return new Promise((resolve) => this.ackWaiters.push({ seq, resolve }));
  }

  /** Resolves once `count` connections have been accepted in total. */
  waitForConnections(count: number): Promise<void> {
    if (this.connections.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.connectionWaiters.push({ count, resolve }));
  }

  /** Resolves at the next connection close. */
  waitForClose(): Promise<void> {
    return new Promise((resolve) => this.closeWaiters.push(resolve));
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private accept(socket: WebSocket, request: IncomingMessage): void {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const header = request.headers['last-event-seq'];
    const raw = typeof header === 'string' ? header : (url.searchParams.get('since') ?? undefined);
    const resumeFrom = raw === undefined ? undefined : Number(raw);
    this.connections.push({ resumeFrom, headers: request.headers, url: request.url ?? '' });
    this.sockets.add(socket);
    socket.on('close', (code) => {
      this.sockets.delete(socket);
      this.closeCodes.push(code);
      const done = this.closeWaiters;
      this.closeWaiters = [];
      for (const resolve of done) resolve();
    });
    socket.on('ping', (data) => {
      if (this.answerPings) socket.pong(data);
    });
    socket.on('message', (data) => this.receive(rawText(data)));

    const position = this.redeliver === 'all' ? 0 : (resumeFrom ?? 0);
    socket.send(
      JSON.stringify({
        type: 'connection.ack',
        timestamp: new Date().toISOString(),
        payload: {
          gatewayId: this.gatewayId,
          connectionId: randomUUID(),
          serverTime: new Date().toISOString(),
          heartbeatIntervalMs: 20_000,
          ...(resumeFrom === undefined ? {} : { resumeFrom }),
          latestSeq: this.latestSeq,
          oldestRetainedSeq: this.log.length > 0 ? 1 : null,
          recovered: true,
        },
      }),
    );
    for (const { seq, frame } of this.log) if (seq > position) socket.send(JSON.stringify(frame));

    const waiting = this.connectionWaiters.filter((w) => this.connections.length >= w.count);
    this.connectionWaiters = this.connectionWaiters.filter((w) => this.connections.length < w.count);
    for (const waiter of waiting) waiter.resolve();
  }

  private receive(text: string): void {
    const frame = JSON.parse(text) as { type?: string; payload?: { seq?: number } };
    this.received.push(frame);
    if (frame.type === 'ack' && typeof frame.payload?.seq === 'number') {
      this.ackedSeq = Math.max(this.ackedSeq, frame.payload.seq);
      const done = this.ackWaiters.filter((w) => this.ackedSeq >= w.seq);
      this.ackWaiters = this.ackWaiters.filter((w) => this.ackedSeq < w.seq);
      for (const waiter of done) waiter.resolve();
    }
  }
}
