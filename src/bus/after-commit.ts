import type { Logger } from 'winston';
import type { Bus } from './bus.js';

export interface AfterCommitPublisherOptions {
  bus: Bus;
  logger?: Logger;
  /** called with each failed publish (count it) */
  onFailure?: (error: unknown) => void;
}

/**
 * Publishes news of a change that is already committed. Never throws: the change stands either
 * way, so a failed publish is logged (with what it costs the listeners) and counted, not reported
 * to the caller.
 */
export class AfterCommitPublisher {
  readonly #bus: Bus;
  readonly #logger: Logger | undefined;
  readonly #onFailure: ((error: unknown) => void) | undefined;

  constructor({ bus, logger, onFailure }: AfterCommitPublisherOptions) {
    this.#bus = bus;
    this.#logger = logger;
    this.#onFailure = onFailure;
  }

  /** `ifLost` is the warning logged on failure: what listeners miss because of it. */
  async publish(topic: string, message: string, ifLost: string, fields: Record<string, unknown>): Promise<void> {
    try {
      await this.#bus.publish(topic, message);
    } catch (error) {
      this.#onFailure?.(error);
      this.#logger?.warn(ifLost, { ...fields, error: (error as Error).message });
    }
  }
}
