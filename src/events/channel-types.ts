import type { IncomingMessage } from 'node:http';

/**
 * The part of the realtime transport's contract (`src/realtime/`, issue 4 split: ChannelDefinition
 * and RealtimeConnection) this folder relies on, declared structurally so the event channel
 * type-checks on its own; `createGatewayEventsChannel` returns a value the transport accepts as is.
 */
export interface GatewayChannelConnection<P> {
  readonly id: string;
  readonly principal: P;
  readonly connectedAt: Date;
  readonly lastHeartbeat: Date;
  readonly bufferedAmount?: number;
  send(frame: object): boolean;
  onMessage(handler: (message: any) => void | Promise<void>): void;
  onClose(handler: (code: number, reason: string) => void): void;
  close(code: number, reason: string): void;
}

export interface GatewayChannelDefinition<P> {
  name: string;
  path: string;
  maxPayloadBytes: number;
  heartbeat: { intervalMs: number; timeoutMs: number };
  maxBufferedBytes: number;
  handshakeRate: { ratePerSecond: number; burst: number };
  authenticate(req: IncomingMessage): Promise<P>;
  validateIncoming(frame: unknown): { ok: true; message: unknown } | { ok: false; errors: unknown[] };
  validateOutgoing(frame: unknown): { ok: true; message: unknown } | { ok: false; errors: unknown[] };
  onConnection(conn: GatewayChannelConnection<P>, req: IncomingMessage): void | Promise<void>;
  metricsLabel?: string;
}
