import type { IncomingMessage } from 'node:http';
import type {
  GatewayAckMessage,
  GatewayConnectionAckMessage,
  GatewayEventsClientMessage,
  GatewayPongMessage,
} from '../../generated/asyncapi/index.js';
import {
  validateGatewayEventsClientMessage,
  validateGatewayEventsServerMessage,
} from '../../generated/asyncapi/index.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { ChannelDefinition, RealtimeConnection } from './types.js';
import { GatewayEventFeed } from '../gateways/connection-feed.js';
import { decodeSignal, gatewayTopic } from '../gateways/doorbell.js';
import type { GatewayEventLog } from '../gateways/event-log.js';
import type { GatewayFleet } from '../gateways/fleet.js';
import { planResume, requestedPosition } from '../gateways/resume.js';

/** Who is on a gateway connection, decided in the upgrade. */
export interface GatewayPrincipal {
  gatewayId: string;
  /** The key the connection authenticated with: rotation closes connections using older keys. */
  keyId: string;
  /** `last-event-seq` header or `since` query parameter, when given. */
  requestedSeq: number | undefined;
}

export const GATEWAY_EVENTS_PATH = '/api/internal/v1/ws/gateways/connect';
/** Policy violation: the gateway was deleted or its key rotated (spec `x-close-codes`). */
const POLICY_VIOLATION = 1008;
/** Try again later: the connection cannot continue but a reconnect will (spec `x-close-codes`). */
const TRY_AGAIN_LATER = 1013;

export interface GatewayEventsChannelOptions {
  deps: Pick<AppDeps, 'config' | 'logger' | 'bus'>;
  services: GatewayFleet;
  /** Server ping interval; default 20 s. The timeout is `WS_CONNECTION_TIMEOUT` (30 s). */
  heartbeatIntervalMs?: number;
  /** Frame size limit; default 1 MiB. */
  maxPayloadBytes?: number;
  /** Outgoing buffer bound per connection; default 4 MiB. */
  maxBufferedBytes?: number;
  /**
   * How often this instance checks, in one query, whether any connected gateway's log moved past
   * what its connections were sent — a safety net for lost bus messages. Default 5 s.
   */
  pollIntervalMs?: number;
  /** Unacknowledged events per connection before sending pauses; default 1000. */
  maxInFlight?: number;
}

/**
 * The gateway event channel as a channel definition for the realtime transport:
 * `api-key` authentication and resume-position checks in the upgrade, `connection.ack`, then the
 * gateway's log from the resume position, in order, through one `GatewayEventFeed` per connection,
 * woken by the gateway's doorbell on the bus (any instance) and by a slow poll.
 *
 * @example
 * const channel = createGatewayEventsChannel({ deps, services: deps.fleet });
 * attachRealtimeServer({ server, deps, maxConnections, channels: [channel] });
 */
