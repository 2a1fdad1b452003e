// generated from specs/asyncapi.yaml by clawgate, do not edit
// clawgate WebSocket API 0.1.0: message types.

// Schemas

/** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
export type FrameId = string;

/** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
export type CorrelationId = string;

/** When the frame was created (RFC 3339). */
export type Timestamp = string;

/** Per-gateway event sequence number, starting at 1, increasing by 1. */
export type Seq = number;

/** A position in a gateway's event log (0 = before the first event). */
export type SeqPosition = number;

/** Stable id of an event; the same on every redelivery. */
export type EventId = string;

/** W3C trace context of the request that caused the event. */
export type Traceparent = string;

export type Uuid = string;

/** Stable error codes; exactly the keys of `ERROR_CODES` in `src/errors.ts` (same as the REST `ErrorCode`). */
export type ErrorCode = "validation_failed" | "bad_request" | "malformed_json" | "unauthenticated" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "not_acceptable" | "request_timeout" | "conflict" | "idempotency_key_in_flight" | "idempotency_key_secret_withheld" | "idempotency_key_reused" | "payload_too_large" | "unsupported_media_type" | "headers_too_large" | "rate_limited" | "quota_exceeded" | "internal_error" | "not_implemented" | "bad_gateway" | "service_unavailable" | "database_unavailable" | "gateway_timeout";

export type ErrorPayload = {
  /** Stable error codes; exactly the keys of `ERROR_CODES` in `src/errors.ts` (same as the REST `ErrorCode`). */
  code: ErrorCode;
  /** Human-readable; safe to show. */
  message: string;
  /** Free-form, code-specific details (validation errors, limits …). */
  details?: unknown;
};

export type EmptyPayload = Record<string, never>;

export type PongPayload = {
  serverTime: string;
};

export type Tier = "open_source" | "teams" | "government";

/** The `api.deployed` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
export type ApiDeployedEvent = {
  type: "api.deployed";
  /** Per-gateway event sequence number, starting at 1, increasing by 1. */
  seq: Seq;
  /** Stable id of an event; the same on every redelivery. */
  eventId: EventId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  /** W3C trace context of the request that caused the event. */
  traceparent?: Traceparent;
  payload: ApiDeployedPayload;
};

/** The `api.undeployed` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
export type ApiUndeployedEvent = {
  type: "api.undeployed";
  /** Per-gateway event sequence number, starting at 1, increasing by 1. */
  seq: Seq;
  /** Stable id of an event; the same on every redelivery. */
  eventId: EventId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  /** W3C trace context of the request that caused the event. */
  traceparent?: Traceparent;
  payload: ApiUndeployedPayload;
};

/** The `gateway.config.updated` event frame (same shape on the WebSocket and in `listGatewayEvents`). */
export type GatewayConfigUpdatedEvent = {
  type: "gateway.config.updated";
  /** Per-gateway event sequence number, starting at 1, increasing by 1. */
  seq: Seq;
  /** Stable id of an event; the same on every redelivery. */
  eventId: EventId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  /** W3C trace context of the request that caused the event. */
  traceparent?: Traceparent;
  payload: GatewayConfigUpdatedPayload;
};

export type ApiDeployedPayload = {
  /** Id of the API (`apiId` on the REST surface). */
  apiUuid: string;
  /** The deployed revision; fetch it with `getApiRuntimeArtifact`. */
  revisionId: string;
  vhost: string;
  environment: string;
  deploymentId?: string;
};

export type ApiUndeployedPayload = {
  apiUuid: string;
  revisionId?: string;
  vhost: string;
  environment: string;
  deploymentId?: string;
};

export type GatewayConfigUpdatedPayload = {
  gatewayId: string;
  /** Names of the settings that changed. */
  changes: ("name" | "description" | "vhost" | "labels")[];
  /** The gateway's settings after the change. */
  config: GatewayConfig;
};

/** The gateway's settings after the change. */
export type GatewayConfig = {
  name: string;
  description: string | null;
  vhost: string | null;
  labels: Record<string, string>;
};

export type SkillExecution = {
  id: string;
  skill: string;
  sessionId: string | null;
  status: "succeeded" | "failed" | "timed_out";
  /** The skill's output (matches its `outputSchema`) when `status` is `succeeded`. */
  output?: unknown;
  /** Why it failed or timed out. */
  error?: {
    code: string;
    message: string;
  };
  durationMs: number;
  startedAt: string;
  finishedAt: string;
};

