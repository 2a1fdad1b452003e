import { expect } from 'chai';
import { MemoryTokenBuckets } from '../../src/limits/memory-token-buckets.js';

describe('MemoryTokenBuckets', () => {
  let now: number;
  const clock = () => now;
  beforeEach(() => {
    now = 1_000_000;
  });

  it('allows a burst, then refuses with the seconds until the next token', () => {
    const limiter = new MemoryTokenBuckets({ ratePerSecond: 5, burst: 10, now: clock });
    for (let i = 0; i < 10; i += 1)
      expect(limiter.take('10.0.0.1'), `handshake ${i + 1}`).to.deep.equal({ allowed: true });
    expect(limiter.take('10.0.0.1')).to.deep.equal({ allowed: false, retryAfterSeconds: 1 });
    // Another address has its own bucket.
    expect(limiter.take('10.0.0.2')).to.deep.equal({ allowed: true });
  });

  it('refills lazily at the configured rate', () => {
    const limiter = new MemoryTokenBuckets({ ratePerSecond: 5, burst: 10, now: clock });
    for (let i = 0; i < 10; i += 1) limiter.take('a');
    now += 199; // 0.995 tokens
    expect(limiter.take('a').allowed).to.equal(false);
    now += 1; // the refused attempt kept the fraction: now 1.0
    expect(limiter.take('a').allowed).to.equal(true);
    expect(limiter.take('a').allowed).to.equal(false);
  });

  it('answers Retry-After in whole seconds for slow buckets (10 per minute)', () => {
    const limiter = new MemoryTokenBuckets({ ratePerSecond: 10 / 60, burst: 10, now: clock });
    for (let i = 0; i < 10; i += 1) limiter.take('gw');
    expect(limiter.take('gw')).to.deep.equal({ allowed: false, retryAfterSeconds: 6 });
  });

  it('evicts idle buckets: 100k source addresses shrink back once they go quiet', () => {
    const limiter = new MemoryTokenBuckets({
      ratePerSecond: 5,
      burst: 10,
      idleMs: 60_000,
      maxBuckets: 200_000,
      now: clock,
    });
    for (let i = 0; i < 100_000; i += 1) limiter.take(`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    expect(limiter.size).to.equal(100_000);
    now += 30_000;
    limiter.take('192.0.2.1');
    expect(limiter.size, 'nothing is idle yet').to.equal(100_001);
    now += 30_000;
    limiter.take('192.0.2.2');
    // The 100k went quiet a full idle period ago; the two recent addresses stay.
    expect(limiter.size).to.equal(2);
  });

  it('an evicted bucket decides like the full bucket it would have refilled to', () => {
    const limiter = new MemoryTokenBuckets({ ratePerSecond: 5, burst: 10, now: clock });
    for (let i = 0; i < 10; i += 1) limiter.take('a');
    now += 2000; // full again after burst / rate = 2 s: the bucket is idle and may go
    expect(limiter.evictIdle()).to.equal(1);
    for (let i = 0; i < 10; i += 1) expect(limiter.take('a').allowed).to.equal(true);
    expect(limiter.take('a').allowed).to.equal(false);
  });

  it('never holds more than maxBuckets, even within one idle period', () => {
    const limiter = new MemoryTokenBuckets({
      ratePerSecond: 1,
      burst: 1,
      idleMs: 3_600_000,
      maxBuckets: 1000,
      now: clock,
    });
    for (let i = 0; i < 5000; i += 1) limiter.take(`ip-${i}`);
    expect(limiter.size).to.equal(1000);
  });

  it('refuses nonsense settings', () => {
    expect(() => new MemoryTokenBuckets({ ratePerSecond: 0, burst: 1 })).to.throw(RangeError);
    expect(() => new MemoryTokenBuckets({ ratePerSecond: 1, burst: 0 })).to.throw(RangeError);
  });
});
