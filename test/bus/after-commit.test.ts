import { expect } from 'chai';
import type { Bus } from '../../src/bus/bus.js';
import { createMemoryBus } from '../../src/bus/memory.js';
import { GatewayDoorbell } from '../../src/gateways/doorbell.js';
import { RevocationAnnouncer } from '../../src/tenancy/revocations.js';
import { eventually } from '../support/eventually.js';
import { captureLogger } from '../support/log-lines.js';

/** A bus whose publishes fail, as Redis does while it is down. */
function failingBus(): Bus {
  const bus = createMemoryBus();
  bus.publish = () => Promise.reject(new Error('Connection is closed.'));
  return bus;
}

describe('publishing after a commit', () => {
  it('never throws when the bus fails: the doorbell and the revocation announcer log and count instead', async () => {
    const { logger, lines } = captureLogger();
    const failures: unknown[] = [];
    const options = { bus: failingBus(), logger, onFailure: (error: unknown) => failures.push(error) };

    await new GatewayDoorbell(options).ring('gw-1', 7);
    await new RevocationAnnouncer(options).announce({ kind: 'org_deleted', orgId: 'org-1' });

    expect(failures).to.have.length(2);
    await eventually(() => lines.length === 2, { what: 'two warnings' });
    expect(lines.map((line) => [line.level, line.message])).to.deep.equal([
      ['warn', 'gateway doorbell publish failed; connections catch up on their next poll'],
      ['warn', 'announcing a revocation failed; connections made with it stay open'],
    ]);
    expect(lines[0]).to.include({ gatewayId: 'gw-1', signal: 'events', error: 'Connection is closed.' });
    expect(lines[1]).to.include({ kind: 'org_deleted', orgId: 'org-1', error: 'Connection is closed.' });
  });

  it('publishes on the topic when the bus works', async () => {
    const bus = createMemoryBus();
    const heard: string[] = [];
    await bus.subscribe('tenant-revocations', (message) => heard.push(message));
    await new RevocationAnnouncer({ bus }).announce({ kind: 'api_key_revoked', orgId: 'o', apiKeyId: 'k' });
    await eventually(() => heard.length === 1, { what: 'the revocation' });
    expect(JSON.parse(heard[0] as string)).to.deep.equal({ kind: 'api_key_revoked', orgId: 'o', apiKeyId: 'k' });
  });
});
