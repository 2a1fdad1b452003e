import type { OperationHandlers } from '../../../generated/server/index.js';
import type { GatewayFleet } from '../../gateways/index.js';
import { callingGateway, causeOf } from './gateways.js';
import { pageRequest } from './orgs.js';

type ApiOperations = Pick<OperationHandlers, 'createApi' | 'listApis' | 'getApi' | 'updateApi' | 'deleteApi' | 'getApiRuntimeArtifact'>;

/** createApi … deleteApi (admin) and getApiRuntimeArtifact (the gateway's own key) (R-G2). */
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

    async deleteApi({ params: { apiId }, headers }, { req }) {
      await fleet.apis.delete(apiId, causeOf(req, headers.traceparent));
      return { status: 204 };
    },

    async getApiRuntimeArtifact({ params: { apiId }, query }, { req }) {
      return { status: 200, body: await fleet.apis.runtimeArtifact(apiId, callingGateway(req), query.revisionId) };
    },
  };
}
