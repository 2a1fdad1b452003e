import type { RequestHandler, Response } from 'express';
import { AppError } from '../errors.js';
import { ORG_API_LIMITER, type OrgRateDecision, type OrgRateLimiter } from '../limits/index.js';
import { requestState } from './request-state.js';
import type { HttpMetrics } from './types.js';

export interface OrgRateLimitOptions {
  limiter: OrgRateLimiter;
  metrics: Pick<HttpMetrics, 'rateLimitHitsTotal'>;
}

/**
 * The per-organization request limit on REST, run right after the security handlers (before
 * request validation and the operation, so a malformed or not yet implemented request counts too:
 * the limit is about the caller). Requests of an organization's credentials get the IETF draft-08
 * `RateLimit-Policy` and `RateLimit` headers; past the limit, 429 `rate_limited` with `Retry-After`.
 * Other callers (admin token, gateways, public routes) pass untouched.
 *
 * @example
 * app.use(openApiValidation({ …, afterSecurity: [orgRateLimit({ limiter, metrics })] }));
 */
export function orgRateLimit({ limiter, metrics }: OrgRateLimitOptions): RequestHandler {
  return (req, res, next) => {
    const { principal } = requestState(req);
    if (principal.kind !== 'org') return next();
    // The tier came with this request's credential lookup: a tier change applies to the next request.
    limiter
      .check(principal.orgId, principal.tier)
      .then((decision) => {
        requestState(req).rateLimit = decision;
        setRateLimitHeaders(res, decision);
        if (decision.allowed) return next();
        metrics.rateLimitHitsTotal.inc({ limiter: ORG_API_LIMITER, tier: decision.tier });
        next(rateLimitedError(decision));
      })
      .catch(next);
  };
}

/**
 * `RateLimit-Policy: "<tier>";q=<limit>;w=<window s>` and `RateLimit: "<tier>";r=<remaining>;t=<reset s>`,
 * as Structured Field lists (draft-ietf-httpapi-ratelimit-headers-08), the policy named after the tier.
 */
export function setRateLimitHeaders(res: Response, decision: OrgRateDecision): void {
  const name = `"${decision.tier}"`;
  res.setHeader('RateLimit-Policy', `${name};q=${decision.limit};w=${decision.windowSeconds}`);
  res.setHeader('RateLimit', `${name};r=${decision.remaining};t=${decision.resetSeconds}`);
}

function rateLimitedError({ limit, windowSeconds, resetSeconds }: OrgRateDecision): AppError {
  return new AppError(
    'rate_limited',
    `rate limit of ${limit} requests per ${windowSeconds} s reached; retry in ${resetSeconds} s`,
    {
      details: { limit, windowSeconds, retryAfterSeconds: resetSeconds },
      headers: { 'Retry-After': String(resetSeconds) },
    },
  );
}
