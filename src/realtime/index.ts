/**
 * The WebSocket transport: one upgrade listener per HTTP(S) server routing by path to
 * channels (a `ws` server per channel, for its frame limit), handshake limits and authentication,
 * heartbeats, bounded outgoing buffers, frame validation and graceful close. Channels (`/ws` in
 * `client-channel.ts`, the gateway event channel in `gateway-channel.ts`) supply policy and handlers
 * as a `ChannelDefinition`.
 */
export { attachRealtimeServer, remoteAddressOf, type AttachRealtimeServerOptions } from './server.js';
export type { Admission, ChannelDefinition, ConnectionRegistry, RealtimeConnection, RealtimeServer } from './types.js';
export {
  createClientChannel,
  deliverQuotaWarnings,
  CLIENT_CHANNEL_DEFAULTS,
  type ClientChannelOptions,
  type ClientPrincipal,
} from './client-channel.js';
export { errorFrame, frameIdOf, pongFrame, type Frame } from './frames.js';
export { rawText } from './connection.js';
export {
  GATEWAY_EVENTS_PATH,
  createGatewayEventsChannel,
  type GatewayEventsChannelOptions,
  type GatewayPrincipal,
} from './gateway-channel.js';
export { closeRevokedConnections, REVOKED_CLOSE_CODE } from './tenant-revocations.js';
