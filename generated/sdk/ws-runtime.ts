// generated from specs/asyncapi.yaml by clawgate, do not edit
// Runtime of the generated WebSocket client SDK. Spec-independent: the generated ws-client.ts
// describes each channel (validators, sequence/resume/ack conventions) and extends WsChannelClient.
// Node only; depends on `ws` and nothing else.

import WebSocket from 'ws';
import type { ClientOptions, RawData } from 'ws';

/** One problem found in a frame; `path` is a JSON Pointer into the frame. */
export interface WsValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

export type WsValidationResult<T> = { ok: true; key: string; message: T } | { ok: false; errors: WsValidationIssue[] };

/** What the generated code tells the runtime about one channel. */
export interface ChannelSpec<In, Out> {
  channel: string;
  /** Channel address, possibly with `{parameter}` placeholders. */
  address: string;
  parameters: readonly string[];
  validateIncoming: (frame: unknown) => WsValidationResult<In>;
  validateOutgoing: (frame: unknown) => WsValidationResult<Out>;
  /** Top-level property carrying the per-channel sequence number, if the channel has one. */
  sequenceField: string | null;
  /** Where the last seen sequence goes on (re)connect. */
  resume: { header: string | null; query: string | null } | null;
  /** Builds the cumulative ack frame for `seq`, if the channel defines acks. */
  buildAck: ((seq: number) => unknown) | null;
}

export interface BackoffOptions {
  /** First retry waits up to this long (ms). Default 250. */
  baseMs: number;
  /** Upper bound of any wait (ms). Default 30 000. */
  maxMs: number;
  /** Give up after this many reconnect attempts in a row without an open connection. Default Infinity. */
  maxAttempts: number;
  /** Source of randomness in [0, 1); inject for tests. Default Math.random. */
  random: () => number;
}

export interface HeartbeatOptions {
  /** How often the client pings (ms). Default 15 000. */
  intervalMs: number;
  /** No message, ping or pong for this long (ms) → the connection is dead. Default 30 000. */
  timeoutMs: number;
}

export interface WsClientOptions {
  /** Base URL of the server, e.g. `ws://127.0.0.1:8080`; the channel address is appended. */
  url: string;
  /** Values for `{name}` placeholders in the channel address. */
  parameters?: Record<string, string>;
  /** Handshake headers (auth …); a function is called before every (re)connect. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** Handshake query parameters; a function is called before every (re)connect. */
  query?: Record<string, string | number | boolean> | (() => Record<string, string | number | boolean>);
  /** Reconnect with exponential backoff and full jitter; `false` disables reconnecting. */
  reconnect?: Partial<BackoffOptions> | false;
  /** Heartbeat dead-connection detection; `false` disables it. */
  heartbeat?: Partial<HeartbeatOptions> | false;
  /** Send cumulative acks where the channel defines them. Default true, batched for `delayMs` (default 20). */
  autoAck?: boolean | { delayMs?: number };
  /** Start as if this sequence number had already been seen (resume a previous session). */
  lastSeq?: number;
  /** Extra options for the `ws` client (TLS, maxPayload …). */
  ws?: ClientOptions;
}

/** Base class of every error the SDK reports. */
export class WsClientError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WsClientError';
    this.code = code;
  }
}

/** The connection could not be opened, broke, or went silent. */
export class WsConnectionError extends WsClientError {
  /** Reconnect attempts in a row so far (0 while the connection was open). */
  readonly attempt: number;
  constructor(message: string, attempt: number, options?: { cause?: unknown }) {
    super('connection_failed', message, options);
    this.name = 'WsConnectionError';
    this.attempt = attempt;
  }
}

/** A frame does not match its schema; outgoing ones are never sent, incoming ones never delivered. */
export class WsValidationError extends WsClientError {
  readonly direction: 'incoming' | 'outgoing';
  readonly errors: WsValidationIssue[];
  readonly frame: unknown;
  constructor(direction: 'incoming' | 'outgoing', errors: WsValidationIssue[], frame: unknown) {
    super(
      'validation_failed',
      `${direction} frame is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
    );
    this.name = 'WsValidationError';
    this.direction = direction;
    this.errors = errors;
    this.frame = frame;
  }
}

/** The connection is closed (by the server, the network or `close()`). */
export class WsClosedError extends WsClientError {
  readonly closeCode: number;
  readonly reason: string;
  constructor(closeCode: number, reason: string) {
    super('closed', `connection closed (${closeCode}${reason ? `: ${reason}` : ''})`);
    this.name = 'WsClosedError';
    this.closeCode = closeCode;
    this.reason = reason;
  }
}

/** A message handler threw; the message still counts as processed. */
export class WsHandlerError extends WsClientError {
  readonly key: string;
  constructor(key: string, cause: unknown) {
    super('handler_failed', `handler for ${key} failed: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'WsHandlerError';
    this.key = key;
  }
}

export interface WsLifecycleEvents {
  open: { reconnected: boolean };
  close: { code: number; reason: string; willReconnect: boolean };
  reconnecting: { attempt: number; delayMs: number };
  error: WsClientError;
}

const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, maxMs: 30_000, maxAttempts: Infinity, random: Math.random };
const DEFAULT_HEARTBEAT: HeartbeatOptions = { intervalMs: 15_000, timeoutMs: 30_000 };

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(max, base · 2^(attempt-1))).
 * @example backoffDelay(3, { baseMs: 100, maxMs: 10_000, random: () => 0.5 }) // 200
 */
