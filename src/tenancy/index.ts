import type { Database } from '../store/database.js';
import { ApiKeyService } from './api-keys.js';
import type { JwtVerifier } from './jwt.js';
import { OrgService } from './orgs.js';
import type { RevocationSink } from './revocations.js';
import { TenantAuthenticator } from './tenant-auth.js';

export { ApiKeyService, hashApiKey, isApiKeyFormat, type ApiKey, type IssuedApiKey } from './api-keys.js';
export {
  createJwtVerifier,
  JwtVerifier,
  looksLikeJwt,
  type JwtRejection,
  type JwtVerdict,
  type JwtVerifierOptions,
  type VerifiedJwt,
} from './jwt.js';
export { OrgService, type Org, type OrgTier } from './orgs.js';
export {
  decodeRevocation,
  encodeRevocation,
  RevocationAnnouncer,
  TENANT_REVOCATIONS_TOPIC,
  type RevocationSink,
  type TenantRevocation,
} from './revocations.js';
export {
  credentialLogFields,
  TenantAuthenticator,
  type TenantAuthResult,
  type TenantCredential,
  type TenantIdentity,
} from './tenant-auth.js';

/** The tenancy services: organizations, their API keys, and tenant authentication (keys and JWTs). */
export interface Services {
  orgs: OrgService;
  apiKeys: ApiKeyService;
  tenantAuth: TenantAuthenticator;
}

export interface CreateServicesOptions {
  db: Database;
  /** Verifies tenants' JWTs; absent = JWTs are refused. */
  jwt?: JwtVerifier | undefined;
  /** Told of revoked keys and deleted organizations (to close their connections everywhere). */
  revocations?: RevocationSink | undefined;
}

export function createServices({ db, jwt, revocations }: CreateServicesOptions): Services {
  const apiKeys = new ApiKeyService({ db, revocations });
  const orgs = new OrgService({ db, apiKeys, revocations });
  return { apiKeys, orgs, tenantAuth: new TenantAuthenticator({ apiKeys, orgs, jwt }) };
}