export type TokenUsage = {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
};

export type QuotaName = "sessions" | "messages" | "concurrentSessions" | "websocketConnections" | "skillsPerSession";

// Messages (each type is the whole frame)

/**
 * connection.ack (client)
 *
 * The connection is open and authenticated.
 */
export type ClientConnectionAckMessage = {
  type: "connection.ack";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    connectionId: Uuid;
    orgId: Uuid;
    tier: Tier;
    serverTime: string;
    heartbeatIntervalMs: number;
    maxFrameBytes: number;
  };
};

/**
 * session.join
 *
 * Join a session of the caller's organization.
 */
export type SessionJoinMessage = {
  type: "session.join";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
  };
};

/**
 * session.joined
 *
 * The connection now receives the session's messages.
 */
export type SessionJoinedMessage = {
  type: "session.joined";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
    expiresAt: string;
  };
};

/**
 * session.leave
 *
 * Leave a joined session.
 */
export type SessionLeaveMessage = {
  type: "session.leave";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
  };
};

/**
 * session.left
 *
 * The connection no longer receives the session's messages (on request, or because the session expired or was deleted).
 */
export type SessionLeftMessage = {
  type: "session.left";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
    reason: "requested" | "expired" | "deleted";
  };
};

/**
 * message.send
 *
 * Add a user message to a joined session and get the assistant's reply streamed back.
 */
export type MessageSendMessage = {
  type: "message.send";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
    content: string;
    model?: string;
  };
};

/**
 * message.delta
 *
 * One chunk of the assistant's reply, in `index` order starting at 0.
 */
export type MessageDeltaMessage = {
  type: "message.delta";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
    messageId: Uuid;
    index: number;
    delta: string;
  };
};

/**
 * message.completed
 *
 * The assistant's full reply, stored in the session, with token usage.
 */
export type MessageCompletedMessage = {
  type: "message.completed";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId: Uuid;
    messageId: Uuid;
    content: string;
    finishReason: "stop" | "length";
    usage: TokenUsage;
  };
};

/**
 * skill.execute
 *
 * Run a skill with an input matching its `inputSchema`.
 */
export type SkillExecuteMessage = {
  type: "skill.execute";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    sessionId?: Uuid;
    skill: string;
    /** The skill's input; validated against the skill's `inputSchema`. */
    input: unknown;
  };
};

/**
 * skill.result
 *
 * The recorded execution of a skill (succeeded, failed or timed out).
 */
export type SkillResultMessage = {
  type: "skill.result";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: SkillExecution;
};

/**
 * quota.warning
 *
 * A monthly or concurrent quota of the organization reached 80 %.
 */
export type QuotaWarningMessage = {
  type: "quota.warning";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    quota: QuotaName;
    used: number;
    limit: number;
    percent: number;
    /** When the monthly quota resets; null for concurrent quotas. */
    resetsAt?: string | null;
  };
};

/**
 * error (client)
 *
 * An invalid frame or a refused or failed request; the connection stays open.
 */
export type ClientErrorMessage = {
  type: "error";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: ErrorPayload;
};

/**
 * ping (client)
 *
 * Application-level ping; the server answers `pong`.
 */
export type ClientPingMessage = {
  type: "ping";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: EmptyPayload;
};

/**
 * pong (client)
 *
 * Answer to `ping`.
 */
export type ClientPongMessage = {
  type: "pong";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: PongPayload;
};

/**
 * connection.ack (gateway)
 *
 * The gateway connection is open; says where delivery resumes.
 */
export type GatewayConnectionAckMessage = {
  type: "connection.ack";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    gatewayId: Uuid;
    connectionId: Uuid;
    serverTime: string;
    heartbeatIntervalMs: number;
    /** A position in a gateway's event log (0 = before the first event). */
    resumeFrom?: SeqPosition;
    /** A position in a gateway's event log (0 = before the first event). */
    latestSeq: SeqPosition;
    /** The oldest event still in the log; null when the log is empty. */
    oldestRetainedSeq?: number | null;
    /** False when the requested position is older than what is retained — resync over REST, then continue from `latestSeq`. */
    recovered: boolean;
  };
};

/**
 * api.deployed
 *
 * An API revision was deployed to this gateway.
 */
