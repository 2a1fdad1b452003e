import type { IncomingMessage } from 'node:http';
import type { CredentialKind } from '../limits/index.js';

/**
 * One WebSocket channel of the server: where it lives, its limits and how it authenticates,
 * validates and handles frames. The transport (`attachRealtimeServer`) enforces everything here;
 * a channel only supplies the policy and the message handlers.
 *
 * @example
 * const channel: ChannelDefinition<{ orgId: string }> = {
 *   name: 'clientChannel', path: '/ws', maxPayloadBytes: 512 * 1024,
 *   heartbeat: { intervalMs: 54_000, timeoutMs: 60_000 }, maxBufferedBytes: 1024 * 1024,
 *   handshakeRate: { ratePerSecond: 5, burst: 10 },
 *   authenticate: async (req) => lookUpKey(req),
 *   validateIncoming: validateClientChannelClientMessage,
 *   validateOutgoing: validateClientChannelServerMessage,
 *   onConnection(conn) { conn.send(ackFrame(conn)); conn.onMessage((m) => …); },
 * };
 */
export interface ChannelDefinition<P = unknown, In = unknown> {
  /** AsyncAPI channel name: 'clientChannel' | 'gatewayEvents' */
  name: string;
  /** e.g. '/ws', '/api/internal/v1/ws/gateways/connect' */
  path: string;
  /** frames larger close the connection with 1009 */
  maxPayloadBytes: number;
  /**
   * server ping every intervalMs; no pong/frame within timeoutMs → terminate.
   * A read deadline: any frame or pong pushes it to `lastHeartbeat + timeoutMs`, so timeoutMs must
   * be larger than intervalMs (seed: ping 54 s, deadline 60 s).
   */
  heartbeat: { intervalMs: number; timeoutMs: number };
  /** bound of the per-connection outgoing buffer (bytes); past it → close 1013 (slow consumer) */
  maxBufferedBytes: number;
  /** per source IP token bucket for handshakes; refused with 429 + Retry-After */
  handshakeRate: { ratePerSecond: number; burst: number };
  /** runs in the upgrade, before the WebSocket exists; throw AppError (401/403/429/503) to refuse */
  authenticate(req: IncomingMessage): Promise<P>;
  /**
   * The credential the request presents, if any, without checking it: the transport throttles
   * guessing with it (a locked source or target gets 429 before `authenticate` runs; an
   * `unauthenticated` refusal of a presented credential counts as a failure).
   */
  presentedCredential?(req: IncomingMessage): { kind: CredentialKind; value: string } | undefined;
  /**
   * Optional cap check after authentication (the global cap is enforced by the server itself);
   * throw AppError to refuse. May hold a slot for the connection: the returned admission is
   * released once the socket closes, or at once when the upgrade does not complete.
   */
  admit?(principal: P, registry: ConnectionRegistry): void | Admission | Promise<void | Admission>;
  /** generated validators: incoming = client→server union, outgoing = server→client union */
  validateIncoming(frame: unknown): { ok: true; message: In } | { ok: false; errors: unknown[] };
  validateOutgoing(frame: unknown): { ok: true; message: unknown } | { ok: false; errors: unknown[] };
  /** called once the socket is open; register message handlers here */
  onConnection(conn: RealtimeConnection<P, In>, req: IncomingMessage): void | Promise<void>;
  /**
   * Label of this channel in the `websocket_*` metrics. Default: 'client' for clientChannel,
   * 'gateway' for gatewayEvents, else the name.
   */
  metricsLabel?: string;
  /**
   * Message types that may appear as a metric label; any other type is counted as `unknown`.
   * Default: the channel's message types in the generated AsyncAPI metadata (both directions).
   */
  messageTypes?: readonly string[];
  /** Invalid frames in a row after which the connection is closed with 1008; default 10 (spec). */
  maxConsecutiveInvalidFrames?: number;
  /**
   * Pings a peer may send (protocol ping frames and `ping` messages together), as a token bucket;
   * past it the connection is closed with 1008 (spec). Default 2 per second, burst 20.
   */
  pingRate?: { ratePerSecond: number; burst: number };
}

/** A slot `admit` holds for a connection, such as a concurrent quota lease. */
export interface Admission {
  release(): Promise<void>;
}

/** One open WebSocket connection, as channels see it. */
export interface RealtimeConnection<P = unknown, In = unknown> {
  readonly id: string;
  readonly channel: string;
  readonly principal: P;
  readonly remoteAddress: string;
  readonly connectedAt: Date;
  /** last time a frame or a pong arrived (the read deadline is this + heartbeat.timeoutMs) */
  readonly lastHeartbeat: Date;
  /** correlation id of the upgrade request (`X-Request-Id`/`traceparent` honoured) */
  readonly correlationId: string;
  /** true once close() was called or the socket closed */
  readonly closed: boolean;
  /** bytes accepted by send() but not yet written to the network */
  readonly bufferedAmount: number;
  /** JSON-encodes and queues; returns false when closed; closes 1013 if the buffer bound is passed */
  send(frame: object): boolean;
  /** only frames that passed validateIncoming reach here; invalid ones get an `error` frame */
  onMessage(handler: (message: In) => void | Promise<void>): void;
  onClose(handler: (code: number, reason: string) => void): void;
  close(code: number, reason: string): void;
}

export interface ConnectionRegistry {
  all(): RealtimeConnection[];
  byChannel(name: string): RealtimeConnection[];
  count(): number;
}

export interface RealtimeServer {
  registry: ConnectionRegistry;
  /**
   * Refuses new upgrades (503), closes every connection with `code` (default 1000) and a reason,
   * and resolves once they are closed; connections that do not finish the closing handshake in
   * time are terminated.
   */
  close(code?: number, reason?: string): Promise<void>;
}
