import type { GatewayFleet } from '../../gateways/index.js';
import type { AppHandlers } from '../request-state.js';
import { callingGateway, causeOf } from './gateways.js';
import { pageRequest } from './orgs.js';

type ApiOperations = Pick<
  AppHandlers,
  'createApi' | 'listApis' | 'getApi' | 'updateApi' | 'deleteApi' | 'getApiRuntimeArtifact'
>;

/** createApi … deleteApi (admin) and getApiRuntimeArtifact (the gateway's own key). */
export function apiHandlers({ fleet }: { fleet: GatewayFleet }): ApiOperations {
  return {
    async createApi({ body }) {
      const api = await fleet.apis.create(body);
      return { status: 201, body: api, headers: { Location: `/api/internal/v1/apis/${api.id}` } };
    },

    async listApis({ query }) {
      return { status: 200, body: await fleet.apis.list(pageRequest(query)) };
    },

    async getApi({ params: { apiId } }) {
      return { status: 200, body: await fleet.apis.get(apiId) };
    },

    async updateApi({ params: { apiId }, body }) {
      return { status: 200, body: await fleet.apis.update(apiId, body) };
    },

    async deleteApi({ params: { apiId }, headers }, { vars }) {
      await fleet.apis.delete(apiId, causeOf(vars, headers.traceparent));
      return { status: 204 };
    },

    async getApiRuntimeArtifact({ params: { apiId }, query }, { vars }) {
      const gatewayId = callingGateway(vars.principal);
      return { status: 200, body: await fleet.apis.runtimeArtifact(apiId, gatewayId, query.revisionId) };
    },
  };
}
