import { AppError } from '../errors.js';
import { isApiKeyFormat, type ApiKeyService } from './api-keys.js';
import { looksLikeJwt, type JwtVerifier } from './jwt.js';
import type { OrgService, OrgTier } from './orgs.js';

/** How a tenant proved who it is: which key, or which token (by `sub` / `jti`, never the token). */
export type TenantCredential =
  { type: 'api_key'; apiKeyId: string } | { type: 'jwt'; subject?: string; tokenId?: string; expiresAt: Date };

/** What log lines say of a tenant credential: the key's id, or the token's `sub` / `jti`; never a secret. */
export function credentialLogFields(credential: TenantCredential): Record<string, string> {
  if (credential.type === 'api_key') return { apiKeyId: credential.apiKeyId };
  return {
    ...(credential.subject === undefined ? {} : { jwtSubject: credential.subject }),
    ...(credential.tokenId === undefined ? {} : { jwtId: credential.tokenId }),
  };
}

/** An authenticated tenant: its organization (which exists), the organization's tier, and the credential. */
export interface TenantIdentity {
  orgId: string;
  tier: OrgTier;
  credential: TenantCredential;
}

/** Accepted, or refused with a reason the caller may read (no hint of which check failed beyond it). */
export type TenantAuthResult = { ok: true; identity: TenantIdentity } | { ok: false; reason: string };

const INVALID_KEY = 'the API key is invalid, expired or revoked';

/**
 * Tenant authentication for REST and `/ws` alike: a presented credential is an API key when it
 * has the key prefix, a JWT when it is three base64url parts (`JwtVerifier`), refused otherwise.
 * A JWT's organization must exist. Without a `jwt` verifier, JWTs are refused like unknown keys.
 *
 * @example
 * const result = await tenantAuth.authenticate(bearer);
 * if (!result.ok) throw new AppError('unauthenticated', result.reason);
 */
export class TenantAuthenticator {
  readonly #apiKeys: ApiKeyService;
  readonly #orgs: OrgService;
  readonly #jwt: JwtVerifier | undefined;

  constructor({ apiKeys, orgs, jwt }: { apiKeys: ApiKeyService; orgs: OrgService; jwt?: JwtVerifier | undefined }) {
    this.#apiKeys = apiKeys;
    this.#orgs = orgs;
    this.#jwt = jwt;
  }

  async authenticate(presented: string): Promise<TenantAuthResult> {
    if (isApiKeyFormat(presented)) {
      const key = await this.#apiKeys.authenticate(presented);
      if (key === undefined) return { ok: false, reason: INVALID_KEY };
      return {
        ok: true,
        identity: { orgId: key.orgId, tier: key.tier, credential: { type: 'api_key', apiKeyId: key.id } },
      };
    }
    if (!looksLikeJwt(presented) || this.#jwt === undefined) return { ok: false, reason: INVALID_KEY };
    const verdict = await this.#jwt.verify(presented);
    if (!verdict.ok) return { ok: false, reason: `the bearer token was refused: ${verdict.reason}` };
    const { orgId, ...token } = verdict.token;
    let tier: OrgTier;
    try {
      ({ tier } = await this.#orgs.get(orgId));
    } catch (err) {
      // A validly signed token for an organization that does not (or no longer) exist opens nothing.
      if (err instanceof AppError && err.code === 'not_found')
        return { ok: false, reason: 'the bearer token was refused: token invalid' };
      throw err;
    }
    return { ok: true, identity: { orgId, tier, credential: { type: 'jwt', ...token } } };
  }
}
