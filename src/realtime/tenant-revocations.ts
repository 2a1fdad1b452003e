import type { Logger } from 'winston';
import type { Bus } from '../bus/bus.js';
import { decodeRevocation, TENANT_REVOCATIONS_TOPIC, type TenantRevocation } from '../tenancy/index.js';
import type { ClientPrincipal } from './client-channel.js';
import type { ConnectionRegistry } from './types.js';

/** The close code of a `/ws` connection whose credential stopped being valid (specs/asyncapi.yaml). */
export const REVOKED_CLOSE_CODE = 1008;

const CLOSE_REASONS: Record<TenantRevocation['kind'], string> = {
  api_key_revoked: 'API key revoked',
  org_deleted: 'organization deleted',
};

function opensWith(principal: ClientPrincipal, revocation: TenantRevocation): boolean {
  if (principal.orgId !== revocation.orgId) return false;
  if (revocation.kind === 'org_deleted') return true;
  return principal.credential.type === 'api_key' && principal.credential.apiKeyId === revocation.apiKeyId;
}

/**
 * Closes this instance's `/ws` connections whose API key was revoked or whose organization was
 * deleted, on any instance (the tenancy services announce it on the bus), with 1008 and a reason
 * saying which. Resolves, once subscribed, to the function that stops listening.
 *
 * @example
 * const stop = await closeRevokedConnections({ bus: deps.bus, registry: realtime.registry, logger });
 * lifecycle.onShutdown(stop);
 */
export async function closeRevokedConnections({
  bus,
  registry,
  logger,
}: {
  bus: Bus;
  registry: ConnectionRegistry;
  logger?: Logger;
}): Promise<() => Promise<void>> {
  return bus.subscribe(TENANT_REVOCATIONS_TOPIC, (message) => {
    const revocation = decodeRevocation(message);
    if (revocation === undefined) return;
    let closed = 0;
    for (const conn of registry.byChannel('clientChannel')) {
      if (conn.closed || !opensWith(conn.principal as ClientPrincipal, revocation)) continue;
      conn.close(REVOKED_CLOSE_CODE, CLOSE_REASONS[revocation.kind]);
      closed += 1;
    }
    if (closed > 0) logger?.info('closed connections of a revoked credential', { ...revocation, connections: closed });
  });
}
