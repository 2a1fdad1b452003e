import { randomUUID } from 'node:crypto';
import type { TestTarget as FleetServer } from '../../support/server.js';

async function json<T>(response: Response, expectedStatus: number): Promise<T> {
  const text = await response.text();
  if (response.status !== expectedStatus)
    throw new Error(`expected ${expectedStatus}, got ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** Registers a gateway with a unique name over REST; returns its id and key. */
export async function registerGateway(
  server: FleetServer,
  name = `gw-${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; apiKey: string }> {
  return json(await server.admin('/api/internal/v1/gateways', { method: 'POST', body: { name } }), 201);
}

/** Creates an API with a unique name over REST; returns its id and first revision. */
export async function createApi(
  server: FleetServer,
  name = `api-${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; revisionId: string }> {
  return json(
    await server.admin('/api/internal/v1/apis', {
      method: 'POST',
      body: { name, contextPath: `/${name}`, upstreams: [{ url: 'http://upstream.internal:8080' }] },
    }),
    201,
  );
}

/** Deploys over REST; `environment` defaults to a unique value so every call adds a deployment. */
export async function deploy(
  server: FleetServer,
  api: { id: string; revisionId: string },
  gatewayId: string,
  options: { vhost?: string; environment?: string; headers?: Record<string, string> } = {},
): Promise<{ id: string }> {
  return json(
    await server.admin(`/api/internal/v1/apis/${api.id}/deployments`, {
      method: 'POST',
      body: {
        gatewayId,
        revisionId: api.revisionId,
        vhost: options.vhost ?? 'api.example.com',
        environment: options.environment ?? `env-${randomUUID().slice(0, 8)}`,
      },
      ...(options.headers === undefined ? {} : { headers: options.headers }),
    }),
    201,
  );
}

/** `count` deployments in a row (sequentially, so their order is the order of the calls). */
export async function deployMany(
  server: FleetServer,
  api: { id: string; revisionId: string },
  gatewayId: string,
  count: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1)
    ids.push((await deploy(server, api, gatewayId, { environment: `e${i}-${randomUUID().slice(0, 6)}` })).id);
  return ids;
}

/** Test config for fleet servers: handshakes are not the subject here, so the per-IP limit is generous. */
export const FLEET_TEST_CONFIG = { ws: { rateLimitPerMinute: 60_000 } };
