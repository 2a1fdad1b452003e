import type { Database } from '../store/database.js';
import { ApiKeyService } from './api-keys.js';
import { OrgService } from './orgs.js';

export { ApiKeyService, hashApiKey, type ApiKey, type IssuedApiKey } from './api-keys.js';
export { OrgService, type Org, type OrgTier } from './orgs.js';
export { ApiService, type Api, type ApiInput, type ApiRuntimeArtifact, type Upstream } from './apis.js';
export { DeploymentService, type DeployInput, type Deployment } from './deployments.js';
export {
  GatewayService,
  type Gateway,
  type GatewayCredential,
  type GatewayEventPage,
  type IssuedGatewayKey,
  type RegisteredGateway,
  type RegisterGatewayInput,
  type UpdateGatewayInput,
} from './gateways.js';
export { isUuid } from './ids.js';
export type { Page, PageRequest } from './page.js';

/** The domain services the HTTP handlers call. */
export interface Services {
  orgs: OrgService;
  apiKeys: ApiKeyService;
}

export function createServices({ db }: { db: Database }): Services {
  const apiKeys = new ApiKeyService({ db });
  return { apiKeys, orgs: new OrgService({ db, apiKeys }) };
}
