import type { components } from '../../../generated/openapi/types.js';
import type { AppDeps } from '../../deps.js';
import type { Tier } from '../../config/types.js';
import { callerOrg } from '../auth.js';
import type { AppHandlers } from '../request-state.js';

type RateLimitUsage = components['schemas']['Usage']['rateLimit'];

/** The per-minute rate limit state of an organization, as `getUsage` shows it. */
export type RateLimitOf = (orgId: string, tier: Tier) => Promise<RateLimitUsage>;

export interface UsageHandlerDeps {
  deps: Pick<AppDeps, 'config' | 'quotas'>;
  /** Default: the tier's limit, untouched, until the current minute ends. */
  rateLimitOf?: RateLimitOf;
}

/** getUsage: the calling organization's quotas against its tier's limits, and its rate limit. */
export function usageHandlers({ deps, rateLimitOf }: UsageHandlerDeps): Pick<AppHandlers, 'getUsage'> {
  const rateLimit: RateLimitOf =
    rateLimitOf ??
    ((_orgId, tier) => {
      const limitPerMinute = deps.config.tiers[tier].ratePerMinute;
      const nextMinute = Math.floor(Date.now() / 60_000 + 1) * 60_000;
      return Promise.resolve({
        limitPerMinute,
        remaining: limitPerMinute,
        resetsAt: new Date(nextMinute).toISOString(),
      });
    });
  return {
    async getUsage(_request, { vars }) {
      const report = await deps.quotas.usage(callerOrg(vars.principal));
      return {
        status: 200,
        body: {
          orgId: report.orgId,
          tier: report.tier,
          period: report.period,
          rateLimit: await rateLimit(report.orgId, report.tier),
          quotas: report.quotas,
        },
      };
    },
  };
}
