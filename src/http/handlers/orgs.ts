import { SECRET_SHOWN_ONCE } from './secret-response.js';
import { AppError } from '../../errors.js';
import type { PageRequest } from '../../store/index.js';
import type { Services } from '../../tenancy/index.js';
import type { AppHandlers } from '../request-state.js';

type OrgOperations = Pick<AppHandlers, 'createOrg' | 'listOrgs' | 'getOrg' | 'updateOrg' | 'deleteOrg'>;

/** `limit` / `cursor` query parameters → a page request. */
export function pageRequest(query: { limit?: number; cursor?: string }): PageRequest {
  return {
    ...(query.limit === undefined ? {} : { limit: query.limit }),
    ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
  };
}

/** createOrg, listOrgs, getOrg, updateOrg, deleteOrg (admin; getOrg also for the org's own key). */
export function orgHandlers({ services }: { services: Services }): OrgOperations {
  return {
    async createOrg({ body }) {
      const created = await services.orgs.create(body);
      return { status: 201, body: created, headers: { ...SECRET_SHOWN_ONCE, Location: `/v1/orgs/${created.org.id}` } };
    },

    async listOrgs({ query }) {
      return { status: 200, body: await services.orgs.list(pageRequest(query)) };
    },

    async getOrg({ params: { orgId } }, { vars: { principal } }) {
      if (principal.kind !== 'admin' && principal.kind !== 'org') throw new AppError('unauthenticated');
      // A tenant sees only its own organization; any other id looks exactly like an unknown one.
      if (principal.kind === 'org' && principal.orgId !== orgId)
        throw new AppError('not_found', `organization ${orgId} not found`);
      return { status: 200, body: await services.orgs.get(orgId) };
    },

    async updateOrg({ params: { orgId }, body }) {
      return { status: 200, body: await services.orgs.update(orgId, body) };
    },

    async deleteOrg({ params: { orgId } }) {
      await services.orgs.delete(orgId);
      return { status: 204 };
    },
  };
}
