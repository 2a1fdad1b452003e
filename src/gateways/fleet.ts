import type { Logger } from 'winston';
import type { Bus } from '../bus/bus.js';
import type { Metrics } from '../observability/metrics.js';
import type { Database } from '../store/database.js';
import { ApiService } from './apis.js';
import { DeploymentService } from './deployments.js';
import { GatewayService } from './gateways.js';
import { AckRecorder } from './ack-recorder.js';
import { ClusterStats } from './cluster-stats.js';
import { DeliveryStats } from './delivery-stats.js';
import { GatewayDoorbell } from './doorbell.js';
import { DEFAULT_EVENT_RETENTION, GatewayEventLog } from './event-log.js';
import { LiveGatewayConnections } from './live-connections.js';

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
  /** The stats endpoint's view over every instance. */
  cluster: ClusterStats;
  /** Stops answering other instances' stats queries (the fleet's one bus subscription). Idempotent. */
  close(): Promise<void>;
}

export interface GatewayFleetOptions {
  deps: { db: Database; bus: Bus; logger: Logger; metrics: Metrics };
  /** Events kept per gateway; default 10,000. */
  retention?: number;
}

/**
 * Builds the gateway fleet: one event log, one doorbell, the services and the delivery bookkeeping
 * shared by the REST handlers and the event channel. Built once by `createDependencies`
 * (src/deps.ts); `close()` ends its bus subscription and is part of `deps.close()`.
 *
 * @example
 * const fleet = createGatewayFleet({ deps: { db, bus, logger, metrics } });
 * …
 * await fleet.close();
 */
export function createGatewayFleet({ deps, retention = DEFAULT_EVENT_RETENTION }: GatewayFleetOptions): GatewayFleet {
  const { db, bus, logger, metrics } = deps;
  const stats = new DeliveryStats({ metrics });
  const eventLog = new GatewayEventLog({ db, retention });
  const doorbell = new GatewayDoorbell({ bus, logger, onFailure: () => stats.recordFailure('doorbell_failed') });
  const gateways = new GatewayService({ db, eventLog, doorbell });
  const deployments = new DeploymentService({ db, eventLog, doorbell });
  const apis = new ApiService({ db, deployments });
  const connections = new LiveGatewayConnections();
  const cluster = new ClusterStats({ bus, logger, connections, delivery: stats });
  void cluster.listen();
  const acks = new AckRecorder({ eventLog, logger });
  return {
    gateways,
    apis,
    deployments,
    eventLog,
    doorbell,
    stats,
    acks,
    connections,
    cluster,
    close: () => cluster.close(),
  };
}