export function backoffDelay(attempt: number, options: Pick<BackoffOptions, 'baseMs' | 'maxMs' | 'random'>): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(options.random() * ceiling);
}

type Handler<T> = (message: T) => void | Promise<void>;
type State = 'idle' | 'connecting' | 'open' | 'waiting' | 'closing' | 'closed';

/**
 * A typed, self-healing WebSocket connection to one channel. Generated subclasses fix the types:
 * `In` is what the server sends, `Out` what the client may send, `InMap` maps each incoming
 * discriminator value (or message id) to its message type.
 */
export class WsChannelClient<In, Out, InMap extends object> {
  private readonly options: WsClientOptions;
  private readonly spec: ChannelSpec<In, Out>;
  private readonly backoff: BackoffOptions | null;
  private readonly heartbeat: HeartbeatOptions | null;
  private readonly ackDelayMs: number | null;
  private readonly handlers = new Map<string, Set<Handler<never>>>();
  private readonly anyHandlers = new Set<Handler<In>>();
  private readonly listeners = new Map<keyof WsLifecycleEvents, Set<(event: never) => void>>();
  private socket: WebSocket | null = null;
  private state: State = 'idle';
  private attempt = 0;
  private everOpened = false;
  private seen: number | undefined;
  private processing: Promise<void> = Promise.resolve();
  private reconnectTimer: NodeJS.Timeout | null = null;
  private pingTimer: NodeJS.Timeout | null = null;
  private deadlineTimer: NodeJS.Timeout | null = null;
  private ackTimer: NodeJS.Timeout | null = null;
  private ackPending = false;
  private lastClose: { code: number; reason: string } = { code: 1006, reason: 'not connected' };
  private connectWaiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  private closeWaiters: Array<() => void> = [];

  constructor(options: WsClientOptions, spec: ChannelSpec<In, Out>) {
    this.options = options;
    this.spec = spec;
    this.backoff = options.reconnect === false ? null : { ...DEFAULT_BACKOFF, ...options.reconnect };
    this.heartbeat = options.heartbeat === false ? null : { ...DEFAULT_HEARTBEAT, ...options.heartbeat };
    const autoAck = options.autoAck ?? true;
    this.ackDelayMs =
      autoAck === false || !spec.buildAck ? null : ((typeof autoAck === 'object' ? autoAck.delayMs : undefined) ?? 20);
    this.seen = options.lastSeq;
  }

