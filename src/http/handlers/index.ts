import type { OperationHandlers } from '../../../generated/server/index.js';
import type { Services } from '../../services/index.js';
import { apiKeyHandlers } from './api-keys.js';
import { healthHandlers, type HealthHandlerDeps } from './health.js';
import { orgHandlers } from './orgs.js';

/** Every operation implemented so far, by operationId; the generated binding answers 501 for the rest. */
export function createHandlers(options: HealthHandlerDeps & { services: Services }): Partial<OperationHandlers> {
  return {
    ...healthHandlers(options),
    ...orgHandlers(options),
    ...apiKeyHandlers(options),
  };
}
