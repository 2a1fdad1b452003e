import { AfterCommitPublisher, type AfterCommitPublisherOptions } from '../bus/after-commit.js';

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
 * Rings a gateway's topic after a commit. Never throws: connections also poll the log, so a failed
 * publish only delays delivery; it is logged and counted.
 */
export class GatewayDoorbell {
  readonly #publisher: AfterCommitPublisher;

  constructor(options: AfterCommitPublisherOptions) {
    this.#publisher = new AfterCommitPublisher(options);
  }

  signal(gatewayId: string, signal: GatewaySignal): Promise<void> {
    return this.#publisher.publish(
      gatewayTopic(gatewayId),
      encodeSignal(signal),
      'gateway doorbell publish failed; connections catch up on their next poll',
      { gatewayId, signal: signal.kind },
    );
  }

  ring(gatewayId: string, seq: number): Promise<void> {
    return this.signal(gatewayId, { kind: 'events', seq });
  }
}
