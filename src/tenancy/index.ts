import type { Database } from '../store/database.js';
import { ApiKeyService } from './api-keys.js';
import { OrgService } from './orgs.js';

export { ApiKeyService, hashApiKey, type ApiKey, type IssuedApiKey } from './api-keys.js';
export { OrgService, type Org, type OrgTier } from './orgs.js';

/** The tenancy services: organizations and their API keys. */
export interface Services {
  orgs: OrgService;
  apiKeys: ApiKeyService;
}

export function createServices({ db }: { db: Database }): Services {
  const apiKeys = new ApiKeyService({ db });
  return { apiKeys, orgs: new OrgService({ db, apiKeys }) };
}
