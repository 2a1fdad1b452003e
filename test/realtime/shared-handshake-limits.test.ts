import { expect } from 'chai';
import type { AppDeps } from '../../src/deps.js';
import { forEachBackend } from '../support/backends.js';
import { metricValue } from '../support/realtime.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { uniqueName } from '../support/services.js';
import { tryUpgrade, type Refusal } from '../support/ws-client.js';

const GATEWAY_PATH = '/api/internal/v1/ws/gateways/connect';

/** Every outcome of `attempts` handshakes spread round-robin over `servers`, fired together. */
async function handshakes(
  servers: TestServer[],
  path: string,
  headers: Record<string, string>,
  attempts: number,
): Promise<Array<Refusal | 'upgraded'>> {
  return Promise.all(
    Array.from({ length: attempts }, (_, i) =>
      tryUpgrade(`${(servers[i % servers.length] as TestServer).wsUrl}${path}`, headers),
    ),
  );
}

function tally(results: Array<Refusal | 'upgraded'>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const result of results) {
    const outcome = result === 'upgraded' ? 'upgraded' : `${result.status} ${result.body.error.code}`;
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  return counts;
}

describe('handshake limits hold across instances', () => {
  forEachBackend(
    (backend) => {
      const servers: TestServer[] = [];
      // A frozen clock: no token is refilled while the handshakes are in flight.
      const frozen = Date.now();

      before(async function () {
        this.timeout(60_000);
        const first = await backend.createDeps();
        const deps: AppDeps[] = [first, await backend.secondInstance(first), await backend.secondInstance(first)];
        for (const instance of deps)
          servers.push(await startTestServer(backend, { deps: instance, realtime: { now: () => frozen } }));
      });
      after(async () => {
        for (const server of servers.splice(0)) await server.close();
      });

      it('lets exactly WS_RATE_LIMIT_PER_MINUTE (10) of 45 gateway handshakes through three instances', async () => {
        const [first] = servers as [TestServer];
        expect(first.config.ws.rateLimitPerMinute).to.equal(10);
        const { apiKey } = await first.fleet.gateways.register({ name: uniqueName('limits-gw-') });
        const results = await handshakes(servers, GATEWAY_PATH, { 'api-key': apiKey }, 45);
        expect(tally(results)).to.deep.equal({ upgraded: 10, '429 rate_limited': 35 });
        const refusal = results.find((result): result is Refusal => result !== 'upgraded');
        expect(Number(refusal?.headers['retry-after'])).to.equal(6);
        let hits = 0;
        for (const server of servers)
          hits += await metricValue(server.deps.metrics, 'rate_limit_hits_total', { limiter: 'gateway_handshake' });
        expect(hits).to.equal(35);
      });

      it('lets exactly the /ws burst (10) of 60 handshakes through three instances', async () => {
        const [first] = servers as [TestServer];
        const { apiKey } = await first.deps.services.orgs.create({
          name: uniqueName('limits-org-'),
          tier: 'government',
        });
        const results = await handshakes(servers, '/ws', { 'x-api-key': apiKey.key }, 60);
        expect(tally(results)).to.deep.equal({ upgraded: 10, '429 rate_limited': 50 });
      });
    },
    { backends: ['postgres+redis'] },
  );
});
