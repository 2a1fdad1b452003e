import type { Deployment, GatewayFleet } from '../../gateways/index.js';
import type { AppHandlers } from '../request-state.js';
import { causeOf } from './gateways.js';
import { pageRequest } from './orgs.js';

type DeploymentOperations = Pick<AppHandlers, 'deployApi' | 'listApiDeployments' | 'undeployApi'>;

/** deployApi, listApiDeployments, undeployApi (admin); deploy and undeploy append gateway events. */
export function deploymentHandlers({ fleet }: { fleet: GatewayFleet }): DeploymentOperations {
  return {
    async deployApi({ params: { apiId }, body, headers }, { vars }) {
      const created = (deployment: Deployment) => ({ status: 201 as const, body: deployment });
      // The idempotency record commits with the deployment and its api.deployed event.
      const deployment = await fleet.deployments.deploy(apiId, body, causeOf(vars, headers.traceparent), {
        beforeCommit: async (tx, result) => {
          await vars.idempotency?.recordIn(tx, created(result));
        },
      });
      return created(deployment);
    },

    async listApiDeployments({ params: { apiId }, query }) {
      return { status: 200, body: await fleet.deployments.listForApi(apiId, pageRequest(query)) };
    },

    async undeployApi({ params: { apiId, deploymentId }, headers }, { vars }) {
      await fleet.deployments.undeploy(apiId, deploymentId, causeOf(vars, headers.traceparent), {
        beforeCommit: async (tx) => {
          await vars.idempotency?.recordIn(tx, { status: 204 });
        },
      });
      return { status: 204 };
    },
  };
}
