import type { Bus } from './bus.js';

type Handler = (message: string) => void;

export interface MemoryBusOptions {
  /** Called when a handler throws; the other handlers still get the message. */
  onHandlerError?: (error: unknown, topic: string) => void;
}

/**
 * The in-process bus: the default with no Redis, and the base of the Redis bus, which reuses its
 * local fan-out and only changes how a message reaches every instance (`doPublish`, `doSubscribe`).
 * Handlers run asynchronously, never inside `publish`, as they would with Redis.
 */
export class MemoryBus implements Bus {
  readonly kind: 'memory' | 'redis' = 'memory';
  protected readonly handlers = new Map<string, Set<Handler>>();
  /** Topics whose backend subscription is in progress or done; concurrent subscribers wait for it. */
  private readonly subscribed = new Map<string, Promise<void>>();
  protected closed = false;

  constructor(protected readonly options: MemoryBusOptions = {}) {}

  async publish(topic: string, message: string): Promise<void> {
    if (this.closed) throw new Error('bus is closed');
    await this.doPublish(topic, message);
  }

  async subscribe(topic: string, handler: Handler): Promise<() => Promise<void>> {
    if (this.closed) throw new Error('bus is closed');
    // Wrapped so the same function can be subscribed twice and removed once per subscription.
    const subscription: Handler = (message) => handler(message);
    let set = this.handlers.get(topic);
    if (set === undefined) {
      set = new Set();
      this.handlers.set(topic, set);
      const subscribing = this.doSubscribe(topic);
      this.subscribed.set(topic, subscribing);
      subscribing.catch(() => {
        this.handlers.delete(topic);
        this.subscribed.delete(topic);
      });
    }
    await this.subscribed.get(topic);
    set.add(subscription);
    let removed = false;
    return async () => {
      if (removed) return;
      removed = true;
      const current = this.handlers.get(topic);
      if (current === undefined || !current.delete(subscription) || current.size > 0) return;
      this.handlers.delete(topic);
      this.subscribed.delete(topic);
      if (!this.closed) await this.doUnsubscribe(topic);
    };
  }

  async ping(): Promise<void> {}

  close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    this.subscribed.clear();
    return Promise.resolve();
  }

  /** Hands `message` to every local handler of `topic`, each in its own task. */
  protected deliverLocally(topic: string, message: string): void {
    const set = this.handlers.get(topic);
    for (const handler of set ?? []) {
      setImmediate(() => {
        if (!set?.has(handler)) return; // unsubscribed in the meantime
        try {
          handler(message);
        } catch (err) {
          this.options.onHandlerError?.(err, topic);
        }
      });
    }
  }

  protected doPublish(topic: string, message: string): Promise<void> {
    this.deliverLocally(topic, message);
    return Promise.resolve();
  }

  protected async doSubscribe(_topic: string): Promise<void> {}

  protected async doUnsubscribe(_topic: string): Promise<void> {}
}

/** The in-process bus. */
export function createMemoryBus(options: MemoryBusOptions = {}): Bus {
  return new MemoryBus(options);
}
