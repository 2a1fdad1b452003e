import type { OperationHandlers } from '../../../generated/server/index.js';
import { gatewayStats, type GatewayFleet } from '../../events/index.js';

/** getStats: the seed 002 shape (R-G6) from this instance's gateway connections and delivery counters. */
export function statsHandlers({ fleet, heartbeatIntervalMs = 20_000 }: { fleet: GatewayFleet; heartbeatIntervalMs?: number }): Pick<OperationHandlers, 'getStats'> {
  return {
    getStats() {
      return { status: 200, body: gatewayStats(fleet, heartbeatIntervalMs) };
    },
  };
}
