import { AppError } from '../errors.js';
import type { RateLimits } from './rate-limits.js';

/** `rate_limit_hits_total{limiter}` and `rate_limit_fallback_total{limiter}` of this throttle. */
export const AUTH_FAILURES_LIMITER = 'auth_failures';

/** What kind of credential was presented: the admin token, a tenant API key, a gateway api-key. */
export type CredentialKind = 'admin' | 'tenant' | 'gateway';

/** Whether attempts are refused before the credential is even checked, and for how long. */
export type AuthLock = { locked: false } | { locked: true; retryAfterSeconds: number; by: 'source' | 'target' };

/** Visible prefix of tenant (`cg_`) and gateway (`cg_gw_`) keys: shown in listings, not secret. */
const SHOWN_PREFIX_LENGTH = 10;

/**
 * The part of a presented credential that names what it tries to open without being secret:
 * `admin` for the admin token; the listed prefix of a tenant or gateway key. A value without the
 * key format names nothing (it cannot match any key, and must not leak into keys and logs).
 *
 * @example credentialTarget('gateway', 'cg_gw_3f9a…') // 'gateway:cg_gw_3f9a'
 */
export function credentialTarget(kind: CredentialKind, credential: string): string | undefined {
  if (kind === 'admin') return 'admin';
  const isGatewayKey = credential.startsWith('cg_gw_');
  if (kind === 'gateway' ? !isGatewayKey : isGatewayKey || !credential.startsWith('cg_')) return undefined;
  return `${kind}:${credential.slice(0, SHOWN_PREFIX_LENGTH)}`;
}

/** A peer address as one host: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is shown as IPv4. */
export function normalizeAddress(address: string | undefined): string {
  const raw = address ?? 'unknown';
  return raw.startsWith('::ffff:') && raw.includes('.') ? raw.slice(7) : raw;
}

export interface AuthFailureThrottleOptions {
  limits: RateLimits;
  /** Failed attempts per window before the lock; 0 turns the throttle off. */
  maxFailures: number;
  /** Length of the fixed window failures are counted in; a lock lasts until it ends. */
  windowMs: number;
}

/**
 * Throttles credential guessing (admin token, tenant and gateway keys, REST and WebSocket alike),
 * counting failed attempts in fixed windows through the shared rate-limit store, so the limit
 * holds across instances:
 *
 * - per source address: past `maxFailures` failures, every attempt from it is refused, even one
 *   with a correct credential, until the window ends (otherwise the lock would not slow guessing);
 * - per target (the admin token, or a key's visible prefix): past `maxFailures` failures against
 *   it from anywhere, attempts on it are refused from sources that failed at least once in their
 *   window. A source with a clean record still gets through, so failing on purpose against a
 *   gateway's key prefix cannot lock the gateway itself out, while guessing spread over many
 *   addresses is held to one attempt per address per window.
 *
 * Successes do not reset the count: with one valid key of their own, a caller could otherwise
 * interleave it to guess others' keys without end.
 *
 * @example
 * const lock = await throttle.check(address, targets);
 * if (lock.locked) refuse(429, lock.retryAfterSeconds);
 * else if (!(await verify())) await throttle.recordFailure(address, targets);
 */
export class AuthFailureThrottle {
  readonly #limits: RateLimits;
  readonly #maxFailures: number;
  readonly #windowMs: number;

  constructor({ limits, maxFailures, windowMs }: AuthFailureThrottleOptions) {
    this.#limits = limits;
    this.#maxFailures = maxFailures;
    this.#windowMs = windowMs;
  }

  /** Whether attempts from `source` on `targets` are refused now. */
  async check(source: string, targets: readonly string[]): Promise<AuthLock> {
    if (this.#maxFailures <= 0) return { locked: false };
    const [bySource, ...byTarget] = await Promise.all([
      this.#read(`source:${source}`),
      ...targets.map((target) => this.#read(`target:${target}`)),
    ]);
    if (bySource === undefined) return { locked: false };
    if (bySource.value >= this.#maxFailures) return locked(bySource.expiresInMs, 'source');
    if (bySource.value === 0) return { locked: false };
    const target = byTarget.find((count) => count.value >= this.#maxFailures);
    return target === undefined ? { locked: false } : locked(target.expiresInMs, 'target');
  }

  /** Counts one failed attempt from `source` against each of `targets`. */
  async recordFailure(source: string, targets: readonly string[]): Promise<void> {
    if (this.#maxFailures <= 0) return;
    await Promise.all(
      [`source:${source}`, ...[...new Set(targets)].map((target) => `target:${target}`)].map((key) =>
        this.#limits.hit(AUTH_FAILURES_LIMITER, key, this.#windowMs),
      ),
    );
  }

  #read(key: string) {
    return this.#limits.read(AUTH_FAILURES_LIMITER, key);
  }
}

function locked(expiresInMs: number, by: 'source' | 'target'): AuthLock {
  return { locked: true, retryAfterSeconds: Math.max(1, Math.ceil(expiresInMs / 1000)), by };
}

/** The 429 a locked source or target gets, before its credential is checked. */
export function authLockError(lock: Extract<AuthLock, { locked: true }>): AppError {
  const what = lock.by === 'source' ? 'from this address' : 'with this credential';
  return new AppError(
    'rate_limited',
    `too many failed authentication attempts ${what}; retry in ${lock.retryAfterSeconds} s`,
    { headers: { 'Retry-After': String(lock.retryAfterSeconds) } },
  );
}
