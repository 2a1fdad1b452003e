import type { ChildProcess } from 'node:child_process';
import { expect } from 'chai';
import type { ApiDeployedMessage } from '../../generated/asyncapi/index.js';
import type { components } from '../../generated/openapi/types.js';
import { GatewayEventsClient } from '../../generated/sdk/index.js';
import { forEachBackend, TEST_ADMIN_TOKEN } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { startServerProcess } from './support/server-process.js';

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

type Schemas = components['schemas'];

async function admin<T = unknown>(url: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(url + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status >= 300) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

describe('gateway events survive a killed server process', function () {
  this.timeout(120_000);

  forEachBackend((backend) => {
    const children: ChildProcess[] = [];
    let client: GatewayEventsClient | undefined;
    after(async () => {
      await client?.close();
      for (const child of children) {
        child.kill('SIGKILL');
        await exited(child);
      }
    });

    it('SIGKILL mid-stream, restart on the same storage: the gateway resumes and receives every event of the log once, in order', async () => {
      const config = await backend.createConfig({ ws: { rateLimitPerMinute: 60_000 } });
      const first = await startServerProcess(config);
      children.push(first.child);
      const gateway = await admin<Schemas['RegisteredGateway']>(first.url, '/api/internal/v1/gateways', {
        name: 'crash-gw',
      });
      const api = await admin<Schemas['Api']>(first.url, '/api/internal/v1/apis', {
        name: 'crash-api',
        contextPath: '/crash',
        upstreams: [{ url: 'http://u.internal' }],
      });

      const received: number[] = [];
      client = new GatewayEventsClient({
        url: first.url.replace(/^http/, 'ws'),
        headers: { 'api-key': gateway.apiKey },
        reconnect: { baseMs: 50, maxMs: 250 },
        heartbeat: false,
      });
      client.on('api.deployed', (event: ApiDeployedMessage) => void received.push(event.seq));
      await client.connect();

      // Deploy in a loop; kill the process once the gateway has seen some events, while deploys go on.
      const acknowledged: string[] = [];
      let stop = false;
      const deploying = (async () => {
        for (let i = 0; !stop && i < 200; i += 1) {
          try {
            const deployment = await admin<Schemas['Deployment']>(
              first.url,
              `/api/internal/v1/apis/${api.id}/deployments`,
              {
                gatewayId: gateway.id,
                revisionId: api.revisionId,
                vhost: 'api.example.com',
                environment: `e${i}`,
              },
            );
            acknowledged.push(deployment.id);
          } catch {
            return; // the server is gone
          }
        }
      })();
      await eventually(() => received.length >= 15, { what: '15 events before the kill' });
      first.child.kill('SIGKILL');
      await exited(first.child);
      stop = true;
      await deploying;

      // Same storage, same port: the client reconnects on its own with its last seq.
      const port = new URL(first.url).port;
      const second = await startServerProcess({ ...config, port: Number(port) });
      children.push(second.child);
      await admin(second.url, `/api/internal/v1/apis/${api.id}/deployments`, {
        gatewayId: gateway.id,
        revisionId: api.revisionId,
        vhost: 'api.example.com',
        environment: 'after-restart',
      });
      const log = await admin<Schemas['GatewayEventPage']>(
        second.url,
        `/api/internal/v1/gateways/${gateway.id}/events?limit=1000`,
      );
      const latestSeq = log.latestSeq;
      await eventually(() => received[received.length - 1] === latestSeq, {
        what: `event ${latestSeq}`,
        timeoutMs: 30_000,
      });

      expect(received).to.deep.equal(Array.from({ length: latestSeq }, (_, i) => i + 1));
      // Every deployment the server confirmed before dying is in the log and reached the gateway.
      const logged = new Set(
        (log.items as Array<{ payload: { deploymentId: string } }>).map((event) => event.payload.deploymentId),
      );
      for (const id of acknowledged)
        expect(logged.has(id), `deployment ${id} confirmed before the kill`).to.equal(true);
      expect(acknowledged.length).to.be.at.least(15);
    });
  });
});
