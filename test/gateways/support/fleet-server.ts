import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../src/app.js';
import type { AppDeps } from '../../../src/deps.js';
import type { GatewayFleet } from '../../../src/gateways/index.js';
import { attachRealtimeServer, createGatewayEventsChannel, type RealtimeServer } from '../../../src/realtime/index.js';
import { TEST_ADMIN_TOKEN } from '../../support/backends.js';

export interface FleetServer {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port> */
  wsUrl: string;
  deps: AppDeps;
  fleet: GatewayFleet;
  realtime: RealtimeServer;
  /** fetch with the admin token (and a JSON content type when there is a body). */
  admin(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>;
  /** Closes connections (1000), the listener and the dependencies. */
  close(): Promise<void>;
  /** Closes connections and the listener but keeps the dependencies (for restarts on the same storage). */
  stop(): Promise<void>;
}

export interface FleetServerOptions {
  heartbeatIntervalMs?: number;
  pollIntervalMs?: number;
  maxInFlight?: number;
}

/**
 * The app (which mounts the fleet's REST handlers) and the event channel on the same fleet
 * (`deps.fleet`), on a real HTTP server on 127.0.0.1:0. A smaller event retention is a dependency
 * override: `backend.createDeps({ deps: { eventRetention } })`.
 */
export async function startFleetServer(deps: AppDeps, options: FleetServerOptions = {}): Promise<FleetServer> {
  const { fleet } = deps;
  const { app } = createApp(deps, { adminToken: TEST_ADMIN_TOKEN });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const channel = createGatewayEventsChannel({
    deps,
    services: fleet,
    ...(options.heartbeatIntervalMs === undefined ? {} : { heartbeatIntervalMs: options.heartbeatIntervalMs }),
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    ...(options.maxInFlight === undefined ? {} : { maxInFlight: options.maxInFlight }),
  });
  const realtime = attachRealtimeServer({ server, deps, channels: [channel], maxConnections: 1000 });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await realtime.close(1000, 'test server stopping');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    })());
  return {
    url,
    wsUrl: `ws://127.0.0.1:${port}`,
    deps,
    fleet,
    realtime,
    admin(path, init = {}) {
      const headers: Record<string, string> = { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...init.headers };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      return fetch(url + path, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
    },
    stop,
    async close() {
      await stop();
      await deps.close();
    },
  };
}

/** Test config for fleet servers: handshakes are not the subject here, so the per-IP limit is generous. */
export const FLEET_TEST_CONFIG = { ws: { rateLimitPerMinute: 60_000 } };
