import { SECRET_SHOWN_ONCE } from './secret-response.js';
import type { Services } from '../../tenancy/index.js';
import { callerOrg } from '../auth.js';
import type { AppHandlers } from '../request-state.js';
import { pageRequest } from './orgs.js';

type ApiKeyOperations = Pick<AppHandlers, 'createApiKey' | 'listApiKeys' | 'revokeApiKey'>;

/** createApiKey, listApiKeys, revokeApiKey: the calling organization's keys, whatever ids are sent. */
export function apiKeyHandlers({ services }: { services: Services }): ApiKeyOperations {
  return {
    async createApiKey({ body }, { vars }) {
      const key = { name: body.name ?? null, expiresAt: body.expiresAt ?? null };
      const issued = await services.apiKeys.issue(callerOrg(vars.principal), key);
      return { status: 201, body: issued, headers: SECRET_SHOWN_ONCE };
    },

    async listApiKeys({ query }, { vars }) {
      return { status: 200, body: await services.apiKeys.list(callerOrg(vars.principal), pageRequest(query)) };
    },

    async revokeApiKey({ params: { keyId } }, { vars }) {
      await services.apiKeys.revoke(callerOrg(vars.principal), keyId);
      return { status: 204 };
    },
  };
}
