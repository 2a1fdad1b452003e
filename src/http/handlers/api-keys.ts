import { AppError } from '../../errors.js';
import type { Services } from '../../services/index.js';
import { principalOf, type Principal } from '../auth.js';
import type { OperationHandlerMap } from '../operations.js';
import { pageRequest } from './orgs.js';

/** The calling organization; tenant operations are always scoped to it. */
function callerOrg(principal: Principal): string {
  if (principal.kind !== 'org') throw new AppError('unauthenticated', 'tenant credentials required');
  return principal.orgId;
}

/** createApiKey, listApiKeys, revokeApiKey: the calling organization's keys. */
export function apiKeyHandlers({ services }: { services: Services }) {
  return {
    async createApiKey({ body }, { req }) {
      const { name, expiresAt } = (body ?? {}) as { name?: string; expiresAt?: string };
      const issued = await services.apiKeys.issue(callerOrg(principalOf(req)), { name: name ?? null, expiresAt: expiresAt ?? null });
      return { status: 201, body: issued };
    },

    async listApiKeys({ query }, { req }) {
      return { status: 200, body: await services.apiKeys.list(callerOrg(principalOf(req)), pageRequest(query)) };
    },

    async revokeApiKey({ params }, { req }) {
      await services.apiKeys.revoke(callerOrg(principalOf(req)), params['keyId'] ?? '');
      return { status: 204 };
    },
  } satisfies OperationHandlerMap;
}
