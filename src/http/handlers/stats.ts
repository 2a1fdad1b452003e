import type { GatewayFleet } from '../../gateways/index.js';
import type { AppHandlers } from '../request-state.js';

/**
 * getStats: the documented stats shape — gateway connections and delivery counters of every
 * instance that answers. A connection is `stale` after one missed heartbeat (1.5 ping intervals).
 */
export function statsHandlers({ fleet }: { fleet: GatewayFleet }): Pick<AppHandlers, 'getStats'> {
  return {
    async getStats() {
      return { status: 200, body: await fleet.cluster.collect() };
    },
  };
}
