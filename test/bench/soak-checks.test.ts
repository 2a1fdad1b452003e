import { expect } from 'chai';
import { EventLedger } from '../../bench/support/event-ledger.js';
import { duringFault, parseDurationS, rssFloor, rssSpread } from '../../bench/support/soak-checks.js';

describe('bench soak: event ledger', () => {
  it('counts nothing lost when every 2xx call’s event is applied in order, whatever arrives first', () => {
    const ledger = new EventLedger(2);
    ledger.called('a', 0);
    expect(ledger.receive(0, 1, 'e1', 'a')).to.equal('apply'); // the event before the call's answer
    ledger.answered('a', 'ok');
    ledger.called('b', 1);
    ledger.answered('b', 'ok');
    expect(ledger.outstanding()).to.equal(1);
    expect(ledger.receive(1, 1, 'e2', 'b')).to.equal('apply');
    const summary = ledger.summary();
    expect(summary).to.include({ expectedEvents: 2, applied: 2, lost: 0, gaps: 0, redelivered: 0 });
    expect(ledger.outstanding()).to.equal(0);
  });

  it('reports the event of a 2xx call that never arrived, and not the one of a failed call', () => {
    const ledger = new EventLedger(1);
    ledger.called('ok-call', 0);
    ledger.answered('ok-call', 'ok');
    ledger.called('failed-call', 0);
    ledger.answered('failed-call', 'failed');
    const summary = ledger.summary();
    expect(summary.lost).to.equal(1);
    expect(summary.lostSamples).to.deep.equal([{ correlationId: 'ok-call', gateway: 0 }]);
  });

  it('drops a redelivered seq (same eventId) and flags one carrying another event', () => {
    const ledger = new EventLedger(1);
    ledger.receive(0, 1, 'e1', 'a');
    ledger.receive(0, 2, 'e2', 'b');
    expect(ledger.receive(0, 2, 'e2', 'b')).to.equal('redelivery');
    expect(ledger.receive(0, 1, 'other', 'a')).to.equal('redelivery');
    expect(ledger.lastSeq(0)).to.equal(2);
    expect(ledger.summary()).to.include({ redelivered: 2, conflictingRedeliveries: 1, applied: 2 });
  });

  it('flags skipped seqs, an event appended twice, and events of no call of the run', () => {
    const ledger = new EventLedger(1);
    ledger.called('a', 0);
    ledger.answered('a', 'ok');
    ledger.receive(0, 1, 'e1', 'a');
    expect(ledger.receive(0, 3, 'e3', 'a')).to.equal('gap');
    ledger.receive(0, 4, 'e4', 'stranger');
    const summary = ledger.summary();
    expect(summary).to.include({ gaps: 1, duplicatedEvents: 1, unknownEvents: 1, lost: 0 });
    expect(summary.gapSamples).to.deep.equal(['gateway #0: seq 3 after 1']);
  });

  it('tells events of calls that failed apart (committed, answer lost)', () => {
    const ledger = new EventLedger(1);
    ledger.called('x', 0);
    ledger.answered('x', 'failed');
    ledger.receive(0, 1, 'e1', 'x');
    expect(ledger.summary()).to.include({ eventsFromFailedCalls: 1, unknownEvents: 0, lost: 0 });
  });
});

describe('bench soak: fault windows, RSS spread, durations', () => {
  const windows = [{ kind: 'pg-terminate', startedAt: 1_000, recoveredAt: 2_000 }];

  it('attributes a call to a fault when it overlaps the fault or its grace period', () => {
    expect(duringFault(windows, 500, 1_200, 0)?.kind).to.equal('pg-terminate');
    expect(duringFault(windows, 2_400, 2_600, 500)?.kind).to.equal('pg-terminate');
    expect(duringFault(windows, 2_600, 2_700, 500)).to.equal(undefined);
    expect(duringFault(windows, 100, 900, 500)).to.equal(undefined);
  });

  it('measures the RSS spread over the trailing window only', () => {
    const samples = [
      { t: 0, mib: 300 },
      { t: 100, mib: 200 },
      { t: 200, mib: 210 },
      { t: 300, mib: 220 },
    ];
    const spread = rssSpread(samples, 300, 200);
    expect(spread).to.include({ samples: 3, minMiB: 200, maxMiB: 220, fromS: 100, toS: 300 });
    expect(spread?.spread).to.be.closeTo(0.1, 1e-9);
    expect(rssSpread([], 300, 200)).to.equal(undefined);
  });

  it('judges the RSS floor: a steady GC sawtooth passes, a rising floor fails', () => {
    // Every 10 s for 5 minutes: climbs 6 MiB per sample for 5 samples, then a major GC drops it back.
    const sawtooth = Array.from({ length: 31 }, (_, i) => ({ t: i * 10, mib: 160 + (i % 6) * 12 }));
    expect(rssSpread(sawtooth, 300, 300)?.spread).to.be.greaterThan(0.3);
    const steady = rssFloor(sawtooth, 300, 300);
    expect(steady?.floors).to.have.length(2);
    expect(rssFloor(sawtooth, 300, 300, 60)?.floors).to.have.length(5);
    expect(steady?.spread).to.equal(0);
    expect(steady?.growth).to.equal(0);

    // The same sawtooth on a floor that rises 8 MiB a minute: a leak, more than 10% from one half to the next.
    const leaking = sawtooth.map((sample) => ({ t: sample.t, mib: sample.mib + (sample.t / 60) * 8 }));
    expect(rssFloor(leaking, 300, 300)?.growth).to.be.greaterThan(0.1);

    // A floor that falls (memory given back) is not growth.
    const shrinking = sawtooth.map((sample) => ({ t: sample.t, mib: sample.mib - (sample.t / 60) * 8 }));
    expect(rssFloor(shrinking, 300, 300)?.growth).to.be.lessThan(0);
    expect(rssFloor([], 300, 300)).to.equal(undefined);
  });

  it('reads durations in seconds, minutes and hours', () => {
    expect(parseDurationS('90')).to.equal(90);
    expect(parseDurationS('90s')).to.equal(90);
    expect(parseDurationS('10m')).to.equal(600);
    expect(parseDurationS('1h')).to.equal(3600);
    expect(parseDurationS('0s')).to.equal(undefined);
    expect(parseDurationS('ten')).to.equal(undefined);
  });
});
