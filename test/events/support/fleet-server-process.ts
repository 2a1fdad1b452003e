/**
 * A clawgate server with the gateway fleet, run as its own process so a test can SIGKILL it
 * mid-stream. The Config comes as JSON in FLEET_SERVER_CONFIG (made by the test backends, so the
 * storage is the test's); prints one JSON line `{"url": …}` once listening.
 *
 * Run: node --import tsx test/events/support/fleet-server-process.ts
 */
import type { Config } from '../../../src/config/types.js';
import { createDependencies } from '../../../src/deps.js';
import { createGatewayEventsChannel, gatewayFleetOf } from '../../../src/events/index.js';
import { startServer } from '../../../src/main.js';
import { attachRealtimeServer } from '../../../src/realtime/index.js';

const config = JSON.parse(process.env.FLEET_SERVER_CONFIG ?? '') as Config;
const deps = await createDependencies(config);
// createApp mounts the fleet of these deps; the channel is built on the same one.
const fleet = gatewayFleetOf(deps);
const server = await startServer(config, { deps, print: () => {} });
const realtime = attachRealtimeServer({
  server: server.httpServer,
  deps,
  channels: [createGatewayEventsChannel({ deps, services: fleet })],
  maxConnections: config.ws.maxConnections,
});
server.onShutdown(() => realtime.close(1000, 'server shutting down'));
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
