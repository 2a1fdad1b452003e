export { AckRecorder } from './ack-recorder.js';
export { GatewayEventFeed, type FeedSink, type GatewayEventFeedOptions } from './connection-feed.js';
export { DeliveryStats, type DeliveryFailureReason, type EventDeliverySnapshot } from './delivery-stats.js';
export { GatewayDoorbell, decodeSignal, encodeSignal, gatewayTopic, type GatewaySignal } from './doorbell.js';
export {
  DEFAULT_EVENT_RETENTION,
  GatewayEventLog,
  eventCause,
  type EventCause,
  type GatewayEventFrame,
  type GatewayEventType,
  type LogPosition,
  type NewGatewayEvent,
} from './event-log.js';
export { ClusterStats, type ClusterStatsOptions, type GatewayStats } from './cluster-stats.js';
export { createGatewayFleet, type GatewayFleet, type GatewayFleetOptions } from './fleet.js';
export {
  LiveGatewayConnections,
  type GatewayConnectionStatus,
  type LiveGatewayConnection,
} from './live-connections.js';
export { planResume, requestedPosition, type ResumePlan } from './resume.js';
export { ApiService, type Api, type ApiInput, type ApiRuntimeArtifact, type Upstream } from './apis.js';
export { DeploymentService, type DeployInput, type Deployment } from './deployments.js';
export {
  GatewayService,
  type Gateway,
  type GatewayCredential,
  type GatewayEventPage,
  type IssuedGatewayKey,
  type RegisteredGateway,
  type RegisterGatewayInput,
  type UpdateGatewayInput,
} from './gateways.js';
