import type { Logger } from 'winston';
import type { GatewayEventLog } from './event-log.js';

/**
 * Persists cumulative acknowledgements as `gateways.acked_seq = greatest(acked_seq, seq)`, batched
 * per gateway: at most one write in flight per gateway; acks arriving meanwhile are folded into
 * the next write. A reconnect without a resume position starts from what was persisted, so an
 * ack lost to a crash only means a redelivery (at-least-once).
 */
export class AckRecorder {
  readonly #log: GatewayEventLog;
  readonly #logger: Logger | undefined;
  readonly #pending = new Map<string, number>();
  readonly #writing = new Map<string, Promise<void>>();

  constructor({ eventLog, logger }: { eventLog: GatewayEventLog; logger?: Logger }) {
    this.#log = eventLog;
    this.#logger = logger;
  }

  record(gatewayId: string, seq: number): void {
    if (seq <= (this.#pending.get(gatewayId) ?? 0)) return;
    this.#pending.set(gatewayId, seq);
    if (!this.#writing.has(gatewayId)) this.#writing.set(gatewayId, this.#writeLoop(gatewayId));
  }

  /** Resolves once every ack recorded so far for the gateway is persisted (or failed and was logged). */
  async settled(gatewayId: string): Promise<void> {
    await this.#writing.get(gatewayId);
  }

  async #writeLoop(gatewayId: string): Promise<void> {
    try {
      let written = 0;
      for (;;) {
        const seq = this.#pending.get(gatewayId) ?? 0;
        if (seq <= written) break;
        try {
          await this.#log.recordAck(gatewayId, seq);
        } catch (error) {
          this.#logger?.warn('persisting a gateway ack failed; the events will be redelivered', {
            gatewayId,
            seq,
            error: (error as Error).message,
          });
        }
        written = seq;
      }
    } finally {
      this.#pending.delete(gatewayId);
      this.#writing.delete(gatewayId);
    }
  }
}
