import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Latency buckets (seconds) shared by HTTP, database and Redis histograms. */
const LATENCY_BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Buckets for long-lived things: connections, sessions, delivery lag. */
const LONG_BUCKETS = [0.1, 1, 5, 15, 60, 300, 900, 3600, 14400, 86400];

/**
 * Every metric the server exposes, defined once, on a registry of its own.
 * Other modules take what they need from here; nothing registers on prom-client's global registry.
 *
 * Label values must stay bounded: route templates (`/v1/sessions/:id`), never raw paths;
 * org ids, never keys or tokens.
 *
 * @example
 * const metrics = createMetrics();
 * metrics.httpRequestsTotal.inc({ method: 'GET', route: '/health', status: '200' });
 * res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
 */
export function createMetrics(options: { defaultMetrics?: boolean } = {}) {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) {
    collectDefaultMetrics({ register: registry });
    // Gauges named *_total break Prometheus naming rules (promtool flags them); the per-type
    // gauges nodejs_active_handles/requests/resources carry the same numbers.
    for (const name of [
      'nodejs_active_handles_total',
      'nodejs_active_requests_total',
      'nodejs_active_resources_total',
    ]) {
      registry.removeSingleMetric(name);
    }
  }
  const registers = [registry];

  const metrics = {
    registry,

    // Seed 000/001 names, kept for existing dashboards.
    /** Active WebSocket connections on every channel. */
    connectedClients: new Gauge({
      name: 'goclaw_connected_clients',
      help: 'Current number of active WebSocket connections',
      registers,
    }),
    /** WebSocket messages; direction in|out, type = message type. */
    messagesTotal: new Counter({
      name: 'goclaw_messages_total',
      help: 'Total WebSocket messages processed',
      labelNames: ['direction', 'type'] as const,
      registers,
    }),
    /** Errors by type (error code or a short class such as auth, protocol, rate_limit). */
    errorsTotal: new Counter({
      name: 'goclaw_errors_total',
      help: 'Total errors encountered, by type',
      labelNames: ['type'] as const,
      registers,
    }),

    // HTTP
    /** Open HTTP(S) connections, WebSockets included (the `CLAWGATE_MAX_CONNECTIONS` cap counts these). */
    httpConnectionsOpen: new Gauge({
      name: 'clawgate_http_connections_open',
      help: 'Open HTTP(S) connections, WebSocket connections included',
      registers,
    }),
    httpRequestsTotal: new Counter({
      name: 'http_requests_total',
      help: 'Total HTTP requests, by method, route template and status',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpRequestDurationSeconds: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency in seconds',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    /** HTTP responses with status >= 400; code = error code from the registry. */
    httpRequestErrorsTotal: new Counter({
      name: 'http_request_errors_total',
      help: 'HTTP requests answered with an error, by error code',
      labelNames: ['method', 'route', 'code'] as const,
      registers,
    }),

    // Idempotency-Key; operation = operationId from the spec (bounded by the spec)
    /** Requests answered with the recorded response of an earlier request with the same key. */
    idempotentReplaysTotal: new Counter({
      name: 'clawgate_idempotent_replays_total',
      help: 'Requests answered by replaying the response recorded under their Idempotency-Key',
      labelNames: ['operation'] as const,
      registers,
    }),
    /** Requests refused because of their key; reason = in_flight|reused|secret_withheld|claim_lost. */
    idempotencyConflictsTotal: new Counter({
      name: 'clawgate_idempotency_conflicts_total',
      help: 'Requests refused because of their Idempotency-Key, by reason',
      labelNames: ['operation', 'reason'] as const,
      registers,
    }),

    // WebSocket transport; channel = 'client' (/ws) or 'gateway' (event channel)
    websocketConnectionsActive: new Gauge({
      name: 'websocket_connections_active',
      help: 'Active WebSocket connections, by channel',
      labelNames: ['channel'] as const,
      registers,
    }),
    websocketMessagesTotal: new Counter({
      name: 'websocket_messages_total',
      help: 'WebSocket messages, by channel, direction (in|out) and type',
      labelNames: ['channel', 'direction', 'type'] as const,
      registers,
    }),
    websocketConnectionDurationSeconds: new Histogram({
      name: 'websocket_connection_duration_seconds',
      help: 'How long WebSocket connections stayed open, in seconds',
      labelNames: ['channel'] as const,
      buckets: LONG_BUCKETS,
      registers,
    }),

    // Gateway event delivery
    gatewayEventsSentTotal: new Counter({
      name: 'gateway_events_sent_total',
      help: 'Gateway events sent over the event channel, by event type',
      labelNames: ['type'] as const,
      registers,
    }),
    gatewayEventDeliveryFailuresTotal: new Counter({
      name: 'gateway_event_delivery_failures_total',
      help: 'Gateway event deliveries that failed, by reason',
      labelNames: ['reason'] as const,
      registers,
    }),
    /** Time from an event being written to the log to its send on a connection. */
    gatewayEventDeliveryLagSeconds: new Histogram({
      name: 'gateway_event_delivery_lag_seconds',
      help: 'Delay between an event being recorded and being sent to a gateway, in seconds',
      buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
      registers,
    }),

    // Sessions, by organization tier
    sessionsActive: new Gauge({
      name: 'sessions_active',
      help: 'Active sessions, by tier',
      labelNames: ['tier'] as const,
      registers,
    }),
    sessionsTotal: new Counter({
      name: 'sessions_total',
      help: 'Sessions created, by tier',
      labelNames: ['tier'] as const,
      registers,
    }),
    sessionDurationSeconds: new Histogram({
      name: 'session_duration_seconds',
      help: 'Session lifetime in seconds, by tier',
      labelNames: ['tier'] as const,
      buckets: LONG_BUCKETS,
      registers,
    }),

    // Skills; skill = registered skill name (bounded by the registry)
    skillExecutionsTotal: new Counter({
      name: 'skill_executions_total',
      help: 'Skill executions, by skill and status (success|error|timeout)',
      labelNames: ['skill', 'status'] as const,
      registers,
    }),
    skillExecutionDurationSeconds: new Histogram({
      name: 'skill_execution_duration_seconds',
      help: 'Skill execution time in seconds',
      labelNames: ['skill'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    skillExecutionErrorsTotal: new Counter({
      name: 'skill_execution_errors_total',
      help: 'Failed skill executions, by skill and error type',
      labelNames: ['skill', 'type'] as const,
      registers,
    }),

    // Database; backend = postgres|pglite, operation = select|insert|update|delete|other|…
    databaseQueryDurationSeconds: new Histogram({
      name: 'database_query_duration_seconds',
      help: 'Database query latency in seconds',
      labelNames: ['backend', 'operation'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    databaseErrorsTotal: new Counter({
      name: 'database_errors_total',
      help: 'Database queries that failed',
      labelNames: ['backend', 'operation'] as const,
      registers,
    }),

    // Redis; command = lower-case command name
    redisCommandDurationSeconds: new Histogram({
      name: 'redis_command_duration_seconds',
      help: 'Redis command latency in seconds',
      labelNames: ['command'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    redisErrorsTotal: new Counter({
      name: 'redis_errors_total',
      help: 'Redis commands that failed',
      labelNames: ['command'] as const,
      registers,
    }),

    // Quotas (quota = sessions|messages|concurrent_sessions|ws_connections|skills_per_session)
    quotaUsage: new Gauge({
      name: 'quota_usage',
      help: 'Current usage of a quota, by organization and quota',
      labelNames: ['org_id', 'quota'] as const,
      registers,
    }),
    quotaLimit: new Gauge({
      name: 'quota_limit',
      help: 'Limit of a quota, by organization and quota',
      labelNames: ['org_id', 'quota'] as const,
      registers,
    }),
    quotaExceededTotal: new Counter({
      name: 'quota_exceeded_total',
      help: 'Requests refused because a quota was exhausted',
      labelNames: ['tier', 'quota'] as const,
      registers,
    }),

    // Rate limits; limiter = org_api|ws_handshake|gateway_handshake|…
    rateLimitHitsTotal: new Counter({
      name: 'rate_limit_hits_total',
      help: 'Requests refused by a rate limiter',
      labelNames: ['limiter', 'tier'] as const,
      registers,
    }),
    /** Per-minute limits fail open to a local limiter when Redis is down. */
    rateLimitFallbackTotal: new Counter({
      name: 'rate_limit_fallback_total',
      help: 'Rate-limit decisions taken by the local fallback because the shared store failed',
      labelNames: ['limiter'] as const,
      registers,
    }),
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
