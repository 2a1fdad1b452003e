import type { components } from '../../generated/openapi/types.js';
import type { Metrics } from '../observability/metrics.js';
import type { GatewayEventType } from './event-log.js';

/** Why a delivery failed; the `reason` label of `gateway_event_delivery_failures_total` (bounded). */
export type DeliveryFailureReason = 'connection_closed' | 'read_failed' | 'fell_behind_retention' | 'doorbell_failed';

/** The `eventDelivery` part of `GET /api/internal/v1/stats`. */
export type EventDeliverySnapshot = components['schemas']['Stats']['eventDelivery'];

/**
 * Event delivery counters of this instance, mirrored into the Prometheus metrics
 * `gateway_events_sent_total{type}`, `gateway_event_delivery_failures_total{reason}` and
 * `gateway_event_delivery_lag_seconds` (no gateway label: gateway ids are unbounded).
 */
export class DeliveryStats {
  readonly #metrics: Metrics | undefined;
  #sent = 0;
  #failed = 0;
  #lastFailure: { time: Date; reason: string } | undefined;

  constructor({ metrics }: { metrics?: Metrics } = {}) {
    this.#metrics = metrics;
  }

  /** One event written to one connection; `recordedAt` is when the log got it (for the lag). */
  recordSent(type: GatewayEventType, recordedAt: string): void {
    this.#sent += 1;
    this.#metrics?.gatewayEventsSentTotal.inc({ type });
    const lagSeconds = (Date.now() - Date.parse(recordedAt)) / 1000;
    if (Number.isFinite(lagSeconds)) this.#metrics?.gatewayEventDeliveryLagSeconds.observe(Math.max(0, lagSeconds));
  }

  recordFailure(reason: DeliveryFailureReason, detail?: string): void {
    this.#failed += 1;
    this.#lastFailure = { time: new Date(), reason: detail === undefined ? reason : `${reason}: ${detail}` };
    this.#metrics?.gatewayEventDeliveryFailuresTotal.inc({ reason });
  }

  snapshot(): EventDeliverySnapshot {
    return {
      totalEventsSent: this.#sent,
      failedDeliveries: this.#failed,
      lastFailureTime: this.#lastFailure?.time.toISOString() ?? null,
      lastFailureReason: this.#lastFailure?.reason ?? null,
    };
  }
}
