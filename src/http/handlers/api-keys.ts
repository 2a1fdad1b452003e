import type { OperationHandlers } from '../../../generated/server/index.js';
import { AppError } from '../../errors.js';
import type { Services } from '../../tenancy/index.js';
import { principalOf, type Principal } from '../auth.js';
import { pageRequest } from './orgs.js';

type ApiKeyOperations = Pick<OperationHandlers, 'createApiKey' | 'listApiKeys' | 'revokeApiKey'>;

/** The calling organization; tenant operations are always scoped to it. */
function callerOrg(principal: Principal): string {
  if (principal.kind !== 'org') throw new AppError('unauthenticated', 'tenant credentials required');
  return principal.orgId;
}

/** createApiKey, listApiKeys, revokeApiKey: the calling organization's keys. */
export function apiKeyHandlers({ services }: { services: Services }): ApiKeyOperations {
  return {
    async createApiKey({ body }, { req }) {
      const issued = await services.apiKeys.issue(callerOrg(principalOf(req)), { name: body.name ?? null, expiresAt: body.expiresAt ?? null });
      return { status: 201, body: issued };
    },

    async listApiKeys({ query }, { req }) {
      return { status: 200, body: await services.apiKeys.list(callerOrg(principalOf(req)), pageRequest(query)) };
    },

    async revokeApiKey({ params: { keyId } }, { req }) {
      await services.apiKeys.revoke(callerOrg(principalOf(req)), keyId);
      return { status: 204 };
    },
  };
}
