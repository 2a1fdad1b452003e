/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; each decision takes one. */
export interface TokenBucketRule {
  /** tokens added per second */
  ratePerSecond: number;
  /** bucket size: what is allowed at once after a quiet period */
  burst: number;
}

/** What a token bucket decides for one attempt. */
export type TokenDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };
