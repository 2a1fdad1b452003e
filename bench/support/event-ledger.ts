/**
 * The soak's bookkeeping of gateway events: which REST calls should have produced an event on which
 * gateway, and what each gateway received. Pure logic, no I/O.
 *
 * Protocol facts it relies on (docs/gateway-events.md): `seq` is per gateway, starts at 1 and has
 * no gaps; delivery is at-least-once, and a redelivered event carries the same `seq` and `eventId`,
 * so a consumer drops what it has already applied. The event's `correlationId` is the
 * `X-Request-Id` of the REST call that caused it.
 */

/** What a REST call that causes one event on one gateway ended with. */
export type CallOutcome = 'ok' | 'failed';

export interface LostEvent {
  correlationId: string;
  gateway: number;
}

export interface LedgerSummary {
  /** calls answered 2xx, each owing exactly one event to its gateway */
  expectedEvents: number;
  /** events applied (new seq, in order) */
  applied: number;
  /** 2xx calls whose event never arrived */
  lost: number;
  lostSamples: LostEvent[];
  /** redeliveries of an already applied seq with the same eventId (allowed: at-least-once) */
  redelivered: number;
  /** a seq above last + 1 arrived: events in between were skipped */
  gaps: number;
  gapSamples: string[];
  /** a redelivered seq carried a different eventId than the one applied */
  conflictingRedeliveries: number;
  /** one call's correlation id applied under two different seqs (an event appended twice) */
  duplicatedEvents: number;
  /** events caused by calls that did not get a 2xx (a commit whose answer was lost, or a 5xx after commit) */
  eventsFromFailedCalls: number;
  /** events whose correlation id matches no call of this run */
  unknownEvents: number;
}

interface GatewayStream {
  lastSeq: number;
  eventIds: Map<number, string>;
  /** correlation id → seq it was applied under */
  applied: Map<string, number>;
}

export class EventLedger {
  readonly #streams: GatewayStream[];
  readonly #calls = new Map<string, { gateway: number; outcome: CallOutcome | 'pending' }>();
  #redelivered = 0;
  #gaps = 0;
  readonly #gapSamples: string[] = [];
  #conflicting = 0;
  #duplicated = 0;
  #appliedTotal = 0;

  constructor(gateways: number) {
    this.#streams = Array.from({ length: gateways }, () => ({ lastSeq: 0, eventIds: new Map(), applied: new Map() }));
  }

  /** Before the call is sent (its event may arrive before its answer). */
  called(correlationId: string, gateway: number): void {
    this.#calls.set(correlationId, { gateway, outcome: 'pending' });
  }

  /** When the call's answer (or its failure) is known. */
  answered(correlationId: string, outcome: CallOutcome): void {
    const call = this.#calls.get(correlationId);
    if (call !== undefined) call.outcome = outcome;
  }

  /** The position to resume from: the highest seq applied in order. */
  lastSeq(gateway: number): number {
    return this.#stream(gateway).lastSeq;
  }

  /**
   * An event frame arrived for `gateway`. Returns `apply` for the next seq in order, `redelivery`
   * for a seq already applied (drop it), `gap` when seqs were skipped (applied anyway, counted).
   */
  receive(gateway: number, seq: number, eventId: string, correlationId: string): 'apply' | 'redelivery' | 'gap' {
    const stream = this.#stream(gateway);
    if (seq <= stream.lastSeq) {
      this.#redelivered++;
      const seen = stream.eventIds.get(seq);
      if (seen !== undefined && seen !== eventId) this.#conflicting++;
      return 'redelivery';
    }
    let verdict: 'apply' | 'gap' = 'apply';
    if (seq !== stream.lastSeq + 1) {
      this.#gaps++;
      if (this.#gapSamples.length < 20)
        this.#gapSamples.push(`gateway #${gateway}: seq ${seq} after ${stream.lastSeq}`);
      verdict = 'gap';
    }
    stream.lastSeq = seq;
    stream.eventIds.set(seq, eventId);
    if (stream.applied.has(correlationId)) this.#duplicated++;
    else stream.applied.set(correlationId, seq);
    this.#appliedTotal++;
    return verdict;
  }

  /** Calls answered 2xx whose event has not been applied (yet). */
  outstanding(): number {
    let count = 0;
    for (const [id, call] of this.#calls)
      if (call.outcome === 'ok' && !this.#stream(call.gateway).applied.has(id)) count++;
    return count;
  }

  summary(): LedgerSummary {
    let expected = 0;
    const lost: LostEvent[] = [];
    for (const [correlationId, call] of this.#calls) {
      if (call.outcome !== 'ok') continue;
      expected++;
      if (!this.#stream(call.gateway).applied.has(correlationId)) lost.push({ correlationId, gateway: call.gateway });
    }
    let fromFailed = 0;
    let unknown = 0;
    this.#streams.forEach((stream, gateway) => {
      for (const correlationId of stream.applied.keys()) {
        const call = this.#calls.get(correlationId);
        if (call === undefined || call.gateway !== gateway) unknown++;
        else if (call.outcome !== 'ok') fromFailed++;
      }
    });
    return {
      expectedEvents: expected,
      applied: this.#appliedTotal,
      lost: lost.length,
      lostSamples: lost.slice(0, 20),
      redelivered: this.#redelivered,
      gaps: this.#gaps,
      gapSamples: [...this.#gapSamples],
      conflictingRedeliveries: this.#conflicting,
      duplicatedEvents: this.#duplicated,
      eventsFromFailedCalls: fromFailed,
      unknownEvents: unknown,
    };
  }

  #stream(gateway: number): GatewayStream {
    const stream = this.#streams[gateway];
    if (stream === undefined) throw new RangeError(`no gateway #${gateway}`);
    return stream;
  }
}
