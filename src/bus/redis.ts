import type { Redis } from 'ioredis';
import type { Bus } from './bus.js';
import { MemoryBus, type MemoryBusOptions } from './memory.js';

export interface RedisBusOptions extends MemoryBusOptions {
  /** Sends PUBLISH and PING. */
  publisher: Redis;
  /** A second connection, dedicated to SUBSCRIBE (Redis allows nothing else on it). */
  subscriber: Redis;
  /** Channel name prefix (`config.redisPrefix`), so several deployments (or test runs) can share one Redis. */
  prefix: string;
}

/**
 * The bus across instances: Redis pub/sub on `<prefix>bus:<topic>`. Every instance, this one
 * included, receives what any instance publishes. Delivery is at-most-once (pub/sub drops
 * messages while disconnected); durable flows must not depend on it alone. While Redis is down,
 * `publish` fails at once and (un)subscriptions are queued for the reconnect instead of awaited.
 * The clients are built, connected and closed by the caller; `close()` only unsubscribes.
 */
export class RedisBus extends MemoryBus {
  override readonly kind = 'redis' as const;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly channelPrefix: string;
  private readonly onMessage = (channel: string, message: string) => {
    if (channel.startsWith(this.channelPrefix)) this.deliverLocally(channel.slice(this.channelPrefix.length), message);
  };

  constructor(options: RedisBusOptions) {
    super(options);
    this.publisher = options.publisher;
    this.subscriber = options.subscriber;
    this.channelPrefix = `${options.prefix}bus:`;
    this.subscriber.on('message', this.onMessage);
  }

  override async ping(): Promise<void> {
    await this.publisher.ping();
  }

  override async close(): Promise<void> {
    const topics = [...this.handlers.keys()];
    await super.close();
    this.subscriber.off('message', this.onMessage);
    if (topics.length > 0 && this.subscriber.status === 'ready') {
      await this.subscriber.unsubscribe(...topics.map((topic) => this.channelPrefix + topic));
    }
  }

  protected override async doPublish(topic: string, message: string): Promise<void> {
    // Fail at once rather than wait for a reconnect: publishers (the doorbell) log it and move on.
    if (this.publisher.status !== 'ready') throw new Error(`Redis is not connected (${this.publisher.status})`);
    await this.publisher.publish(this.channelPrefix + topic, message);
  }

  protected override async doSubscribe(topic: string): Promise<void> {
    await this.#whenConnected(this.subscriber.subscribe(this.channelPrefix + topic), topic);
  }

  protected override async doUnsubscribe(topic: string): Promise<void> {
    await this.#whenConnected(this.subscriber.unsubscribe(this.channelPrefix + topic), topic);
  }

  /**
   * Connected: waits for Redis to confirm. Not connected: the command is queued and sent on
   * reconnect, and nobody waits for it — a gateway connection opened while Redis is down still
   * starts (its feed polls the log), and hears the doorbell once Redis is back.
   */
  async #whenConnected(command: Promise<unknown>, topic: string): Promise<void> {
    if (this.subscriber.status === 'ready') {
      await command;
      return;
    }
    command.catch((error: unknown) => {
      // Dropped at shutdown is expected; otherwise it is a failure like a handler's.
      if (!this.closed) this.options.onHandlerError?.(error, topic);
    });
  }
}

/** The Redis bus on two already-built ioredis connections. */
export function createRedisBus(options: RedisBusOptions): Bus {
  return new RedisBus(options);
}
