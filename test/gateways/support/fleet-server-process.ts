/**
 * A clawgate server (startServer: REST, the gateway fleet and the event channel) run as its own
 * process so a test can SIGKILL it mid-stream. The Config comes as JSON in FLEET_SERVER_CONFIG
 * (made by the test backends, so the storage is the test's); prints one JSON line `{"url": …}`
 * once listening.
 *
 * Run: node --import tsx test/gateways/support/fleet-server-process.ts
 */
import type { Config } from '../../../src/config/types.js';
import { startServer } from '../../../src/main.js';

const config = JSON.parse(process.env.FLEET_SERVER_CONFIG ?? '') as Config;
const server = await startServer(config, { print: () => {} });
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