export type ApiDeployedMessage = ApiDeployedEvent;

/**
 * api.undeployed
 *
 * An API was undeployed from this gateway.
 */
export type ApiUndeployedMessage = ApiUndeployedEvent;

/**
 * gateway.config.updated
 *
 * The gateway's own settings changed.
 */
export type GatewayConfigUpdatedMessage = GatewayConfigUpdatedEvent;

/**
 * ack
 *
 * Cumulative acknowledgement of every event up to and including `seq`.
 */
export type GatewayAckMessage = {
  type: "ack";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: {
    /** Per-gateway event sequence number, starting at 1, increasing by 1. */
    seq: Seq;
  };
};

/**
 * error (gateway)
 *
 * An invalid frame or a refused request; the connection stays open.
 */
export type GatewayErrorMessage = {
  type: "error";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: ErrorPayload;
};

/**
 * ping (gateway)
 *
 * Application-level ping; the server answers `pong`.
 */
export type GatewayPingMessage = {
  type: "ping";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: EmptyPayload;
};

/**
 * pong (gateway)
 *
 * Answer to `ping`.
 */
export type GatewayPongMessage = {
  type: "pong";
  /** Optional id chosen by the sender of a request; echoed as `correlationId` on the answer. */
  id?: FrameId;
  /** On a reply, the `id` of the frame it answers; on an event, the correlation id of the request that caused it. */
  correlationId?: CorrelationId;
  /** When the frame was created (RFC 3339). */
  timestamp: Timestamp;
  payload: PongPayload;
};

// Channels

/** Every message on channel `clientChannel` (/ws), server → client. */
export type ClientChannelServerMessage = ClientConnectionAckMessage | MessageDeltaMessage | MessageCompletedMessage | QuotaWarningMessage | ClientErrorMessage | SessionJoinedMessage | SessionLeftMessage | SkillResultMessage | ClientPongMessage;

/** Messages on channel `clientChannel` (/ws), server → client, by `type`. */
export interface ClientChannelServerMessageMap {
  "connection.ack": ClientConnectionAckMessage;
  "message.delta": MessageDeltaMessage;
  "message.completed": MessageCompletedMessage;
  "quota.warning": QuotaWarningMessage;
  "error": ClientErrorMessage;
  "session.joined": SessionJoinedMessage;
  "session.left": SessionLeftMessage;
  "skill.result": SkillResultMessage;
  "pong": ClientPongMessage;
}

/** Every message on channel `clientChannel` (/ws), client → server. */
export type ClientChannelClientMessage = SessionJoinMessage | SessionLeaveMessage | MessageSendMessage | SkillExecuteMessage | ClientPingMessage;

/** Messages on channel `clientChannel` (/ws), client → server, by `type`. */
export interface ClientChannelClientMessageMap {
  "session.join": SessionJoinMessage;
  "session.leave": SessionLeaveMessage;
  "message.send": MessageSendMessage;
  "skill.execute": SkillExecuteMessage;
  "ping": ClientPingMessage;
}

/** Every message on channel `gatewayEvents` (/api/internal/v1/ws/gateways/connect), server → client. */
export type GatewayEventsServerMessage = GatewayConnectionAckMessage | ApiDeployedMessage | ApiUndeployedMessage | GatewayConfigUpdatedMessage | GatewayErrorMessage | GatewayPongMessage;

/** Messages on channel `gatewayEvents` (/api/internal/v1/ws/gateways/connect), server → client, by `type`. */
export interface GatewayEventsServerMessageMap {
  "connection.ack": GatewayConnectionAckMessage;
  "api.deployed": ApiDeployedMessage;
  "api.undeployed": ApiUndeployedMessage;
  "gateway.config.updated": GatewayConfigUpdatedMessage;
  "error": GatewayErrorMessage;
  "pong": GatewayPongMessage;
}

/** Every message on channel `gatewayEvents` (/api/internal/v1/ws/gateways/connect), client → server. */
export type GatewayEventsClientMessage = GatewayAckMessage | GatewayPingMessage;

/** Messages on channel `gatewayEvents` (/api/internal/v1/ws/gateways/connect), client → server, by `type`. */
export interface GatewayEventsClientMessageMap {
  "ack": GatewayAckMessage;
  "ping": GatewayPingMessage;
}
