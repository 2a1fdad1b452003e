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
export { createGatewayFleet, gatewayFleetOf, type GatewayFleet, type GatewayFleetOptions } from './fleet.js';
export {
  GATEWAY_EVENTS_PATH,
  createGatewayEventsChannel,
  type GatewayEventsChannelOptions,
  type GatewayPrincipal,
} from './gateway-channel.js';
export { LiveGatewayConnections, type GatewayConnectionStatus, type LiveGatewayConnection } from './live-connections.js';
export { planResume, requestedPosition, type ResumePlan } from './resume.js';
