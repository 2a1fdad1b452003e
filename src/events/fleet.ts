import type { AppDeps } from '../deps.js';
import { ApiService } from '../services/apis.js';
import { DeploymentService } from '../services/deployments.js';
import { GatewayService } from '../services/gateways.js';
import { AckRecorder } from './ack-recorder.js';
import { DeliveryStats, type EventDeliverySnapshot } from './delivery-stats.js';
import { GatewayDoorbell } from './doorbell.js';
import { DEFAULT_EVENT_RETENTION, GatewayEventLog } from './event-log.js';
import { LiveGatewayConnections, type GatewayConnectionStatus } from './live-connections.js';

/** Everything the gateway fleet is made of: services for the REST handlers, parts for delivery. */
export interface GatewayFleet {
  gateways: GatewayService;
  apis: ApiService;
  deployments: DeploymentService;
  eventLog: GatewayEventLog;
  doorbell: GatewayDoorbell;
  acks: AckRecorder;
  stats: DeliveryStats;
  connections: LiveGatewayConnections;
}

export interface GatewayFleetOptions {
  deps: Pick<AppDeps, 'db' | 'bus' | 'logger' | 'metrics'>;
  /** Events kept per gateway; default 10,000. */
  retention?: number;
}

/**
 * Builds the gateway fleet on the app's dependencies: one event log, one doorbell, the services
 * and the delivery bookkeeping shared by the REST handlers and the event channel.
 *
 * @example
 * const fleet = createGatewayFleet({ deps });
 * const { app } = createApp(deps, { handlers: gatewayFleetHandlers({ fleet }), authenticateGateway: … });
 * attachRealtimeServer({ server, deps, channels: [createGatewayEventsChannel({ deps, services: fleet })], … });
 */
export function createGatewayFleet({ deps, retention = DEFAULT_EVENT_RETENTION }: GatewayFleetOptions): GatewayFleet {
  const { db, bus, logger, metrics } = deps;
  const stats = new DeliveryStats({ metrics });
  const eventLog = new GatewayEventLog({ db, retention });
  const doorbell = new GatewayDoorbell({ bus, logger, onFailure: () => stats.recordFailure('doorbell_failed') });
  const gateways = new GatewayService({ db, eventLog, doorbell });
  const deployments = new DeploymentService({ db, eventLog, doorbell });
  const apis = new ApiService({ db, deployments });
  return { gateways, apis, deployments, eventLog, doorbell, stats, acks: new AckRecorder({ eventLog, logger }), connections: new LiveGatewayConnections() };
}

const fleets = new WeakMap<object, GatewayFleet>();

/**
 * The one fleet of a set of dependencies (default retention), built on first use. `createApp`
 * mounts its handlers and the realtime wiring builds the event channel on the same instance, so
 * the stats endpoint sees the channel's connections and delivery counters.
 *
 * @example createGatewayEventsChannel({ deps, services: gatewayFleetOf(deps) })
 */
export function gatewayFleetOf(deps: AppDeps): GatewayFleet {
  let fleet = fleets.get(deps);
  if (fleet === undefined) {
    fleet = createGatewayFleet({ deps });
    fleets.set(deps, fleet);
  }
  return fleet;
}

/** The seed 002 stats shape (R-G6), from this instance's live connections and delivery counters. */
export interface GatewayStats {
  gatewayConnections: { totalActive: number; connections: GatewayConnectionStatus[] };
  eventDelivery: EventDeliverySnapshot;
}

/** A connection is `stale` after one missed heartbeat: nothing heard for 1.5 ping intervals. */
export function gatewayStats(fleet: Pick<GatewayFleet, 'connections' | 'stats'>, heartbeatIntervalMs: number): GatewayStats {
  const connections = fleet.connections.statuses(heartbeatIntervalMs * 1.5);
  return { gatewayConnections: { totalActive: connections.length, connections }, eventDelivery: fleet.stats.snapshot() };
}
