import type { Logger } from 'winston';
import type { Bus } from '../bus/bus.js';

/**
 * Messages on a gateway's topic. The doorbell carries a sequence number, never the event: every
 * connection that hears it reads the log itself, so a lost bus message only delays delivery until
 * the next ring or poll. Control messages close connections on every instance.
 */
export type GatewaySignal =
  | { kind: 'events'; seq: number }
  /** Close every connection of the gateway except those authenticated with `keepKeyId`. */
  | { kind: 'close'; reason: 'deleted' | 'rotated'; keepKeyId?: string };

/** The bus topic of one gateway: doorbells and control messages for its connections, on any instance. */
export function gatewayTopic(gatewayId: string): string {
  return `gateway-events:${gatewayId}`;
}

export function encodeSignal(signal: GatewaySignal): string {
  if (signal.kind === 'events') return String(signal.seq);
  return `close:${signal.reason}${signal.keepKeyId === undefined ? '' : `:${signal.keepKeyId}`}`;
}

/** Unknown messages decode to undefined (ignored). */
export function decodeSignal(message: string): GatewaySignal | undefined {
  if (/^\d{1,16}$/.test(message)) return { kind: 'events', seq: Number(message) };
  const match = /^close:(deleted|rotated)(?::([0-9a-f-]{36}))?$/.exec(message);
  if (match === null) return undefined;
  return {
    kind: 'close',
    reason: match[1] as 'deleted' | 'rotated',
    ...(match[2] === undefined ? {} : { keepKeyId: match[2] }),
  };
}

/**
 * Rings a gateway's topic after a commit. Never throws: the change is committed either way, and
 * connections also poll the log, so a failed publish is logged and counted, not reported to the
 * caller.
 */
export class GatewayDoorbell {
  readonly #bus: Bus;
  readonly #logger: Logger | undefined;
  readonly #onFailure: ((error: unknown) => void) | undefined;

  constructor({ bus, logger, onFailure }: { bus: Bus; logger?: Logger; onFailure?: (error: unknown) => void }) {
    this.#bus = bus;
    this.#logger = logger;
    this.#onFailure = onFailure;
  }

  async signal(gatewayId: string, signal: GatewaySignal): Promise<void> {
    try {
      await this.#bus.publish(gatewayTopic(gatewayId), encodeSignal(signal));
    } catch (error) {
      this.#onFailure?.(error);
      this.#logger?.warn('gateway doorbell publish failed; connections catch up on their next poll', {
        gatewayId,
        signal: signal.kind,
        error: (error as Error).message,
      });
    }
  }

  ring(gatewayId: string, seq: number): Promise<void> {
    return this.signal(gatewayId, { kind: 'events', seq });
  }
}
