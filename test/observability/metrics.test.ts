import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { Redis } from 'ioredis';
import { createMetrics } from '../../src/observability/metrics.js';
import { instrumentRedis } from '../../src/observability/redis-metrics.js';
import { IN_CI, requireRedis } from '../support/services.js';

/** The metric names existing dashboards rely on (names are an API), plus the delivery-lag histogram. */
const REQUIRED = [
  'goclaw_connected_clients',
  'goclaw_messages_total',
  'goclaw_errors_total',
  'http_requests_total',
  'http_request_duration_seconds',
  'http_request_errors_total',
  'websocket_connections_active',
  'websocket_messages_total',
  'websocket_connection_duration_seconds',
  'gateway_events_sent_total',
  'gateway_event_delivery_failures_total',
  'gateway_event_delivery_lag_seconds',
  'sessions_active',
  'sessions_total',
  'skill_executions_total',
  'skill_execution_duration_seconds',
  'skill_execution_errors_total',
  'database_query_duration_seconds',
  'database_errors_total',
  'redis_command_duration_seconds',
  'redis_errors_total',
  'quota_usage',
  'quota_limit',
  'quota_exceeded_total',
  'rate_limit_hits_total',
];

function sampleEverything(metrics: ReturnType<typeof createMetrics>): void {
  metrics.connectedClients.set(3);
  metrics.messagesTotal.inc({ direction: 'in', type: 'message.send' });
  metrics.errorsTotal.inc({ type: 'validation_failed' });
  metrics.httpRequestsTotal.inc({ method: 'GET', route: '/v1/sessions/:sessionId', status: '200' });
  metrics.httpRequestDurationSeconds.observe({ method: 'GET', route: '/v1/sessions/:sessionId', status: '200' }, 0.012);
  metrics.httpRequestErrorsTotal.inc({ method: 'POST', route: '/v1/orgs', code: 'validation_failed' });
  metrics.websocketConnectionsActive.set({ channel: 'client' }, 2);
  metrics.websocketMessagesTotal.inc({ channel: 'gateway', direction: 'out', type: 'api.deployed' });
  metrics.websocketConnectionDurationSeconds.observe({ channel: 'client' }, 42);
  metrics.gatewayEventsSentTotal.inc({ type: 'api.deployed' });
  metrics.gatewayEventDeliveryFailuresTotal.inc({ reason: 'send_failed' });
  metrics.gatewayEventDeliveryLagSeconds.observe(0.02);
  metrics.sessionsActive.set({ tier: 'teams' }, 4);
  metrics.sessionsTotal.inc({ tier: 'teams' });
  metrics.sessionDurationSeconds.observe({ tier: 'teams' }, 120);
  metrics.skillExecutionsTotal.inc({ skill: 'echo', status: 'success' });
  metrics.skillExecutionDurationSeconds.observe({ skill: 'echo' }, 0.003);
  metrics.skillExecutionErrorsTotal.inc({ skill: 'echo', type: 'timeout' });
  metrics.databaseQueryDurationSeconds.observe({ backend: 'pglite', operation: 'select' }, 0.001);
  metrics.databaseErrorsTotal.inc({ backend: 'pglite', operation: 'insert' });
  metrics.redisCommandDurationSeconds.observe({ command: 'get' }, 0.0005);
  metrics.redisErrorsTotal.inc({ command: 'eval' });
  metrics.quotaUsage.set({ org_id: 'b6d0…', quota: 'sessions' }, 80);
  metrics.quotaLimit.set({ org_id: 'b6d0…', quota: 'sessions' }, 100);
  metrics.quotaExceededTotal.inc({ tier: 'open_source', quota: 'messages' });
  metrics.rateLimitHitsTotal.inc({ limiter: 'org_api', tier: 'teams' });
  metrics.rateLimitFallbackTotal.inc({ limiter: 'org_api' });
}

describe('createMetrics', () => {
  it('exposes every documented metric name once, plus the process defaults', async () => {
    const metrics = createMetrics();
    sampleEverything(metrics);
    const text = await metrics.registry.metrics();
    for (const name of REQUIRED) {
      expect(text.match(new RegExp(`^# TYPE ${name} `, 'gm')), name).to.have.length(1);
    }
    expect(text).to.match(/^# TYPE process_cpu_user_seconds_total counter/m);
    expect(text).to.match(/^# TYPE nodejs_heap_size_used_bytes gauge/m);
    expect(text).to.include('http_requests_total{method="GET",route="/v1/sessions/:sessionId",status="200"} 1');
  });

  it('builds independent registries (no global state), so two apps in one process do not clash', async () => {
    const a = createMetrics({ defaultMetrics: false });
    const b = createMetrics({ defaultMetrics: false });
    a.errorsTotal.inc({ type: 'x' });
    expect(await a.registry.metrics()).to.include('goclaw_errors_total{type="x"} 1');
    expect(await b.registry.metrics()).not.to.include('goclaw_errors_total{type="x"}');
  });

  it('produces text that `promtool check metrics` accepts without complaints', async function () {
    const promtool = spawnSync('promtool', ['--version']);
    if (promtool.error !== undefined) {
      if (IN_CI) throw new Error('promtool is required when CI=true (Debian package prometheus)');
      this.skip();
    }
    const metrics = createMetrics();
    sampleEverything(metrics);
    const check = spawnSync('promtool', ['check', 'metrics'], {
      input: await metrics.registry.metrics(),
      encoding: 'utf8',
    });
    expect(check.stdout + check.stderr).to.equal('');
    expect(check.status).to.equal(0);
  });
});

describe('instrumentRedis', () => {
  it('measures each command and counts the failed ones', async function () {
    const url = requireRedis(this);
    const metrics = createMetrics({ defaultMetrics: false });
    const client = instrumentRedis(new Redis(url, { disableClientInfo: true }), metrics);
    try {
      await client.ping();
      await client.set('clawgate-test:instrumented', 'x', 'PX', 1000);
      await client.incr('clawgate-test:instrumented').catch(() => undefined); // not an integer: fails
      const text = await metrics.registry.metrics();
      expect(text).to.match(/^redis_command_duration_seconds_count\{command="ping"\} [1-9]\d*$/m);
      expect(text).to.match(/^redis_command_duration_seconds_count\{command="set"\} 1$/m);
      expect(text).to.match(/^redis_errors_total\{command="incr"\} 1$/m);
      expect(text.match(/^redis_errors_total\{/gm), 'only the failed command is an error').to.have.length(1);
    } finally {
      await client.quit();
    }
  });
});
