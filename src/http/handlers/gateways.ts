import type { Request } from 'express';
import type { OperationHandlers } from '../../../generated/server/index.js';
import { AppError } from '../../errors.js';
import type { EventCause, GatewayFleet } from '../../gateways/index.js';
import type { GatewayCredential } from '../../gateways/index.js';
import { principalOf } from '../auth.js';
import { requestState } from '../correlation-id.js';
import { pageRequest } from './orgs.js';

type GatewayOperations = Pick<
  OperationHandlers,
  'registerGateway' | 'listGateways' | 'getGateway' | 'updateGateway' | 'deleteGateway' | 'rotateGatewayApiKey' | 'listGatewayEvents' | 'listGatewayDeployments'
>;

const gatewayCallers = new WeakMap<Request, GatewayCredential>();

/**
 * The `gatewayApiKey` security handler (plugged into `createApp({ authenticateGateway })`): accepts
 * a live gateway key and remembers which gateway is calling.
 */
export function gatewayAuthenticator(fleet: Pick<GatewayFleet, 'gateways'>) {
  return async function authenticateGateway(apiKey: string, req: Request): Promise<boolean> {
    const credential = await fleet.gateways.authenticate(apiKey);
    if (credential === undefined) return false;
    gatewayCallers.set(req, credential);
    return true;
  };
}

/** Who called a fleet operation: the admin, or a gateway with its own key. */
export type FleetCaller = { kind: 'admin' } | { kind: 'gateway'; gatewayId: string };

export function fleetCaller(req: Request): FleetCaller {
  let admin = false;
  try {
    admin = principalOf(req).kind === 'admin';
  } catch {
    // not the admin; maybe a gateway
  }
  if (admin) return { kind: 'admin' };
  const gateway = gatewayCallers.get(req);
  if (gateway !== undefined) return { kind: 'gateway', gatewayId: gateway.gatewayId };
  throw new AppError('unauthenticated');
}

/** The calling gateway (operations secured by `gatewayApiKey` only). */
export function callingGateway(req: Request): string {
  const caller = fleetCaller(req);
  if (caller.kind !== 'gateway') throw new AppError('unauthenticated', 'a gateway api-key is required');
  return caller.gatewayId;
}

/** A gateway key reads only its own gateway (spec: another id answers 403). */
function requireOwnGateway(req: Request, gatewayId: string): void {
  const caller = fleetCaller(req);
  if (caller.kind === 'gateway' && caller.gatewayId !== gatewayId) throw new AppError('forbidden', 'a gateway key may read only its own gateway');
}

/** The request that causes an event: its correlation id and W3C traceparent (R-O4). */
export function causeOf(req: Request, traceparent: string | undefined): EventCause {
  return { correlationId: requestState(req).correlationId, traceparent };
}

/** registerGateway … listGatewayDeployments (R-G1, R-G5 over HTTP); updateGateway emits gateway.config.updated. */
export function gatewayHandlers({ fleet }: { fleet: GatewayFleet }): GatewayOperations {
  return {
    async registerGateway({ body }) {
      const registered = await fleet.gateways.register(body);
      return { status: 201, body: registered, headers: { Location: `/api/internal/v1/gateways/${registered.id}` } };
    },

    async listGateways({ query }) {
      return { status: 200, body: await fleet.gateways.list(pageRequest(query)) };
    },

    async getGateway({ params: { gatewayId } }) {
      return { status: 200, body: await fleet.gateways.get(gatewayId) };
    },

    async updateGateway({ params: { gatewayId }, body, headers }, { req }) {
      return { status: 200, body: await fleet.gateways.update(gatewayId, body, causeOf(req, headers.traceparent)) };
    },

    async deleteGateway({ params: { gatewayId } }) {
      await fleet.gateways.delete(gatewayId);
      return { status: 204 };
    },

    async rotateGatewayApiKey({ params: { gatewayId } }) {
      return { status: 201, body: await fleet.gateways.rotateKey(gatewayId) };
    },

    async listGatewayEvents({ params: { gatewayId }, query }, { req }) {
      requireOwnGateway(req, gatewayId);
      const page = await fleet.gateways.events(gatewayId, {
        ...(query.after === undefined ? {} : { after: query.after }),
        ...(query.limit === undefined ? {} : { limit: query.limit }),
      });
      return { status: 200, body: page };
    },

    async listGatewayDeployments({ params: { gatewayId }, query }, { req }) {
      requireOwnGateway(req, gatewayId);
      return { status: 200, body: await fleet.deployments.listForGateway(gatewayId, pageRequest(query)) };
    },
  };
}
