import type { GatewayFleet } from '../../gateways/index.js';
import type { Services } from '../../tenancy/index.js';
import type { AppHandlers } from '../request-state.js';
import { apiKeyHandlers } from './api-keys.js';
import { apiHandlers } from './apis.js';
import { deploymentHandlers } from './deployments.js';
import { gatewayHandlers } from './gateways.js';
import { healthHandlers, type HealthHandlerDeps } from './health.js';
import { orgHandlers } from './orgs.js';
import { statsHandlers } from './stats.js';
import { usageHandlers, type UsageHandlerDeps } from './usage.js';

/** Every operation implemented so far, by operationId; the generated binding answers 501 for the rest. */
export function createHandlers(
  options: HealthHandlerDeps & { deps: UsageHandlerDeps['deps']; services: Services; fleet: GatewayFleet },
): Partial<AppHandlers> {
  const { deps, fleet } = options;
  return {
    ...healthHandlers(options),
    ...orgHandlers(options),
    ...apiKeyHandlers(options),
    ...gatewayHandlers({ fleet }),
    ...apiHandlers({ fleet }),
    ...deploymentHandlers({ fleet }),
    ...statsHandlers({ fleet }),
    ...usageHandlers({ deps }),
  };
}
