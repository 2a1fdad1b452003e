import WebSocket from 'ws';
import { redactSecrets } from './http-exchange.js';

export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Frame {
  /** raw text as received */
  text: string;
  json?: unknown;
  at: number;
}

/**
 * A test client for one WebSocket connection: records every frame received and how the
 * connection closed, and lets a check wait for a frame or for the close.
 */
export class WsConnection {
  readonly frames: Frame[] = [];
  /** frames this connection sent, for reproductions */
  readonly sent: string[] = [];
  /** everything in order: `→ sent`, `← received`, `← close` */
  readonly log: string[] = [];
  closed?: { code: number; reason: string };
  readonly #socket: WebSocket;
  readonly #waiters = new Set<() => void>();

  private constructor(socket: WebSocket) {
    this.#socket = socket;
    socket.on('message', (data, isBinary) => {
      const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
      const text = isBinary ? `<binary ${bytes.length} bytes>` : bytes.toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      this.frames.push({ text, ...(json !== undefined ? { json } : {}), at: Date.now() });
      this.log.push(`← ${text.length > 300 ? `${text.slice(0, 300)}…` : text}`);
      this.#wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.log.push(`← close ${code} ${reason.toString()}`);
      this.#wake();
    });
    socket.on('error', () => this.#wake());
  }

  /** Opens a connection; resolves with the connection, or with the HTTP refusal of the upgrade. */
  static open(
    url: string,
    headers: Record<string, string>,
    timeoutMs = 10_000,
  ): Promise<{ connection: WsConnection } | { refusal: Refusal } | { error: string }> {
    return new Promise((resolve) => {
      const socket = new WebSocket(url, { headers, handshakeTimeout: timeoutMs, maxPayload: 64 * 1024 * 1024 });
      const connection = new WsConnection(socket);
      socket.once('open', () => resolve({ connection }));
      socket.once('unexpected-response', (_req, res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const h: Record<string, string> = {};
          for (const [k, v] of Object.entries(res.headers))
            if (v !== undefined) h[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ refusal: { status: res.statusCode ?? 0, headers: h, body: Buffer.concat(chunks).toString() } });
          socket.terminate();
        });
      });
      socket.once('error', (err) => resolve({ error: err.message }));
    });
  }

  send(text: string): void {
    const shown = text.length > 300 ? `<${text.length} bytes: ${text.slice(0, 60)}…>` : text;
    this.sent.push(shown);
    this.log.push(`→ ${shown}`);
    if (this.#socket.readyState === WebSocket.OPEN) this.#socket.send(text);
  }

  get isOpen(): boolean {
    return this.#socket.readyState === WebSocket.OPEN;
  }

  /** Waits until `predicate` holds over the frames so far (or the connection closes), or times out. */
  async waitFor(predicate: (frames: Frame[]) => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.frames)) {
      if (this.closed) return predicate(this.frames);
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.#waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.#waiters.add(done);
      });
    }
    return true;
  }

  /** Waits for the server to close the connection. */
  async waitForClose(timeoutMs: number): Promise<{ code: number; reason: string } | undefined> {
    await this.waitFor(() => this.closed !== undefined, timeoutMs);
    return this.closed;
  }

  close(): void {
    if (this.#socket.readyState === WebSocket.OPEN || this.#socket.readyState === WebSocket.CONNECTING)
      this.#socket.close(1000, 'contract test done');
    setTimeout(() => this.#socket.terminate(), 1000).unref();
  }

  #wake(): void {
    for (const w of [...this.#waiters]) w();
  }
}

/** The frame sequence of a connection as text, for failure reports. */
export function frameSequence(
  url: string,
  headers: Record<string, string>,
  conn: WsConnection | undefined,
  secrets: ReadonlyMap<string, string>,
): string {
  const redact = (s: string) => redactSecrets(s, secrets);
  const lines = [
    `connect ${url}${Object.keys(headers).length ? ` with headers ${redact(JSON.stringify(headers))}` : ''}`,
  ];
  if (conn) {
    const log = conn.log.length > 12 ? ['…', ...conn.log.slice(-12)] : conn.log;
    for (const entry of log) lines.push(redact(entry));
  }
  lines.push('(e.g. with: npx wscat -c URL -H "header: value")');
  return lines.join('\n');
}
