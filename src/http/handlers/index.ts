import type { Services } from '../../services/index.js';
import type { OperationHandlerMap } from '../operations.js';
import { apiKeyHandlers } from './api-keys.js';
import { healthHandlers, type HealthHandlerDeps } from './health.js';
import { orgHandlers } from './orgs.js';

/** Every implemented operation, by operationId. The binding answers 501 for the rest. */
export function createHandlers(options: HealthHandlerDeps & { services: Services }): OperationHandlerMap {
  return {
    ...healthHandlers(options),
    ...orgHandlers(options),
    ...apiKeyHandlers(options),
  };
}
