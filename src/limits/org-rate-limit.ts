import type { Tier, TierLimits } from '../config/types.js';
import type { RateLimits } from './rate-limits.js';

/** `rate_limit_hits_total{limiter}` and `rate_limit_fallback_total{limiter}` of the per-organization limit. */
export const ORG_API_LIMITER = 'org_api';

/** One request's standing against its organization's per-minute limit. */
export interface OrgRateDecision {
  allowed: boolean;
  tier: Tier;
  /** requests allowed per window (the tier's `ratePerMinute`) */
  limit: number;
  /** requests left in the current window after this one */
  remaining: number;
  windowSeconds: number;
  /** seconds until the current window ends (≥ 1): when a refused caller may try again */
  resetSeconds: number;
}

export interface OrgRateLimiterOptions {
  limits: RateLimits;
  /** each tier's `ratePerMinute` (`config.tiers`) */
  tiers: Readonly<Record<Tier, Pick<TierLimits, 'ratePerMinute'>>>;
  /** default one minute */
  windowMs?: number;
}

/**
 * Requests per organization per minute, counted in a fixed window that starts at the
 * organization's first request, through the shared rate-limit store: one counter per organization
 * for every instance (one Redis round trip per request), failing open to per-instance counts
 * while Redis does not answer. The count does not depend on the tier, so a tier change applies to
 * the very next request; refused requests count too (a client that keeps hammering stays refused
 * until the window ends).
 *
 * @example
 * const decision = await limiter.check(principal.orgId, principal.tier);
 * if (!decision.allowed) refuse(429, decision.resetSeconds);
 */
export class OrgRateLimiter {
  readonly #limits: RateLimits;
  readonly #tiers: OrgRateLimiterOptions['tiers'];
  readonly #windowMs: number;

  constructor({ limits, tiers, windowMs = 60_000 }: OrgRateLimiterOptions) {
    this.#limits = limits;
    this.#tiers = tiers;
    this.#windowMs = windowMs;
  }

  /** Counts one request of `orgId` (one round trip) and judges it against `tier`'s limit. */
  async check(orgId: string, tier: Tier): Promise<OrgRateDecision> {
    const { value, expiresInMs } = await this.#limits.hit(ORG_API_LIMITER, orgId, this.#windowMs);
    const limit = this.#tiers[tier].ratePerMinute;
    return {
      allowed: value <= limit,
      tier,
      limit,
      remaining: Math.max(0, limit - value),
      windowSeconds: Math.ceil(this.#windowMs / 1000),
      resetSeconds: Math.max(1, Math.ceil(expiresInMs / 1000)),
    };
  }
}
