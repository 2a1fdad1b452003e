import { expect } from 'chai';
import winston from 'winston';
import { AuthFailureThrottle, credentialTarget, normalizeAddress } from '../../src/limits/auth-failures.js';
import { createRateLimits, type RateLimits } from '../../src/limits/rate-limits.js';
import { createMetrics } from '../../src/observability/metrics.js';

describe('AuthFailureThrottle', () => {
  let limits: RateLimits;
  let throttle: AuthFailureThrottle;
  const GATEWAY = 'gateway:cg_gw_3f9a';
  beforeEach(() => {
    limits = createRateLimits({
      logger: winston.createLogger({ silent: true }),
      metrics: createMetrics({ defaultMetrics: false }),
    });
    throttle = new AuthFailureThrottle({ limits, maxFailures: 3, windowMs: 60_000 });
  });
  afterEach(() => limits.close());

  async function fail(source: string, times: number, targets: string[] = []) {
    for (let i = 0; i < times; i += 1) await throttle.recordFailure(source, targets);
  }

  it('locks a source after the limit, for what is left of the window', async () => {
    await fail('203.0.113.1', 2);
    expect(await throttle.check('203.0.113.1', [])).to.deep.equal({ locked: false });
    await fail('203.0.113.1', 1);
    const lock = await throttle.check('203.0.113.1', ['admin']);
    expect(lock).to.include({ locked: true, by: 'source' });
    expect(lock.locked && lock.retryAfterSeconds).to.be.within(1, 60);
    expect(await throttle.check('203.0.113.2', ['admin']), 'another source').to.deep.equal({ locked: false });
  });

  it('locks a target only for sources that failed too: a clean source still gets through', async () => {
    // Three attackers fail once each against the gateway's key prefix: the target is at its limit.
    for (const attacker of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) await fail(attacker, 1, [GATEWAY]);
    expect(await throttle.check('198.51.100.1', [GATEWAY])).to.include({ locked: true, by: 'target' });
    expect(await throttle.check('198.51.100.1', ['gateway:cg_gw_0000']), 'another prefix').to.deep.equal({
      locked: false,
    });
    expect(await throttle.check('192.0.2.10', [GATEWAY]), 'the gateway itself').to.deep.equal({ locked: false });
  });

  it('does nothing with a limit of 0', async () => {
    throttle = new AuthFailureThrottle({ limits, maxFailures: 0, windowMs: 60_000 });
    await fail('203.0.113.1', 10, ['admin']);
    expect(await throttle.check('203.0.113.1', ['admin'])).to.deep.equal({ locked: false });
  });
});

describe('credentialTarget', () => {
  const table: Array<{ given: Parameters<typeof credentialTarget>; want: string | undefined }> = [
    { given: ['admin', 'any-admin-token-value'], want: 'admin' },
    { given: ['gateway', `cg_gw_${'a'.repeat(64)}`], want: 'gateway:cg_gw_aaaa' },
    { given: ['tenant', `cg_${'b'.repeat(43)}`], want: 'tenant:cg_bbbbbbb' },
    // Not in a key's format: it names no key, and must not leak a secret's first characters.
    { given: ['gateway', 'ct-wrong-123'], want: undefined },
    { given: ['tenant', 'the-admin-token-by-mistake'], want: undefined },
    { given: ['tenant', `cg_gw_${'a'.repeat(64)}`], want: undefined },
  ];
  for (const { given, want } of table) {
    it(`${given[0]} ${given[1].slice(0, 12)}… → ${String(want)}`, () => {
      expect(credentialTarget(...given)).to.equal(want);
    });
  }

  it('normalizes IPv4-mapped IPv6 addresses', () => {
    expect(normalizeAddress('::ffff:127.0.0.1')).to.equal('127.0.0.1');
    expect(normalizeAddress('::1')).to.equal('::1');
    expect(normalizeAddress(undefined)).to.equal('unknown');
  });
});
