import { randomUUID } from 'node:crypto';
import type { Logger } from 'winston';
import type { components } from '../../generated/openapi/types.js';
import type { Bus } from '../bus/bus.js';
import type { DeliveryStats, EventDeliverySnapshot } from './delivery-stats.js';
import type { GatewayConnectionStatus, LiveGatewayConnections } from './live-connections.js';

/** What `GET /api/internal/v1/stats` answers. */
export type GatewayStats = components['schemas']['Stats'];

interface InstanceReport {
  instanceId: string;
  connections: GatewayConnectionStatus[];
  delivery: EventDeliverySnapshot;
}

const QUERY_TOPIC = 'gateway-stats:query';

export interface ClusterStatsOptions {
  bus: Bus;
  logger?: Logger;
  connections: LiveGatewayConnections;
  delivery: DeliveryStats;
  /** How long a query waits for other instances' answers (Redis bus only). Default 250 ms. */
  gatherMs?: number;
}

/**
 * Gateway stats over every instance. With the in-process bus there is one instance and
 * the answer is local. With Redis, the answering instance asks on `gateway-stats:query` and, for
 * `gatherMs`, collects each other instance's connections and delivery counters (they answer on a
 * reply topic of the query's own); counters are summed, the latest failure wins. An instance that
 * does not answer in time is left out rather than delaying the endpoint.
 */
export class ClusterStats {
  readonly #instanceId = randomUUID();
  readonly #options: ClusterStatsOptions;
  /** Resolves to the query subscription's unsubscribe, or undefined when subscribing failed. */
  #listening: Promise<(() => Promise<void>) | undefined> | undefined;

  constructor(options: ClusterStatsOptions) {
    this.#options = options;
  }

  /** Answers other instances' queries (Redis bus only); idempotent, failures are logged. */
  async listen(): Promise<void> {
    const { bus, logger } = this.#options;
    if (bus.kind === 'memory') return;
    this.#listening ??= bus
      .subscribe(QUERY_TOPIC, (message) => {
        const query = parseJson<{ replyTo?: unknown; from?: unknown }>(message);
        if (
          typeof query?.replyTo !== 'string' ||
          !query.replyTo.startsWith('gateway-stats:reply:') ||
          query.from === this.#instanceId
        )
          return;
        bus.publish(query.replyTo, JSON.stringify(this.#localReport())).catch((error: unknown) => {
          logger?.warn('answering a gateway stats query failed', { error: (error as Error).message });
        });
      })
      .catch((error: unknown) => {
        this.#listening = undefined;
        logger?.warn('listening for gateway stats queries failed', { error: (error as Error).message });
        return undefined;
      });
    await this.#listening;
  }

  /** Stops answering other instances' queries; `listen()` may start again. Idempotent. */
  async close(): Promise<void> {
    const listening = this.#listening;
    this.#listening = undefined;
    const unsubscribe = await listening;
    await unsubscribe?.();
  }

  /** The stats of every instance that answers. */
  async collect(): Promise<GatewayStats> {
    const { bus, logger } = this.#options;
    const reports: InstanceReport[] = [this.#localReport()];
    if (bus.kind !== 'memory') {
      const replyTo = `gateway-stats:reply:${randomUUID()}`;
      try {
        const unsubscribe = await bus.subscribe(replyTo, (message) => {
          const report = parseJson<InstanceReport>(message);
          if (report !== undefined && Array.isArray(report.connections) && typeof report.delivery === 'object')
            reports.push(report);
        });
        try {
          await bus.publish(QUERY_TOPIC, JSON.stringify({ replyTo, from: this.#instanceId }));
          await new Promise((resolve) => setTimeout(resolve, this.#options.gatherMs ?? 250));
        } finally {
          await unsubscribe();
        }
      } catch (error) {
        logger?.warn('gathering gateway stats from other instances failed; answering with this instance only', {
          error: (error as Error).message,
        });
      }
    }
    return merge(reports);
  }

  #localReport(): InstanceReport {
    return {
      instanceId: this.#instanceId,
      connections: this.#options.connections.statuses(),
      delivery: this.#options.delivery.snapshot(),
    };
  }
}

function merge(reports: InstanceReport[]): GatewayStats {
  const seen = new Set<string>();
  const connections: GatewayConnectionStatus[] = [];
  let totalEventsSent = 0;
  let failedDeliveries = 0;
  let lastFailure: { time: string; reason: string | null } | undefined;
  for (const report of reports) {
    if (seen.has(report.instanceId)) continue;
    seen.add(report.instanceId);
    connections.push(...report.connections);
    totalEventsSent += report.delivery.totalEventsSent;
    failedDeliveries += report.delivery.failedDeliveries;
    const time = report.delivery.lastFailureTime;
    if (time !== null && (lastFailure === undefined || time > lastFailure.time))
      lastFailure = { time, reason: report.delivery.lastFailureReason };
  }
  return {
    gatewayConnections: { totalActive: connections.length, connections },
    eventDelivery: {
      totalEventsSent,
      failedDeliveries,
      lastFailureTime: lastFailure?.time ?? null,
      lastFailureReason: lastFailure?.reason ?? null,
    },
  };
}

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
