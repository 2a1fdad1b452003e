/** A token bucket: `burst` tokens at most, refilled at `ratePerSecond`; each decision takes one. */
export interface TokenBucketRule {
  /** tokens added per second */
  ratePerSecond: number;
  /** bucket size: what is allowed at once after a quiet period */
  burst: number;
}

/** What a token bucket decides for one attempt. */
export type TokenDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A bucket's state: its tokens when last touched. */
export interface BucketState {
  tokens: number;
  updatedAt: number;
}

/** The tokens `bucket` holds at `now` (ms): what it had, refilled at the rule's rate, capped at `burst`. */
export function tokensAt(bucket: BucketState, rule: TokenBucketRule, now: number): number {
  return Math.min(rule.burst, bucket.tokens + ((now - bucket.updatedAt) / 1000) * rule.ratePerSecond);
}