export function createGatewayEventsChannel(
  options: GatewayEventsChannelOptions,
): ChannelDefinition<GatewayPrincipal, GatewayEventsClientMessage> {
  const { deps, services: fleet } = options;
  const { config, logger, bus } = deps;
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 20_000;
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const perMinute = config.ws.rateLimitPerMinute;
  const watched = new WatchedFeeds({ eventLog: fleet.eventLog, logger, intervalMs: pollIntervalMs });

  async function onConnection(conn: RealtimeConnection<GatewayPrincipal, GatewayEventsClientMessage>): Promise<void> {
    const { gatewayId, keyId, requestedSeq } = conn.principal;
    let feed: GatewayEventFeed | undefined;
    let closed = false;
    let unsubscribe: (() => Promise<void>) | undefined;

    const closePolicy = (reason: string) => conn.close(POLICY_VIOLATION, reason);
    // Handlers first: frames are not dispatched before onConnection resolves, but a close can come any time.
    conn.onClose(() => {
      closed = true;
      if (feed !== undefined) {
        feed.stop();
        watched.remove(gatewayId, feed);
      }
      fleet.connections.remove(conn.id);
      unsubscribe?.().catch((error: unknown) =>
        logger.warn('unsubscribing a gateway topic failed', { gatewayId, error: (error as Error).message }),
      );
    });
    conn.onMessage((message: GatewayEventsClientMessage) => {
      if (message.type === 'ack') return acknowledge(message);
      const pong: GatewayPongMessage = {
        type: 'pong',
        ...(message.id === undefined ? {} : { correlationId: message.id }),
        timestamp: new Date().toISOString(),
        payload: { serverTime: new Date().toISOString() },
      };
      conn.send(pong);
    });
    async function acknowledge(message: GatewayAckMessage): Promise<void> {
      const { seq } = message.payload;
      if (feed === undefined) throw new AppError('service_unavailable', 'the connection is not ready yet');
      if (!feed.ack(seq)) {
        // Not sent on this connection: fine if the gateway has it from elsewhere (spec: an ack may
        // not be ahead of the gateway's latest event). Ahead is a conflict with the log's state,
        // not a malformed frame: the frame itself is valid.
        const latestSeq = (await fleet.eventLog.position(gatewayId))?.latestSeq ?? 0;
        if (!feed.ack(seq, latestSeq)) {
          throw new AppError('conflict', `ack seq ${seq} is ahead of the latest event ${latestSeq}`, {
            details: { seq, latestSeq },
          });
        }
      }
      fleet.acks.record(gatewayId, seq);
    }

    // 1. Listen before reading positions, so nothing committed after the read goes unnoticed.
    unsubscribe = await bus.subscribe(gatewayTopic(gatewayId), (message) => {
      const signal = decodeSignal(message);
      if (signal === undefined) return;
      if (signal.kind === 'events') feed?.wake();
      else if (signal.reason === 'deleted') closePolicy('gateway deleted');
      else if (signal.keepKeyId !== keyId) closePolicy('api-key rotated');
    });
    if (closed) {
      await unsubscribe();
      return;
    }
    // 2. A delete or rotation between the upgrade and the subscription was not heard: check now.
    const [live, position] = await Promise.all([
      fleet.gateways.isKeyLive(gatewayId, keyId),
      fleet.eventLog.position(gatewayId),
    ]);
    if (!live || position === undefined) {
      closePolicy(position === undefined ? 'gateway deleted' : 'api-key rotated');
      return;
    }
    // 3. connection.ack says where delivery resumes, then the feed sends everything after it.
    const plan = planResume(requestedSeq, position);
    const ack: GatewayConnectionAckMessage = {
      type: 'connection.ack',
      timestamp: new Date().toISOString(),
      payload: {
        gatewayId,
        connectionId: conn.id,
        serverTime: new Date().toISOString(),
        heartbeatIntervalMs,
        ...(requestedSeq === undefined ? {} : { resumeFrom: requestedSeq }),
        latestSeq: position.latestSeq,
        oldestRetainedSeq: position.oldestRetainedSeq,
        recovered: plan.recovered,
      },
    };
    if (closed || !conn.send(ack)) return;
    if (!plan.recovered)
      logger.info('gateway resume position not retained: it must resync over REST', {
        gatewayId,
        requested: requestedSeq ?? position.ackedSeq,
        ...position,
      });

    fleet.connections.add({
      gatewayId,
      connectionId: conn.id,
      connectedAt: conn.connectedAt,
      heartbeatIntervalMs,
      get lastHeartbeat() {
        return conn.lastHeartbeat;
      },
    });
    feed = new GatewayEventFeed({
      gatewayId,
      eventLog: fleet.eventLog,
      sink: conn,
      stats: fleet.stats,
      cursor: plan.cursor,
      ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
      onFellBehind: (cursor, first) => {
        logger.warn('gateway connection fell behind retention: closing so it resumes with recovered=false', {
          gatewayId,
          cursor,
          first,
        });
        conn.close(TRY_AGAIN_LATER, 'fell behind the retained event log');
      },
      onReadError: (error) =>
        logger.error('reading the gateway event log failed; retrying', { gatewayId, error: (error as Error).message }),
    });
    feed.wake();
    watched.add(gatewayId, feed);
  }

  return {
    name: 'gatewayEvents',
    path: GATEWAY_EVENTS_PATH,
    metricsLabel: 'gateway',
    maxPayloadBytes: options.maxPayloadBytes ?? 1024 * 1024,
    heartbeat: { intervalMs: heartbeatIntervalMs, timeoutMs: config.ws.connectionTimeoutMs },
    maxBufferedBytes: options.maxBufferedBytes ?? 4 * 1024 * 1024,
    handshakeRate: { ratePerSecond: perMinute / 60, burst: perMinute },

    presentedCredential(req: IncomingMessage) {
      const value = apiKeyOf(req);
      return value === undefined ? undefined : { kind: 'gateway' as const, value };
    },

    async authenticate(req: IncomingMessage): Promise<GatewayPrincipal> {
      const apiKey = apiKeyOf(req);
      if (apiKey === undefined) throw new AppError('unauthenticated', 'the api-key header is required');
      const credential = await fleet.gateways.authenticate(apiKey);
      if (credential === undefined) throw new AppError('unauthenticated', 'unknown or revoked api-key');
      const since = new URL(req.url ?? '/', 'http://localhost').searchParams.get('since');
      return { ...credential, requestedSeq: requestedPosition(req.headers['last-event-seq'], since) };
    },

    validateIncoming: validateGatewayEventsClientMessage,
    validateOutgoing: validateGatewayEventsServerMessage,
    onConnection,
  };
}

