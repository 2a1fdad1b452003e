import { randomUUID } from 'node:crypto';
import type { Logger } from 'winston';
import { WebSocket, type RawData } from 'ws';
import { AppError, asAppError, logLevelOf, type ErrorCode } from '../errors.js';
import { runWithContext } from '../observability/context.js';
import type { Metrics } from '../observability/metrics.js';
import { closeReason, errorFrame, frameIdOf } from './frames.js';
import { PingBudget } from './ping-budget.js';
import type { ChannelDefinition, RealtimeConnection } from './types.js';

/** What every connection of one channel shares. */
export interface ChannelRuntime {
  channel: ChannelDefinition;
  /** `channel` label of the websocket_* metrics */
  metricsLabel: string;
  /** message types allowed as a metric label; others are `unknown` */
  knownTypes: ReadonlySet<string>;
  /** check outgoing frames against the spec before sending (development and test) */
  validateOutgoing: boolean;
  maxConsecutiveInvalidFrames: number;
  /** per-connection ping budget (`ChannelDefinition.pingRate` or the default) */
  pingRate: { ratePerSecond: number; burst: number };
  logger: Logger;
  metrics: Metrics;
}

/** Invalid-frame close (spec: "a peer that keeps sending invalid frames (10 in a row) is closed with 1008"). */
const POLICY_VIOLATION = 1008;
/** Slow consumer (spec `x-close-codes`: 1013 try again later). */
const TRY_AGAIN_LATER = 1013;
/** The channel's onConnection failed (spec `x-close-codes`: 1011 internal error). */
export const INTERNAL_ERROR = 1011;

/** ws error codes → `goclaw_errors_total{type}` (ws closes the connection itself with the matching code). */
const WS_ERROR_TYPES: Record<string, string> = {
  WS_ERR_UNSUPPORTED_MESSAGE_LENGTH: 'ws_message_too_big',
  WS_ERR_INVALID_UTF8: 'ws_invalid_utf8',
};

/**
 * One open WebSocket: the channel's view of it (`RealtimeConnection`) plus everything the transport
 * enforces on it — read deadline and pings, bounded outgoing buffer, frame parsing and validation,
 * metrics — so a channel only ever sees valid frames and never blocks the event loop with errors.
 */
export class WebSocketConnection<P = unknown> implements RealtimeConnection<P> {
  readonly id = randomUUID();
  readonly channel: string;
  readonly principal: P;
  readonly remoteAddress: string;
  readonly correlationId: string;
  readonly connectedAt = new Date();
  #lastHeartbeat = Date.now();
  #closed = false;
  #ready = false;
  #pending: unknown[] = [];
  #invalidInARow = 0;
  #closedWith: { code: number; reason: string } | undefined;
  readonly #messageHandlers: Array<(message: unknown) => void | Promise<void>> = [];
  readonly #closeHandlers: Array<(code: number, reason: string) => void> = [];
  readonly #ws: WebSocket;
  readonly #runtime: ChannelRuntime;
  readonly #pingTimer: NodeJS.Timeout;
  readonly #pingBudget: PingBudget;
  #deadlineTimer: NodeJS.Timeout;

  constructor(
    ws: WebSocket,
    runtime: ChannelRuntime,
    info: { principal: P; remoteAddress: string; correlationId: string },
    onClosed: (conn: WebSocketConnection<P>, code: number, reason: string) => void,
  ) {
    this.#ws = ws;
    this.#runtime = runtime;
    this.channel = runtime.channel.name;
    this.principal = info.principal;
    this.remoteAddress = info.remoteAddress;
    this.correlationId = info.correlationId;

    this.#pingBudget = new PingBudget(runtime.pingRate);
    const { intervalMs, timeoutMs } = runtime.channel.heartbeat;
    this.#pingTimer = setInterval(() => this.#ping(), intervalMs).unref();
    this.#deadlineTimer = setTimeout(() => this.#checkReadDeadline(), timeoutMs).unref();

    ws.on('message', (data, isBinary) => this.#receive(data, isBinary));
    ws.on('pong', () => this.#touch());
    ws.on('ping', () => {
      this.#touch();
      this.#spendPing();
    });
    ws.on('error', (err: Error & { code?: string }) => {
      // ws already closes with the right code (1009 oversize, 1007 invalid UTF-8, 1002 protocol).
      const type = WS_ERROR_TYPES[err.code ?? ''] ?? 'ws_protocol_error';
      runtime.metrics.errorsTotal.inc({ type });
      runtime.logger.info('websocket protocol error', {
        channel: this.channel,
        connectionId: this.id,
        type,
        error: err.message,
      });
    });
    ws.on('close', (code: number, reason: Buffer) => {
      this.#closed = true;
      clearInterval(this.#pingTimer);
      clearTimeout(this.#deadlineTimer);
      this.#pending = [];
      const text = reason.toString('utf8');
      this.#closedWith = { code, reason: text };
      onClosed(this, code, text);
      for (const handler of this.#closeHandlers.splice(0)) {
        try {
          handler(code, text);
        } catch (err) {
          this.#backgroundFailure('ws_close_handler', err);
        }
      }
    });
  }

  get lastHeartbeat(): Date {
    return new Date(this.#lastHeartbeat);
  }

  get closed(): boolean {
    return this.#closed;
  }

  get bufferedAmount(): number {
    return this.#ws.bufferedAmount;
  }

  send(frame: object): boolean {
    if (this.#closed || this.#ws.readyState !== WebSocket.OPEN) return false;
    const { metrics, logger, channel, metricsLabel } = this.#runtime;
    const type = this.#typeLabel(frame);
    if (this.#runtime.validateOutgoing) {
      const result = channel.validateOutgoing(frame);
      if (!result.ok) {
        // A server bug: the frame would break clients that trust the spec. Never sent.
        metrics.errorsTotal.inc({ type: 'ws_outgoing_invalid' });
        logger.error('outgoing frame does not match the spec: not sent', {
          channel: this.channel,
          connectionId: this.id,
          type,
          errors: result.errors,
        });
        return false;
      }
    }
    let data: string;
    try {
      data = JSON.stringify(frame);
    } catch (err) {
      this.#backgroundFailure('ws_outgoing_invalid', err);
      return false;
    }
    // The bound covers what ws and the socket hold but the peer has not read.
    if (this.#ws.bufferedAmount + Buffer.byteLength(data) > channel.maxBufferedBytes) {
      metrics.errorsTotal.inc({ type: 'ws_slow_consumer' });
      logger.warn('slow consumer: outgoing buffer full, closing with 1013', {
        channel: this.channel,
        connectionId: this.id,
        bufferedBytes: this.#ws.bufferedAmount,
        maxBufferedBytes: channel.maxBufferedBytes,
      });
      this.close(TRY_AGAIN_LATER, 'slow consumer: outgoing buffer full');
      return false;
    }
    this.#ws.send(data, (err) => {
      if (err !== undefined && err !== null)
        logger.debug('websocket send failed', { channel: this.channel, connectionId: this.id, error: err.message });
    });
    metrics.messagesTotal.inc({ direction: 'out', type });
    metrics.websocketMessagesTotal.inc({ channel: metricsLabel, direction: 'out', type });
    return true;
  }

  onMessage(handler: (message: unknown) => void | Promise<void>): void {
    this.#messageHandlers.push(handler);
  }

  onClose(handler: (code: number, reason: string) => void): void {
    const closedWith = this.#closedWith;
    if (closedWith !== undefined) {
      // Already gone: tell the late subscriber, asynchronously like the event would.
      queueMicrotask(() => handler(closedWith.code, closedWith.reason));
      return;
    }
    this.#closeHandlers.push(handler);
  }

  /** Starts the closing handshake; ws destroys the socket if the peer does not finish it in time. */
  close(code: number, reason: string): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#ws.close(code, closeReason(reason));
    } catch (err) {
      // An invalid code is a bug in the caller; the connection still has to go.
      this.#backgroundFailure('ws_close_failed', err);
      this.#ws.terminate();
    }
  }

  /** Drops the connection without a closing handshake. */
  terminate(): void {
    this.#closed = true;
    this.#ws.terminate();
  }

  /**
   * The channel's `onConnection` has run: frames received meanwhile are dispatched now, in order.
   * Until then they wait, so no frame reaches a channel before its handlers are registered.
   */
  markReady(): void {
    this.#ready = true;
    for (const message of this.#pending.splice(0)) this.#dispatch(message);
  }

  #touch(): void {
    this.#lastHeartbeat = Date.now();
  }

  #ping(): void {
    if (this.#ws.readyState !== WebSocket.OPEN) return;
    try {
      this.#ws.ping();
    } catch (err) {
      this.#backgroundFailure('ws_ping_failed', err);
    }
  }

  /** Read deadline: `lastHeartbeat + timeoutMs`; re-armed lazily rather than on every frame. */
  #checkReadDeadline(): void {
    const { timeoutMs } = this.#runtime.channel.heartbeat;
    const silentFor = Date.now() - this.#lastHeartbeat;
    if (silentFor < timeoutMs) {
      this.#deadlineTimer = setTimeout(() => this.#checkReadDeadline(), timeoutMs - silentFor).unref();
      return;
    }
    this.#runtime.metrics.errorsTotal.inc({ type: 'ws_heartbeat_timeout' });
    this.#runtime.logger.info('websocket silent past its read deadline: terminated', {
      channel: this.channel,
      connectionId: this.id,
      silentMs: silentFor,
    });
    this.terminate();
  }

  #receive(data: RawData, isBinary: boolean): void {
    this.#touch();
    if (this.#closed) return;
    const { channel } = this.#runtime;
    if (isBinary) {
      this.#countIn('unknown');
      this.#rejectFrame('malformed_json', 'binary frames are not accepted: send JSON text frames');
      return;
    }
    let frame: unknown;
    try {
      frame = JSON.parse(rawText(data));
    } catch {
      this.#countIn('unknown');
      this.#rejectFrame('malformed_json', 'the frame is not valid JSON');
      return;
    }
    this.#countIn(this.#typeLabel(frame));
    const result = channel.validateIncoming(frame);
    if (!result.ok) {
      const first = result.errors[0] as { path?: unknown; message?: unknown } | undefined;
      const why =
        typeof first?.message === 'string'
          ? `: ${typeof first.path === 'string' ? `${first.path} ` : ''}${first.message}`
          : '';
      this.#rejectFrame('validation_failed', `the frame does not match the ${channel.name} messages${why}`, {
        correlationId: frameIdOf(frame),
        details: result.errors,
      });
      return;
    }
    this.#invalidInARow = 0;
    if ((result.message as { type?: unknown }).type === 'ping' && !this.#spendPing()) return;
    if (this.#ready) this.#dispatch(result.message);
    else this.#pending.push(result.message);
  }

  /** A ping over the budget closes the connection with 1008 (spec); false then. */
  #spendPing(): boolean {
    if (this.#closed) return false;
    if (this.#pingBudget.take()) return true;
    const { metrics, logger, pingRate } = this.#runtime;
    metrics.errorsTotal.inc({ type: 'ws_ping_flood' });
    // Closing is once per connection, and so is this line.
    logger.warn('ping flood: closing with 1008', {
      channel: this.channel,
      connectionId: this.id,
      remoteAddress: this.remoteAddress,
      pingsPerSecond: pingRate.ratePerSecond,
      burst: pingRate.burst,
    });
    this.close(POLICY_VIOLATION, 'too many pings');
    return false;
  }

  #countIn(type: string): void {
    const { metrics, metricsLabel } = this.#runtime;
    metrics.messagesTotal.inc({ direction: 'in', type });
    metrics.websocketMessagesTotal.inc({ channel: metricsLabel, direction: 'in', type });
  }

  /** An invalid frame gets an `error` frame; too many in a row close the connection with 1008 (spec). */
  #rejectFrame(
    code: ErrorCode,
    message: string,
    options: { correlationId?: string | undefined; details?: unknown } = {},
  ): void {
    this.#runtime.metrics.errorsTotal.inc({ type: code });
    this.#invalidInARow += 1;
    const frameOptions: { correlationId?: string; details?: unknown } = {};
    if (options.correlationId !== undefined) frameOptions.correlationId = options.correlationId;
    if (options.details !== undefined) frameOptions.details = options.details;
    this.send(errorFrame(code, message, frameOptions));
    if (this.#invalidInARow >= this.#runtime.maxConsecutiveInvalidFrames) {
      this.#runtime.logger.info('too many invalid frames in a row: closing with 1008', {
        channel: this.channel,
        connectionId: this.id,
        invalidFrames: this.#invalidInARow,
      });
      this.close(POLICY_VIOLATION, 'too many invalid frames');
    }
  }

  #dispatch(message: unknown): void {
    if (this.#closed) return;
    const correlationId = frameIdOf(message);
    if (this.#messageHandlers.length === 0) {
      this.#handlerFailed(
        new AppError('not_implemented', `'${this.#typeLabel(message)}' is not handled on this channel yet`),
        message,
      );
      return;
    }
    runWithContext({ correlationId: correlationId ?? this.correlationId }, () => {
      for (const handler of this.#messageHandlers) {
        try {
          const result = handler(message);
          if (result !== undefined && typeof result.then === 'function') {
            result.then(undefined, (err: unknown) => this.#handlerFailed(err, message));
          }
        } catch (err) {
          this.#handlerFailed(err, message);
        }
      }
    });
  }

  /**
   * A handler threw: the error goes back as an `error` frame. Refusals (4xx, 501) are logged at
   * `warn` without a stack, anything else at `error` with the stack, as over HTTP.
   */
  #handlerFailed(err: unknown, message: unknown): void {
    const appError = asAppError(err);
    const { code } = appError;
    this.#runtime.metrics.errorsTotal.inc({ type: code });
    const fields = { channel: this.channel, connectionId: this.id, type: this.#typeLabel(message), code };
    if (logLevelOf(appError) === 'error') {
      const cause = appError.cause ?? appError;
      this.#runtime.logger.error('websocket message handler failed', {
        ...fields,
        error: cause instanceof Error ? cause.message : JSON.stringify(cause),
        stack: cause instanceof Error ? cause.stack : undefined,
      });
    } else {
      this.#runtime.logger.warn(`websocket message refused: ${appError.message}`, fields);
    }
    const options: { correlationId?: string; details?: unknown } = {};
    const correlationId = frameIdOf(message);
    if (correlationId !== undefined) options.correlationId = correlationId;
    if (appError.details !== undefined) options.details = appError.details;
    this.send(errorFrame(code, appError.message, options));
  }

  /** Failures outside a request: logged and counted, never thrown into the event loop. */
  #backgroundFailure(type: string, err: unknown): void {
    this.#runtime.metrics.errorsTotal.inc({ type });
    this.#runtime.logger.error(`websocket ${type.replace(/^ws_/, '').replaceAll('_', ' ')}`, {
      channel: this.channel,
      connectionId: this.id,
      error: err instanceof Error ? err.message : String(err),
    });
  }

  #typeLabel(frame: unknown): string {
    const type = typeof frame === 'object' && frame !== null ? (frame as { type?: unknown }).type : undefined;
    return typeof type === 'string' && this.#runtime.knownTypes.has(type) ? type : 'unknown';
  }
}

/** A frame's text, whichever of ws's binary types (Buffer, ArrayBuffer, fragments) it arrived as. */
export function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
