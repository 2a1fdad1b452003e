import { randomUUID } from 'node:crypto';
import type {
  ApiDeployedEvent,
  ApiDeployedPayload,
  ApiUndeployedEvent,
  ApiUndeployedPayload,
  GatewayConfigUpdatedEvent,
  GatewayConfigUpdatedPayload,
} from '../../generated/asyncapi/index.js';
import { AppError } from '../errors.js';
import { currentContext } from '../observability/context.js';
import type { Database, Queryable } from '../store/database.js';

/** One event of a gateway's log, exactly as the WebSocket sends it and `listGatewayEvents` lists it. */
export type GatewayEventFrame = ApiDeployedEvent | ApiUndeployedEvent | GatewayConfigUpdatedEvent;
export type GatewayEventType = GatewayEventFrame['type'];

/** What a change appends: the type and payload; the log adds seq, eventId and timestamp. */
export type NewGatewayEvent =
  | { type: 'api.deployed'; payload: ApiDeployedPayload }
  | { type: 'api.undeployed'; payload: ApiUndeployedPayload }
  | { type: 'gateway.config.updated'; payload: GatewayConfigUpdatedPayload };

/** The request that caused an event: carried in the envelope. */
export interface EventCause {
  correlationId: string;
  traceparent?: string | undefined;
}

/** The cause of an event: given by the caller, else the running request's (or message's) context. */
export function eventCause(cause?: EventCause): EventCause {
  if (cause !== undefined) return cause;
  const context = currentContext();
  return { correlationId: context?.correlationId ?? randomUUID(), traceparent: context?.traceparent };
}

/** Where a gateway's log stands. */
export interface LogPosition {
  /** Newest sequence number (0 = no event yet). */
  latestSeq: number;
  /** Oldest event still retained; null when the log is empty. */
  oldestRetainedSeq: number | null;
  /** Highest sequence any connection of the gateway acknowledged. */
  ackedSeq: number;
}

/** Default number of events kept per gateway. */
export const DEFAULT_EVENT_RETENTION = 10_000;

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

interface EventRow {
  seq: string | number | bigint;
  event_id: string;
  type: GatewayEventType;
  payload: unknown;
  correlation_id: string;
  traceparent: string | null;
  created_at: Date | string;
}

/** bigint columns arrive as strings (pg) or numbers (PGlite); sequence numbers stay below 2^53. */
function toSeq(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

function toFrame(row: EventRow): GatewayEventFrame {
  const created = row.created_at instanceof Date ? row.created_at : new Date(row.created_at);
  return {
    type: row.type,
    seq: toSeq(row.seq),
    eventId: row.event_id,
    correlationId: row.correlation_id,
    timestamp: created.toISOString(),
    ...(row.traceparent === null ? {} : { traceparent: row.traceparent }),
    payload: row.payload,
  } as GatewayEventFrame;
}

/**
 * The durable, ordered per-gateway event log. Appends happen inside the transaction of the
 * change that causes them; readers (WebSocket delivery, `listGatewayEvents`) read from it by
 * sequence number, so nothing is ever held only in memory.
 *
 * @example
 * await db.transaction(async (tx) => {
 *   await tx.query('insert into deployments …');
 *   const event = await log.append(tx, gatewayId, { type: 'api.deployed', payload }, cause);
 * });
 * const missed = await log.readAfter(gatewayId, 41, 100);
 */
export class GatewayEventLog {
  readonly #db: Database;
  readonly retention: number;

  constructor({ db, retention = DEFAULT_EVENT_RETENTION }: { db: Database; retention?: number }) {
    if (!Number.isInteger(retention) || retention < 1)
      throw new Error(`event retention must be a positive integer, got ${retention}`);
    this.#db = db;
    this.retention = retention;
  }

  /**
   * Appends `event` to the gateway's log in `tx`: takes the next sequence number from
   * `gateways.last_seq` (the row lock orders concurrent appends and keeps the log gap-free), writes
   * the event, and drops what falls out of retention. The caller rings the doorbell after commit.
   */
  async append(
    tx: Queryable,
    gatewayId: string,
    event: NewGatewayEvent,
    cause: EventCause,
  ): Promise<GatewayEventFrame> {
    const { rows } = await tx.query<{ last_seq: string | number }>(
      'update gateways set last_seq = last_seq + 1 where id = $1 returning last_seq',
      [gatewayId],
    );
    const row = rows[0];
    if (row === undefined) throw new AppError('not_found', `gateway ${gatewayId} not found`);
    const seq = toSeq(row.last_seq);
    const traceparent =
      cause.traceparent !== undefined && TRACEPARENT.test(cause.traceparent) ? cause.traceparent : null;
    const inserted = await tx.query<EventRow>(
      `insert into gateway_events (gateway_id, seq, event_id, type, payload, correlation_id, traceparent)
       values ($1, $2, $3, $4, $5, $6, $7)
       returning seq, event_id, type, payload, correlation_id, traceparent, created_at`,
      [gatewayId, seq, randomUUID(), event.type, JSON.stringify(event.payload), cause.correlationId, traceparent],
    );
    if (seq > this.retention) {
      await tx.query('delete from gateway_events where gateway_id = $1 and seq <= $2::bigint', [
        gatewayId,
        seq - this.retention,
      ]);
    }
    return toFrame(inserted.rows[0] as EventRow);
  }

  /** Up to `limit` events with `seq > after`, in order. */
  async readAfter(gatewayId: string, after: number, limit: number): Promise<GatewayEventFrame[]> {
    const { rows } = await this.#db.query<EventRow>(
      `select seq, event_id, type, payload, correlation_id, traceparent, created_at
         from gateway_events where gateway_id = $1 and seq > $2 order by seq limit $3`,
      [gatewayId, after, limit],
    );
    return rows.map(toFrame);
  }

  /** The gateway's latest, oldest retained and acknowledged positions; undefined for an unknown gateway. */
  async position(gatewayId: string, db: Queryable = this.#db): Promise<LogPosition | undefined> {
    const { rows } = await db.query<{
      last_seq: string | number;
      acked_seq: string | number;
      oldest: string | number | null;
    }>(
      `select last_seq, acked_seq, (select min(seq) from gateway_events where gateway_id = g.id) as oldest
         from gateways g where id = $1`,
      [gatewayId],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    return {
      latestSeq: toSeq(row.last_seq),
      ackedSeq: toSeq(row.acked_seq),
      oldestRetainedSeq: row.oldest === null ? null : toSeq(row.oldest),
    };
  }

  /** The latest sequence number of each of `gatewayIds` (unknown ids are absent). */
  async latestSeqs(gatewayIds: readonly string[]): Promise<Map<string, number>> {
    const latest = new Map<string, number>();
    for (let i = 0; i < gatewayIds.length; i += 1000) {
      const { rows } = await this.#db.query<{ id: string; last_seq: string | number }>(
        'select id, last_seq from gateways where id = any($1::uuid[])',
        [gatewayIds.slice(i, i + 1000)],
      );
      for (const row of rows) latest.set(row.id, toSeq(row.last_seq));
    }
    return latest;
  }

  /** Records a cumulative acknowledgement; never moves backwards. */
  async recordAck(gatewayId: string, seq: number): Promise<void> {
    await this.#db.query(
      'update gateways set acked_seq = greatest(acked_seq, $2::bigint) where id = $1 and last_seq >= $2::bigint',
      [gatewayId, seq],
    );
  }
}
