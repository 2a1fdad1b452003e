// generated from specs/asyncapi.yaml by clawgate, do not edit
// clawgate WebSocket API 0.1.0: typed WebSocket clients, one per channel.

import { WsChannelClient, type ChannelSpec, type WsClientOptions } from './ws-runtime.js';
import type * as M from '../asyncapi/messages.js';
import {
  validateClientChannelServerMessage,
  validateClientChannelClientMessage,
  validateGatewayEventsServerMessage,
  validateGatewayEventsClientMessage,
} from '../asyncapi/validators.js';

export * from './ws-runtime.js';

const clientChannelSpec: ChannelSpec<M.ClientChannelServerMessage, M.ClientChannelClientMessage> = {
  channel: "clientChannel",
  address: "/ws",
  parameters: [],
  validateIncoming: validateClientChannelServerMessage,
  validateOutgoing: validateClientChannelClientMessage,
  sequenceField: null,
  resume: null,
  buildAck: null,
};

/**
 * Typed WebSocket client for channel `clientChannel` (`/ws`).
 * **Handshake.** `GET /ws` with `Upgrade: websocket`, authenticated in the upgrade, before the
 * WebSocket exists, by one of: `Authorization: Bearer <tenant API key or JWT>`,
 * `x-api-key: <tenant API key>`, or `?token=<tenant API key or JWT>` (for browsers, which
 * cannot set headers; the query string is redacted from logs).
 * Refused handshakes get an HTTP status and the JSON error envelope
 * `{"error": {"code", "message", "correlationId"}}` (same as REST):
 * 401 `unauthenticated` (missing/invalid/revoked credentials; a JWT that is expired, not yet
 * valid, badly signed, for another issuer or audience, or for an unknown organization);
 * 503 `service_unavailable` also when the JWT issuer's key set cannot be fetched;
 * 403 `forbidden` (organization disabled);
 * 429 `rate_limited` with `Retry-After` (per-IP token bucket: 5 handshakes/s, burst 10, shared
 * by every instance; or too many failed authentication attempts from this address, as on REST) or
 * 429 `quota_exceeded` (the tier's WebSocket connection cap: 5 / 20 / 100 per organization
 * across every instance; `details` `{quota: websocketConnections, limit, used, resetsAt: null}`);
 * 503 `service_unavailable` (global `WS_MAX_CONNECTIONS` reached, or shutting down) or
 * `database_unavailable` (the connection cap cannot be checked: quotas fail closed).
 *
 * **After the upgrade** the server sends `connection.ack` first. Frames are limited to
 * 512 KiB. The outgoing buffer per connection is bounded; a consumer that does not read is
 * closed with 1013.
 *
 * **Close codes** (also in `x-close-codes`):
 * 1000 normal closure / server shutdown; 1001 going away (the peer navigates away or the server
 * restarts); 1007 a text frame is not valid UTF-8; 1008 policy violation (API key revoked
 * (reason `API key revoked`) or organization deleted (`organization deleted`) while connected, on
 * any instance; the JWT the connection was opened with expired (`token expired`); too many
 * invalid frames; too many pings); 1009 frame larger than
 * 512 KiB; 1011 internal error; 1013 try again later (slow consumer: outgoing buffer full).
 *
 *
 * Receives {@link M.ClientChannelServerMessage}, sends {@link M.ClientChannelClientMessage}.
 *
 * @example
 * const client = new ClientChannelClient({ url: 'ws://127.0.0.1:8080' });
 * client.on("connection.ack", (message) => console.log(message));
 * await client.connect();
 */
export class ClientChannelClient extends WsChannelClient<M.ClientChannelServerMessage, M.ClientChannelClientMessage, M.ClientChannelServerMessageMap> {
  constructor(options: WsClientOptions) {
    super(options, clientChannelSpec);
  }
}

const gatewayEventsSpec: ChannelSpec<M.GatewayEventsServerMessage, M.GatewayEventsClientMessage> = {
  channel: "gatewayEvents",
  address: "/api/internal/v1/ws/gateways/connect",
  parameters: [],
  validateIncoming: validateGatewayEventsServerMessage,
  validateOutgoing: validateGatewayEventsClientMessage,
  sequenceField: "seq",
  resume: { header: "last-event-seq", query: "since" },
  buildAck: (seq: number): unknown => ({ type: "ack", timestamp: new Date().toISOString(), payload: { seq: seq } }),
};

/**
 * Typed WebSocket client for channel `gatewayEvents` (`/api/internal/v1/ws/gateways/connect`).
 * **Handshake.** `GET /api/internal/v1/ws/gateways/connect` with `Upgrade: websocket` and the
 * gateway's `api-key` header. To resume, send the last sequence number processed as the
 * `last-event-seq` header or the `since` query parameter (header wins when both are given).
 * Refused handshakes get an HTTP status and the JSON error envelope
 * `{"error": {"code", "message", "correlationId"}}`:
 * 401 `unauthenticated` (missing, unknown or rotated api-key);
 * 400 `validation_failed` (`last-event-seq`/`since` not a non-negative integer);
 * 429 `rate_limited` with `Retry-After` (`WS_RATE_LIMIT_PER_MINUTE` handshakes per IP per
 * minute, default 10, shared by every instance; or too many failed authentication attempts
 * from this address, as on REST);
 * 503 `service_unavailable` (`WS_MAX_CONNECTIONS` reached, or shutting down).
 * A gateway may hold several connections; each receives every event of that gateway.
 *
 * **Delivery.** After the upgrade the server sends `connection.ack`, then every event with a
 * sequence number above the resume position, in order, then live events. Events are
 * `api.deployed`, `api.undeployed`, `gateway.config.updated`; each carries a per-gateway `seq`
 * and an `eventId`. The gateway acknowledges with `ack {seq}` — cumulative: acknowledging N
 * acknowledges everything up to N. Unacknowledged events are redelivered on reconnect
 * (at-least-once; drop duplicates by `eventId` or `seq`). When the requested position is older
 * than the oldest retained event, `connection.ack.recovered` is false: the gateway must resync
 * its state over REST (`GET /api/internal/v1/gateways/{gatewayId}/deployments`) and then
 * continue from `latestSeq`. `GET /api/internal/v1/gateways/{gatewayId}/events?after=N` serves
 * the same log over HTTP.
 *
 * Frames are limited to 1 MiB. The outgoing buffer is bounded; a gateway that does not read is
 * closed with 1013 and catches up on reconnect.
 *
 * **Close codes** (also in `x-close-codes`):
 * 1000 normal closure / server shutdown; 1001 going away; 1007 invalid UTF-8; 1008 policy
 * violation (gateway deleted or its api-key rotated while connected, too many invalid frames,
 * too many pings);
 * 1009 frame larger than 1 MiB; 1011 internal error; 1013 try again later (slow consumer).
 *
 *
 * Receives {@link M.GatewayEventsServerMessage}, sends {@link M.GatewayEventsClientMessage}.
 * Acknowledges cumulatively with `ack` after handlers ran.
 * Resumes from the last seen `seq` via header `last-event-seq` and query `since`.
 *
 * @example
 * const client = new GatewayEventsClient({ url: 'ws://127.0.0.1:8080' });
 * client.on("connection.ack", (message) => console.log(message));
 * await client.connect();
 */
export class GatewayEventsClient extends WsChannelClient<M.GatewayEventsServerMessage, M.GatewayEventsClientMessage, M.GatewayEventsServerMessageMap> {
  constructor(options: WsClientOptions) {
    super(options, gatewayEventsSpec);
  }
}
