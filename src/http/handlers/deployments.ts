import type { OperationHandlers } from '../../../generated/server/index.js';
import type { GatewayFleet } from '../../gateways/index.js';
import { causeOf } from './gateways.js';
import { pageRequest } from './orgs.js';

type DeploymentOperations = Pick<OperationHandlers, 'deployApi' | 'listApiDeployments' | 'undeployApi'>;

/** deployApi, listApiDeployments, undeployApi (admin, R-G2); deploy and undeploy append gateway events. */
export function deploymentHandlers({ fleet }: { fleet: GatewayFleet }): DeploymentOperations {
  return {
    async deployApi({ params: { apiId }, body, headers }, { req }) {
      return { status: 201, body: await fleet.deployments.deploy(apiId, body, causeOf(req, headers.traceparent)) };
    },

    async listApiDeployments({ params: { apiId }, query }) {
      return { status: 200, body: await fleet.deployments.listForApi(apiId, pageRequest(query)) };
    },

    async undeployApi({ params: { apiId, deploymentId }, headers }, { req }) {
      await fleet.deployments.undeploy(apiId, deploymentId, causeOf(req, headers.traceparent));
      return { status: 204 };
    },
  };
}