function apiKeyOf(req: IncomingMessage): string | undefined {
  const header = req.headers['api-key'];
  const apiKey = Array.isArray(header) ? header[0] : header;
  return apiKey === '' ? undefined : apiKey;
}

/**
 * The feeds of this instance's connections, by gateway, with one poller for all of them: every
 * `intervalMs` one query reads the latest seq of every connected gateway and wakes the feeds that
 * are behind. Doorbells normally wake feeds at once; this catches what a lost bus message missed.
 */
class WatchedFeeds {
  readonly #feeds = new Map<string, Set<GatewayEventFeed>>();
  readonly #eventLog: GatewayEventLog;
  readonly #logger: AppDeps['logger'];
  readonly #intervalMs: number;
  #timer: NodeJS.Timeout | undefined;
  #polling = false;

  constructor({
    eventLog,
    logger,
    intervalMs,
  }: {
    eventLog: GatewayEventLog;
    logger: AppDeps['logger'];
    intervalMs: number;
  }) {
    this.#eventLog = eventLog;
    this.#logger = logger;
    this.#intervalMs = intervalMs;
  }

  add(gatewayId: string, feed: GatewayEventFeed): void {
    let feeds = this.#feeds.get(gatewayId);
    if (feeds === undefined) this.#feeds.set(gatewayId, (feeds = new Set()));
    feeds.add(feed);
    if (this.#timer === undefined) {
      this.#timer = setInterval(() => void this.#wakeFeedsBehind(), this.#intervalMs);
      this.#timer.unref();
    }
  }

  remove(gatewayId: string, feed: GatewayEventFeed): void {
    const feeds = this.#feeds.get(gatewayId);
    feeds?.delete(feed);
    if (feeds?.size === 0) this.#feeds.delete(gatewayId);
    if (this.#feeds.size === 0 && this.#timer !== undefined) {
      clearInterval(this.#timer);
      this.#timer = undefined;
    }
  }

  async #wakeFeedsBehind(): Promise<void> {
    if (this.#polling) return;
    this.#polling = true;
    try {
      const latest = await this.#eventLog.latestSeqs([...this.#feeds.keys()]);
      for (const [gatewayId, feeds] of this.#feeds) {
        const seq = latest.get(gatewayId) ?? 0;
        for (const feed of feeds) if (feed.cursor < seq) feed.wake();
      }
    } catch (error) {
      this.#logger.warn('polling gateway event logs failed', { error: (error as Error).message });
    } finally {
      this.#polling = false;
    }
  }
}
