import type { components } from '../../generated/openapi/types.js';

/** What the stats endpoint shows of one gateway connection. */
export interface LiveGatewayConnection {
  gatewayId: string;
  connectionId: string;
  connectedAt: Date;
  lastHeartbeat: Date;
  /** The channel's ping interval: `stale` after one missed heartbeat (1.5 intervals of silence). */
  heartbeatIntervalMs: number;
}

/** One entry of `gatewayConnections.connections` in `GET /api/internal/v1/stats`. */
export type GatewayConnectionStatus = components['schemas']['Stats']['gatewayConnections']['connections'][number];

/**
 * The gateway connections open on this instance, by connection id. `lastHeartbeat` is read live
 * from the connection (a getter), so the registry holds references, never copies.
 */
export class LiveGatewayConnections {
  readonly #connections = new Map<string, LiveGatewayConnection>();

  add(connection: LiveGatewayConnection): void {
    this.#connections.set(connection.connectionId, connection);
  }

  remove(connectionId: string): void {
    this.#connections.delete(connectionId);
  }

  get size(): number {
    return this.#connections.size;
  }

  /** Every connection; `stale` once no pong or frame arrived for 1.5 of its ping intervals. */
  statuses(now = Date.now()): GatewayConnectionStatus[] {
    return [...this.#connections.values()].map((connection) => ({
      gatewayId: connection.gatewayId,
      connectionId: connection.connectionId,
      connectedAt: connection.connectedAt.toISOString(),
      lastHeartbeat: connection.lastHeartbeat.toISOString(),
      status: now - connection.lastHeartbeat.getTime() > connection.heartbeatIntervalMs * 1.5 ? 'stale' : 'connected',
    }));
  }
}