  /** The last sequence number delivered to handlers (what a reconnect resumes from). */
  get lastSeq(): number | undefined {
    return this.seen;
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Opens the connection; resolves once open, rejects when reconnecting gives up or close() is called. */
  connect(): Promise<void> {
    if (this.state === 'open') return Promise.resolve();
    if (this.state === 'closing' || this.state === 'closed') {
      return Promise.reject(new WsClosedError(this.lastClose.code, 'client was closed'));
    }
    const opened = new Promise<void>((resolve, reject) => this.connectWaiters.push({ resolve, reject }));
    if (this.state === 'idle') this.open();
    return opened;
  }

  /** Handles one message type; returns a function that removes the handler. */
  on<K extends keyof InMap & string>(type: K, handler: Handler<InMap[K]>): () => void {
    let set = this.handlers.get(type);
    if (!set) this.handlers.set(type, (set = new Set()));
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Handles every valid incoming message. */
  onAny(handler: Handler<In>): () => void {
    this.anyHandlers.add(handler);
    return () => this.anyHandlers.delete(handler);
  }

  /** Listens to lifecycle events: open, close, reconnecting, error. */
  onEvent<E extends keyof WsLifecycleEvents>(event: E, listener: (value: WsLifecycleEvents[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Validates and sends one message.
   * @throws WsValidationError when the message does not match the channel's schemas (nothing is sent)
   * @throws WsClosedError when the connection is not open
   */
  send(message: Out): void {
    const result = this.spec.validateOutgoing(message);
    if (!result.ok) throw new WsValidationError('outgoing', result.errors, message);
    if (this.state !== 'open' || !this.socket || this.socket.readyState !== WebSocket.OPEN) {
      throw new WsClosedError(this.lastClose.code, this.lastClose.reason);
    }
    this.socket.send(JSON.stringify(message));
  }

  /** Closes with `code` (1000), flushing a pending ack first; never reconnects afterwards. */
  close(code = 1000, reason = 'client closed'): Promise<void> {
    if (this.state === 'closed') return Promise.resolve();
    const done = new Promise<void>((resolve) => this.closeWaiters.push(resolve));
    if (this.state === 'closing') return done;
    this.state = 'closing';
    this.clearTimer('reconnectTimer');
    this.flushAck();
    this.stopHeartbeat();
    this.rejectConnectWaiters(new WsClosedError(code, 'client closed before the connection opened'));
    const socket = this.socket;
    if (socket && socket.readyState !== WebSocket.CLOSED) {
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close(code, reason);
    } else {
      this.finishClose();
    }
    return done;
  }

  private emit<E extends keyof WsLifecycleEvents>(event: E, value: WsLifecycleEvents[E]): void {
    for (const listener of this.listeners.get(event) ?? []) {
      try {
        (listener as (v: WsLifecycleEvents[E]) => void)(value);
      } catch {
        // A failing listener must not break the connection loop.
      }
    }
  }

  private buildUrl(): string {
    let path = this.spec.address;
    for (const name of this.spec.parameters) {
      const value = this.options.parameters?.[name];
      if (value === undefined)
        throw new WsClientError('missing_parameter', `channel ${this.spec.channel} needs parameter ${name}`);
      path = path.split(`{${name}}`).join(encodeURIComponent(value));
    }
    const url = new URL(this.options.url);
    url.pathname = `${url.pathname.replace(/\/$/, '')}${path.startsWith('/') ? path : `/${path}`}`;
    const query = typeof this.options.query === 'function' ? this.options.query() : (this.options.query ?? {});
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value));
    if (this.seen !== undefined && this.spec.resume?.query)
      url.searchParams.set(this.spec.resume.query, String(this.seen));
    return url.toString();
  }

  private buildHeaders(): Record<string, string> {
    const headers = {
      ...(typeof this.options.headers === 'function' ? this.options.headers() : (this.options.headers ?? {})),
    };
    if (this.seen !== undefined && this.spec.resume?.header) headers[this.spec.resume.header] = String(this.seen);
    return headers;
  }

  private open(): void {
    this.state = 'connecting';
    let socket: WebSocket;
    try {
      socket = new WebSocket(this.buildUrl(), {
        ...this.options.ws,
        headers: { ...this.options.ws?.headers, ...this.buildHeaders() },
      });
    } catch (error) {
      this.emit(
        'error',
        error instanceof WsClientError ? error : new WsConnectionError(String(error), this.attempt, { cause: error }),
      );
      this.state = 'closed';
      this.rejectConnectWaiters(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    this.socket = socket;
    socket.on('open', () => this.handleOpen(socket));
    socket.on('message', (data, isBinary) => this.handleMessage(socket, data, isBinary));
    socket.on('ping', () => this.touch(socket));
    socket.on('pong', () => this.touch(socket));
    socket.on('error', (error) => {
      if (this.state === 'closing' || this.socket !== socket) return;
      this.emit('error', new WsConnectionError(error.message, this.attempt, { cause: error }));
    });
    socket.on('close', (code, reason) => this.handleClose(socket, code, reason.toString()));
  }

  private handleOpen(socket: WebSocket): void {
    if (this.socket !== socket) return;
    if (this.state === 'closing') {
      socket.close(1000, 'client closed');
      return;
    }
    const reconnected = this.everOpened;
    this.state = 'open';
    this.attempt = 0;
    this.everOpened = true;
    this.startHeartbeat(socket);
    const waiters = this.connectWaiters;
    this.connectWaiters = [];
    for (const waiter of waiters) waiter.resolve();
    this.emit('open', { reconnected });
  }

  private handleMessage(socket: WebSocket, data: RawData, isBinary: boolean): void {
    if (this.socket !== socket) return;
    this.touch(socket);
    let frame: unknown;
    try {
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      if (isBinary) throw new Error('binary frames are not part of this channel');
      frame = JSON.parse(text);
    } catch (error) {
      this.emit(
        'error',
        new WsValidationError(
          'incoming',
          [{ path: '/', message: `not JSON: ${(error as Error).message}`, keyword: 'json' }],
          undefined,
        ),
      );
      return;
    }
    const result = this.spec.validateIncoming(frame);
    if (!result.ok) {
      this.emit('error', new WsValidationError('incoming', result.errors, frame));
      return;
    }
    const seq = this.sequenceOf(result.message);
    // Handlers run one message at a time, in arrival order; acks follow the handlers.
    this.processing = this.processing.then(() => this.deliver(result.key, result.message, seq));
  }

  private sequenceOf(message: In): number | undefined {
    if (!this.spec.sequenceField) return undefined;
    const value = (message as Record<string, unknown>)[this.spec.sequenceField];
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  private async deliver(key: string, message: In, seq: number | undefined): Promise<void> {
    if (seq !== undefined && this.seen !== undefined && seq <= this.seen) {
      // Already handled (redelivery after a reconnect): tell the server again, skip handlers.
      this.scheduleAck();
      return;
    }
    for (const handler of [...(this.handlers.get(key) ?? []), ...this.anyHandlers]) {
      try {
        await (handler as Handler<In>)(message);
      } catch (error) {
        this.emit('error', new WsHandlerError(key, error));
      }
    }
    if (seq !== undefined) {
      this.seen = seq;
      this.scheduleAck();
    }
  }

  private scheduleAck(): void {
    if (this.ackDelayMs === null) return;
    this.ackPending = true;
    if (this.ackTimer) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = null;
      this.flushAck();
    }, this.ackDelayMs);
  }

  private flushAck(): void {
    this.clearTimer('ackTimer');
    if (!this.ackPending || !this.spec.buildAck || this.seen === undefined) return;
    const socket = this.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    const frame = this.spec.buildAck(this.seen);
    const result = this.spec.validateOutgoing(frame);
    if (!result.ok) {
      this.emit('error', new WsValidationError('outgoing', result.errors, frame));
      return;
    }
    socket.send(JSON.stringify(frame));
    this.ackPending = false;
  }

  private touch(socket: WebSocket): void {
    if (this.socket !== socket || !this.heartbeat || this.state !== 'open') return;
    this.clearTimer('deadlineTimer');
    const { timeoutMs } = this.heartbeat;
    this.deadlineTimer = setTimeout(() => {
      this.emit('error', new WsConnectionError(`no message, ping or pong for ${timeoutMs} ms`, 0));
      socket.terminate();
    }, timeoutMs);
  }

  private startHeartbeat(socket: WebSocket): void {
    if (!this.heartbeat) return;
    this.touch(socket);
    this.pingTimer = setInterval(() => {
      if (socket.readyState === WebSocket.OPEN) socket.ping();
    }, this.heartbeat.intervalMs);
  }

  private stopHeartbeat(): void {
    this.clearTimer('pingTimer');
    this.clearTimer('deadlineTimer');
  }

  private clearTimer(name: 'reconnectTimer' | 'pingTimer' | 'deadlineTimer' | 'ackTimer'): void {
    const timer = this[name];
    if (timer) {
      clearTimeout(timer);
      this[name] = null;
    }
  }

  private handleClose(socket: WebSocket, code: number, reason: string): void {
    if (this.socket !== socket) return;
    this.stopHeartbeat();
    this.clearTimer('ackTimer');
    this.socket = null;
    this.lastClose = { code, reason };
    if (this.state === 'closing') {
      this.emit('close', { code, reason, willReconnect: false });
      this.finishClose();
      return;
    }
    const wasOpen = this.state === 'open';
    if (wasOpen && code !== 1000) this.emit('error', new WsClosedError(code, reason));
    const willReconnect = this.backoff !== null && this.attempt < this.backoff.maxAttempts;
    this.emit('close', { code, reason, willReconnect });
    if (!willReconnect) {
      this.state = 'closed';
      this.rejectConnectWaiters(
        new WsConnectionError(`gave up after ${this.attempt} reconnect attempt(s)`, this.attempt),
      );
      this.finishClose();
      return;
    }
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const backoff = this.backoff as BackoffOptions;
    const attempt = (this.attempt += 1);
    const delayMs = backoffDelay(attempt, backoff);
    this.state = 'waiting';
    this.emit('reconnecting', { attempt, delayMs });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.state === 'waiting') this.open();
    }, delayMs);
  }

  private rejectConnectWaiters(error: Error): void {
    const waiters = this.connectWaiters;
    this.connectWaiters = [];
    for (const waiter of waiters) waiter.reject(error);
  }

  private finishClose(): void {
    this.state = 'closed';
    const waiters = this.closeWaiters;
    this.closeWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
