import type { AppDeps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { callerOrg } from '../auth.js';
import type { AppHandlers } from '../request-state.js';

export interface UsageHandlerDeps {
  deps: Pick<AppDeps, 'quotas'>;
}

/**
 * getUsage: the calling organization's quotas against its tier's limits, and its rate limit as the
 * per-organization limiter counted this very request (so `remaining` already excludes it).
 */
export function usageHandlers({ deps }: UsageHandlerDeps): Pick<AppHandlers, 'getUsage'> {
  return {
    async getUsage(_request, { vars }) {
      const orgId = callerOrg(vars.principal);
      // The tier this request's credential lookup returned, like the rate limit's below.
      const tier = vars.principal.kind === 'org' ? vars.principal.tier : undefined;
      const counted = vars.rateLimit;
      // Every tenant request passes the per-organization limit before its operation runs.
      if (counted === undefined) throw new AppError('internal_error', 'the request was not rate-limit counted');
      const report = await deps.quotas.usage(orgId, tier === undefined ? {} : { tier });
      return {
        status: 200,
        body: {
          orgId: report.orgId,
          tier: report.tier,
          period: report.period,
          rateLimit: {
            limitPerMinute: counted.limit,
            remaining: counted.remaining,
            resetsAt: new Date(Date.now() + counted.resetSeconds * 1000).toISOString(),
          },
          quotas: report.quotas,
        },
      };
    },
  };
}
