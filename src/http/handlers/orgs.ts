import { AppError } from '../../errors.js';
import type { OrgTier, Services } from '../../services/index.js';
import { principalOf } from '../auth.js';
import type { OperationHandlerMap, OperationInput } from '../operations.js';

interface OrgBody {
  name?: string;
  tier?: OrgTier;
}

function pageRequest(query: OperationInput['query']): { limit?: number; cursor?: string } {
  return {
    ...(typeof query['limit'] === 'number' ? { limit: query['limit'] } : {}),
    ...(typeof query['cursor'] === 'string' ? { cursor: query['cursor'] } : {}),
  };
}

/** createOrg, listOrgs, getOrg, updateOrg, deleteOrg (admin; getOrg also for the org's own key). */
export function orgHandlers({ services }: { services: Services }) {
  return {
    async createOrg({ body }) {
      const { name, tier } = body as Required<OrgBody>;
      const created = await services.orgs.create({ name, tier });
      return { status: 201, body: created, headers: { Location: `/v1/orgs/${created.org.id}` } };
    },

    async listOrgs({ query }) {
      return { status: 200, body: await services.orgs.list(pageRequest(query)) };
    },

    async getOrg({ params }, { req }) {
      const orgId = params['orgId'] ?? '';
      const principal = principalOf(req);
      // A tenant sees only its own organization; any other id looks exactly like an unknown one.
      if (principal.kind === 'org' && principal.orgId !== orgId) throw new AppError('not_found', `organization ${orgId} not found`);
      return { status: 200, body: await services.orgs.get(orgId) };
    },

    async updateOrg({ params, body }) {
      return { status: 200, body: await services.orgs.update(params['orgId'] ?? '', body as OrgBody) };
    },

    async deleteOrg({ params }) {
      await services.orgs.delete(params['orgId'] ?? '');
      return { status: 204 };
    },
  } satisfies OperationHandlerMap;
}

export { pageRequest };
