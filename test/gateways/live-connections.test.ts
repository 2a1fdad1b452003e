import { expect } from 'chai';
import { LiveGatewayConnections } from '../../src/gateways/index.js';

describe('LiveGatewayConnections', () => {
  it('reports a connection stale after one missed heartbeat (1.5 ping intervals of silence), connected before', () => {
    const now = Date.parse('2025-10-15T10:05:00Z');
    const connections = new LiveGatewayConnections();
    const base = { gatewayId: 'g', connectedAt: new Date('2025-10-15T10:00:00Z'), heartbeatIntervalMs: 20_000 };
    connections.add({ ...base, connectionId: 'fresh', lastHeartbeat: new Date(now - 29_000) });
    connections.add({ ...base, connectionId: 'silent', lastHeartbeat: new Date(now - 31_000) });
    expect(connections.statuses(now).map((c) => [c.connectionId, c.status])).to.deep.equal([
      ['fresh', 'connected'],
      ['silent', 'stale'],
    ]);
    expect(connections.statuses(now)[0]).to.deep.equal({
      gatewayId: 'g',
      connectionId: 'fresh',
      connectedAt: '2025-10-15T10:00:00.000Z',
      lastHeartbeat: new Date(now - 29_000).toISOString(),
      status: 'connected',
    });
    connections.remove('silent');
    expect(connections.size).to.equal(1);
  });
});
