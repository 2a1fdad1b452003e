import { SECRET_SHOWN_ONCE } from './secret-response.js';
import { AppError } from '../../errors.js';
import type { EventCause, GatewayFleet } from '../../gateways/index.js';
import type { GatewayKeyLookup } from '../auth.js';
import type { AppHandlers, Principal, RequestVariables } from '../request-state.js';
import { pageRequest } from './orgs.js';

type GatewayOperations = Pick<
  AppHandlers,
  | 'registerGateway'
  | 'listGateways'
  | 'getGateway'
  | 'updateGateway'
  | 'deleteGateway'
  | 'rotateGatewayApiKey'
  | 'listGatewayEvents'
  | 'listGatewayDeployments'
>;

/** The `gatewayApiKey` lookup (the default of `createApp({ authenticateGateway })`): a live key of the fleet. */
export function gatewayAuthenticator(fleet: Pick<GatewayFleet, 'gateways'>): GatewayKeyLookup {
  return (apiKey) => fleet.gateways.authenticate(apiKey);
}

/** Who called a fleet operation: the admin, or a gateway with its own key. */
export type FleetCaller = { kind: 'admin' } | { kind: 'gateway'; gatewayId: string };

export function fleetCaller(principal: Principal): FleetCaller {
  if (principal.kind === 'admin' || principal.kind === 'gateway') return principal;
  throw new AppError('unauthenticated');
}

/** The calling gateway (operations secured by `gatewayApiKey` only). */
export function callingGateway(principal: Principal): string {
  if (principal.kind !== 'gateway') throw new AppError('unauthenticated', 'a gateway api-key is required');
  return principal.gatewayId;
}

/** A gateway key reads only its own gateway (spec: another id answers 403). */
function requireOwnGateway(principal: Principal, gatewayId: string): void {
  const caller = fleetCaller(principal);
  if (caller.kind === 'gateway' && caller.gatewayId !== gatewayId)
    throw new AppError('forbidden', 'a gateway key may read only its own gateway');
}

/** The request that causes an event: its correlation id and W3C traceparent. */
export function causeOf(vars: RequestVariables, traceparent: string | undefined): EventCause {
  return { correlationId: vars.correlationId, traceparent };
}

/**
 * registerGateway … listGatewayDeployments (the event log over HTTP too); updateGateway emits
 * gateway.config.updated.
 */
export function gatewayHandlers({ fleet }: { fleet: GatewayFleet }): GatewayOperations {
  return {
    async registerGateway({ body }) {
      const registered = await fleet.gateways.register(body);
      return {
        status: 201,
        body: registered,
        headers: { ...SECRET_SHOWN_ONCE, Location: `/api/internal/v1/gateways/${registered.id}` },
      };
    },

    async listGateways({ query }) {
      return { status: 200, body: await fleet.gateways.list(pageRequest(query)) };
    },

    async getGateway({ params: { gatewayId } }) {
      return { status: 200, body: await fleet.gateways.get(gatewayId) };
    },

    async updateGateway({ params: { gatewayId }, body, headers }, { vars }) {
      return { status: 200, body: await fleet.gateways.update(gatewayId, body, causeOf(vars, headers.traceparent)) };
    },

    async deleteGateway({ params: { gatewayId } }) {
      await fleet.gateways.delete(gatewayId);
      return { status: 204 };
    },

    async rotateGatewayApiKey({ params: { gatewayId } }) {
      return { status: 201, body: await fleet.gateways.rotateKey(gatewayId), headers: SECRET_SHOWN_ONCE };
    },

    async listGatewayEvents({ params: { gatewayId }, query }, { vars }) {
      requireOwnGateway(vars.principal, gatewayId);
      const page = await fleet.gateways.events(gatewayId, {
        ...(query.after === undefined ? {} : { after: query.after }),
        ...(query.limit === undefined ? {} : { limit: query.limit }),
      });
      return { status: 200, body: page };
    },

    async listGatewayDeployments({ params: { gatewayId }, query }, { vars }) {
      requireOwnGateway(vars.principal, gatewayId);
      return { status: 200, body: await fleet.deployments.listForGateway(gatewayId, pageRequest(query)) };
    },
  };
}
