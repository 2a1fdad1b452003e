import type { DeliveryFailureReason, DeliveryStats } from './delivery-stats.js';
import type { GatewayEventFrame, GatewayEventLog } from './event-log.js';

/** Where a feed writes frames: a realtime connection. */
export interface FeedSink {
  /** false when the connection is closed (or was closed by the transport for a full buffer) */
  send(frame: object): boolean;
  /** bytes queued but not yet written, when the transport reports it */
  readonly bufferedAmount?: number;
}

export interface GatewayEventFeedOptions {
  gatewayId: string;
  eventLog: GatewayEventLog;
  sink: FeedSink;
  stats: DeliveryStats;
  /** Last sequence number the connection already has: delivery starts after it. */
  cursor: number;
  /** Events read from the log per query. Default 100. */
  batchSize?: number;
  /** Events sent but not acknowledged on this connection before sending pauses. Default 1000. */
  maxInFlight?: number;
  /** Pause while the transport holds more than this many unsent bytes. Default 256 KiB. */
  highWaterBytes?: number;
  /** Wait before retrying after a failed read or a full buffer. Default 1000 / 25 ms. */
  retryAfterMs?: number;
  drainPollMs?: number;
  /** The log no longer has the next event this connection needs (pruned under it). */
  onFellBehind?: (cursor: number, firstAvailable: number) => void;
  onReadError?: (error: unknown) => void;
}

/**
 * Ordered delivery of one gateway's log to ONE connection. Every wake-up — a doorbell,
 * a poll, an ack that opens the window — schedules a drain; drains never overlap, so there is
 * exactly one reader per connection and frames leave in `seq` order with no gaps and no
 * duplicates. Sending pauses when `maxInFlight` events are unacknowledged or the transport's
 * buffer is above its high-water mark, and resumes on the next ack or retry.
 *
 * @example
 * const feed = new GatewayEventFeed({ gatewayId, eventLog, sink: conn, stats, cursor: 41 });
 * feed.wake();            // on connect, on every doorbell and poll
 * feed.ack(42);           // on `ack {seq: 42}`
 * feed.stop();            // on close
 */
export class GatewayEventFeed {
  readonly #options: Required<Omit<GatewayEventFeedOptions, 'onFellBehind' | 'onReadError'>> &
    Pick<GatewayEventFeedOptions, 'onFellBehind' | 'onReadError'>;
  #cursor: number;
  #acked: number;
  #wanted = false;
  #draining = false;
  #stopped = false;
  #retryTimer: NodeJS.Timeout | undefined;
  #idleWaiters: Array<() => void> = [];

  constructor(options: GatewayEventFeedOptions) {
    this.#options = {
      batchSize: 100,
      maxInFlight: 1000,
      highWaterBytes: 256 * 1024,
      retryAfterMs: 1000,
      drainPollMs: 25,
      ...options,
    };
    this.#cursor = options.cursor;
    this.#acked = options.cursor;
  }

  /** Last sequence number sent on this connection. */
  get cursor(): number {
    return this.#cursor;
  }

  /** Highest sequence number this connection acknowledged. */
  get acked(): number {
    return this.#acked;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Schedules a drain; a call during a drain makes it read again before it finishes. */
  wake(): void {
    this.#wanted = true;
    if (this.#draining || this.#stopped) return;
    this.#draining = true;
    void this.#drain().finally(() => {
      this.#draining = false;
      if (this.#wanted && !this.#stopped && this.#retryTimer === undefined && this.#hasRoom()) {
        this.wake();
        return;
      }
      for (const resolve of this.#idleWaiters.splice(0)) resolve();
    });
  }

  /**
   * A cumulative acknowledgement. Returns false (and changes nothing) when `seq` is beyond
   * `limit`: by default what this connection was sent; the channel passes the gateway's latest
   * seq for an ack of events the gateway got elsewhere (another connection, the HTTP log).
   */
  ack(seq: number, limit = this.#cursor): boolean {
    if (seq <= this.#acked) return true; // cumulative: nothing new
    if (seq > limit) return false;
    if (seq > this.#acked) {
      this.#acked = seq;
      this.wake();
    }
    return true;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#retryTimer !== undefined) clearTimeout(this.#retryTimer);
    this.#retryTimer = undefined;
    for (const resolve of this.#idleWaiters.splice(0)) resolve();
  }

  /** Resolves when no drain is running (tests and shutdown). */
  idle(): Promise<void> {
    if (!this.#draining) return Promise.resolve();
    return new Promise((resolve) => this.#idleWaiters.push(resolve));
  }

  #hasRoom(): boolean {
    return this.#cursor - this.#acked < this.#options.maxInFlight;
  }

  async #drain(): Promise<void> {
    while (this.#wanted && !this.#stopped) {
      this.#wanted = false;
      await this.#deliverPendingEvents();
    }
  }

  /** Reads and sends batches until the log is exhausted, the window is full or the sink pushes back. */
  async #deliverPendingEvents(): Promise<void> {
    const { gatewayId, eventLog, sink, stats, batchSize, maxInFlight, highWaterBytes } = this.#options;
    for (;;) {
      const room = maxInFlight - (this.#cursor - this.#acked);
      if (room <= 0 || this.#stopped) return; // the next ack wakes us
      if ((sink.bufferedAmount ?? 0) > highWaterBytes) {
        this.#retryLater(this.#options.drainPollMs);
        return;
      }
      const limit = Math.min(batchSize, room);
      let events: GatewayEventFrame[];
      try {
        events = await eventLog.readAfter(gatewayId, this.#cursor, limit);
      } catch (error) {
        stats.recordFailure('read_failed', (error as Error).message);
        this.#options.onReadError?.(error);
        this.#retryLater(this.#options.retryAfterMs);
        return;
      }
      for (const event of events) {
        if (this.#stopped) return;
        if (event.seq !== this.#cursor + 1) {
          this.#fail('fell_behind_retention', `needed seq ${this.#cursor + 1}, the log starts at ${event.seq}`);
          this.#options.onFellBehind?.(this.#cursor, event.seq);
          return;
        }
        if (!sink.send(event)) {
          this.#fail('connection_closed', `seq ${event.seq} not sent`);
          return;
        }
        this.#cursor = event.seq;
        stats.recordSent(event.type, event.timestamp);
      }
      if (events.length < limit) return;
    }
  }

  #fail(reason: DeliveryFailureReason, detail: string): void {
    this.#options.stats.recordFailure(reason, detail);
    this.stop();
  }

  #retryLater(ms: number): void {
    if (this.#retryTimer !== undefined || this.#stopped) return;
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = undefined;
      this.wake();
    }, ms);
    this.#retryTimer.unref();
  }
}
