import type { OperationHandlers } from '../../../generated/server/index.js';
import type { GatewayFleet } from '../../gateways/index.js';

/**
 * getStats: the seed 002 shape (R-G6) — gateway connections and delivery counters of every
 * instance that answers. A connection is `stale` after one missed heartbeat (1.5 ping intervals).
 */
export function statsHandlers({ fleet }: { fleet: GatewayFleet }): Pick<OperationHandlers, 'getStats'> {
  return {
    async getStats() {
      return { status: 200, body: await fleet.cluster.collect() };
    },
  };
}
