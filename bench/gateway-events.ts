/**
 * Gateway event delivery benchmark (targets in docs/performance.md).
 *
 *   npm run bench:events -- [--gateways 1000] [--rate 100] [--duration 10] [--database-url URL] [--redis-url URL]
 *
 * 1. clawgate runs as a child process (embedded PGlite in a fresh state dir unless --database-url).
 * 2. N gateways are registered through the REST API and each opens its event-channel WebSocket
 *    (`api-key` header), waiting for `connection.ack`.
 * 3. A deployment burst, open loop: `rate` deployments per second for `duration` seconds, event k
 *    going to gateway k mod N (`POST /api/internal/v1/apis/{apiId}/deployments`). Every frame
 *    received is matched to its REST call by correlation id (the call's `X-Request-Id`) and
 *    acknowledged like a gateway would (`ack {seq}`). Latency = REST call start → frame received.
 * 4. BASELINE in the same run: a bare `ws` server (child process too) with the same number of bare
 *    clients writes frames of the same size at the same rate to the same targets; latency = send →
 *    receive (monotonic clock, shared by the processes).
 * Prints a table and the JSON result; exits 0 when every expected frame arrived, 1 otherwise.
 * Loopback only; bounded by --deadline (default 600 s).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type WebSocket from 'ws';
import {
  closeAll,
  defaultSourceAddresses,
  frameText,
  handshakeSummary,
  inPool,
  openClient,
  sourceAddress,
  type OpenedClient,
} from './support/clients.js';
import {
  deleteGateways,
  describeFailure,
  metricSum,
  registerGateways,
  startClawgate,
  type ClawgateBenchServer,
} from './support/clawgate.js';
import { choiceOption, hardDeadline, intOption, runBench, sleep, stringOption, waitUntil } from './support/options.js';
import type { ProcessUsage } from './support/protocol.js';
import { summarizeProfile, type ProfileShare } from './support/cpu-profile.js';
import { loadAtStart, machineInfo } from './support/machine.js';
import { spawnServer } from './support/server-child.js';
import { ratio, round, summarize, table, type LatencySummary } from './support/stats.js';

/** Quiet period before the burst in which the server's CPU is read. */
const IDLE_MS = 5_000;

const USAGE = `Usage: npm run bench:events -- [options]

  --gateways N                 gateways registered and connected (default 1000)
  --connections-per-gateway C  event-channel connections per gateway (default 1)
  --rate R                     deployments per second in the burst (default 100)
  --duration S                 burst length in seconds (default 10)
  --warmup W                   deployments before the measured burst, not counted (default 20)
  --max-in-flight M            REST calls in flight at most; past it the load waits (default 256)
  --drain-timeout S            how long to wait for the last frames after the burst (default 30)
  --database-url URL           use this PostgreSQL instead of embedded PGlite (gateways are deleted after)
  --redis-url URL              use this Redis (a fresh key prefix per run)
  --node-env ENV               NODE_ENV of the server: production (default), development or test
  --only clawgate|baseline     run one side only
  --source-addresses K         spread clients over 127.0.0.1..K (default: 1 per 20,000 connections)
  --json FILE                  also write the JSON result to FILE
  --deadline S                 stop whatever happens after S seconds (default 600)
  --cpu-profile                CPU-profile each server during the burst; print self time by package
  --keep                       keep the work dir (server log, PGlite data)
`;

interface Options {
  gateways: number;
  connectionsPerGateway: number;
  rate: number;
  durationS: number;
  warmup: number;
  maxInFlight: number;
  drainTimeoutS: number;
  databaseUrl?: string;
  redisUrl?: string;
  nodeEnv: 'production' | 'development' | 'test';
  only?: 'clawgate' | 'baseline';
  sourceAddresses: number;
  json?: string;
  deadlineS: number;
  keep: boolean;
  cpuProfile: boolean;
}

/** What one side of the comparison measured. */
interface BurstResult {
  system: 'clawgate' | 'baseline';
  connections: number;
  events: number;
  offeredRatePerS: number;
  expectedFrames: number;
  deliveredFrames: number;
  missingFrames: number;
  duplicateFrames: number;
  /** frames delivered / (last frame received − burst start) */
  deliveredFramesPerS: number;
  /** events whose every frame arrived / same window */
  deliveredEventsPerS: number;
  /** ms; clawgate: REST call start → frame received; baseline: send → receive */
  endToEnd: LatencySummary;
  /** clawgate only: REST call start → response */
  rest?: LatencySummary;
  restFailures?: Record<string, number>;
  frameBytes: number;
  schedulerLagMaxMs: number;
  /** times the load had to wait because --max-in-flight calls were pending */
  throttled?: number;
  /** server CPU time during the burst and drain, as % of one core */
  serverCpuPercent: number;
  serverCpuMsPerEvent: number;
  serverRssMiB: number;
  /** server CPU with every connection open and no events, as % of one core (heartbeats, polling) */
  idleCpuPercent: number;
  setup: { registerMs?: number; connectMs: number; handshake: LatencySummary };
  errorFrames: string[];
  unexpectedCloses: string[];
  /** --cpu-profile: the server's self time during burst and drain, by package/folder */
  cpuProfile?: ProfileShare[];
  /** clawgate only: the server's own counters after the run */
  serverCounters?: Record<string, number | undefined>;
}

interface Unavailable {
  system: 'clawgate' | 'baseline';
  unavailable: string;
}

/** Matches received frames to the events they belong to and keeps the samples. */
class DeliveryRecorder {
  readonly latencies: number[] = [];
  readonly frameSizes: number[] = [];
  readonly errorFrames: string[] = [];
  readonly unexpectedCloses: string[] = [];
  delivered = 0;
  duplicates = 0;
  completedEvents = 0;
  lastReceivedAt = 0;
  private readonly expected = new Map<string, { startedAt: number; remaining: number }>();

  constructor(private readonly measuredPrefix: string) {}

  /** Called before the event is caused; `startedAt` NaN when the latency comes from the frame. */
  expect(correlationId: string, startedAt: number, frames: number): void {
    this.expected.set(correlationId, { startedAt, remaining: frames });
  }

  get missing(): number {
    let missing = 0;
    for (const [id, entry] of this.expected) if (id.startsWith(this.measuredPrefix)) missing += entry.remaining;
    return missing;
  }

  receive(
    seen: Set<string>,
    correlationId: unknown,
    receivedAt: number,
    bytes: number,
    latencyFromFrame?: number,
  ): void {
    if (typeof correlationId !== 'string') return;
    const entry = this.expected.get(correlationId);
    this.frameSizes.push(bytes);
    if (entry === undefined || !correlationId.startsWith(this.measuredPrefix)) return;
    if (seen.has(correlationId)) {
      this.duplicates++;
      return;
    }
    seen.add(correlationId);
    this.delivered++;
    this.lastReceivedAt = Math.max(this.lastReceivedAt, receivedAt);
    this.latencies.push(latencyFromFrame ?? receivedAt - entry.startedAt);
    entry.remaining--;
    if (entry.remaining === 0) this.completedEvents++;
  }
}

interface GatewayClient extends OpenedClient {
  seen: Set<string>;
}

/** Wires a connected client: record every event frame, acknowledge what carries a `seq`. */
function listen(
  client: GatewayClient,
  recorder: DeliveryRecorder,
  latencyFromFrame: boolean,
  closing: { value: boolean },
): void {
  const { ws } = client;
  ws.on('message', (data: WebSocket.RawData) => {
    const receivedAt = performance.now();
    const text = frameText(data);
    let frame: { type?: string; seq?: number; correlationId?: unknown; payload?: { code?: string; message?: string } };
    try {
      frame = JSON.parse(text) as typeof frame;
    } catch {
      recorder.errorFrames.push(`not JSON: ${text.slice(0, 80)}`);
      return;
    }
    if (frame.type === 'api.deployed') {
      let correlationId = frame.correlationId;
      let fromFrame: number | undefined;
      if (latencyFromFrame && typeof correlationId === 'string') {
        // baseline frames: `<prefix><k>~<monotonic send time, ns>`
        const [id, sentAt] = correlationId.split('~');
        correlationId = id;
        if (sentAt !== undefined) fromFrame = Number(process.hrtime.bigint() - BigInt(sentAt)) / 1e6;
      }
      recorder.receive(client.seen, correlationId, receivedAt, Buffer.byteLength(text), fromFrame);
    } else if (frame.type === 'error' && recorder.errorFrames.length < 20) {
      recorder.errorFrames.push(`${frame.payload?.code ?? '?'}: ${frame.payload?.message ?? ''}`);
    }
    if (typeof frame.seq === 'number')
      ws.send(JSON.stringify({ type: 'ack', timestamp: new Date().toISOString(), payload: { seq: frame.seq } }));
  });
  ws.on('close', (code, reason) => {
    if (!closing.value && recorder.unexpectedCloses.length < 20)
      recorder.unexpectedCloses.push(`${code} ${reason.toString()}`);
  });
}

function cpuMs(before: ProcessUsage, after: ProcessUsage): number {
  return (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
}

function serverCpu(before: ProcessUsage, after: ProcessUsage, wallMs: number, events: number) {
  const used = cpuMs(before, after);
  return { serverCpuPercent: round((used / wallMs) * 100, 1), serverCpuMsPerEvent: round(used / events, 3) };
}

/** Server CPU over `ms` of quiet, as % of one core. */
async function idleCpu(server: { usage(collectGarbage: boolean): Promise<ProcessUsage> }, ms: number): Promise<number> {
  const before = await server.usage(false);
  const started = performance.now();
  await sleep(ms);
  const after = await server.usage(false);
  return round((cpuMs(before, after) / (performance.now() - started)) * 100, 1);
}

/** Open-loop schedule: call `fire(k)` at start + k/rate; waits only when `maxInFlight` calls are pending. */
async function playSchedule(count: number, rate: number, maxInFlight: number, fire: (k: number) => Promise<unknown>) {
  const start = performance.now();
  const pending = new Set<Promise<unknown>>();
  let lagMax = 0;
  let throttled = 0;
  for (let k = 0; k < count; k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    if (pending.size >= maxInFlight) {
      throttled++;
      while (pending.size >= maxInFlight) await Promise.race(pending);
    }
    lagMax = Math.max(lagMax, performance.now() - due);
    const call = fire(k).finally(() => pending.delete(call));
    pending.add(call);
  }
  await Promise.allSettled(pending);
  return { startedAt: start, schedulerLagMaxMs: round(lagMax, 2), throttled };
}

async function runClawgate(options: Options, workDir: string, runId: string): Promise<BurstResult | Unavailable> {
  const connections = options.gateways * options.connectionsPerGateway;
  log(
    `clawgate: starting the server (${options.databaseUrl === undefined ? 'embedded PGlite' : 'PostgreSQL'}${options.redisUrl === undefined ? '' : ' + Redis'}, NODE_ENV=${options.nodeEnv})`,
  );
  let target: ClawgateBenchServer;
  try {
    target = await startClawgate({
      workDir,
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      maxConnections: connections + 100,
      nodeEnv: options.nodeEnv,
    });
  } catch (err) {
    return { system: 'clawgate', unavailable: `server did not start: ${describeFailure(err)}` };
  }
  const { server, client, wsUrl } = target;
  const closing = { value: false };
  let clients: GatewayClient[] = [];
  let gatewayIds: string[] = [];
  let apiId: string | undefined;
  try {
    // 1. One API, N gateways.
    let api: { id: string; revisionId: string };
    try {
      api = await client.createApi({
        body: {
          name: `bench-${runId}`,
          contextPath: '/bench',
          version: 'v1',
          upstreams: [{ url: 'http://127.0.0.1:9', weight: 1 }],
        },
      });
      apiId = api.id;
    } catch (err) {
      return { system: 'clawgate', unavailable: `createApi failed: ${describeFailure(err)}` };
    }
    log(`clawgate: registering ${options.gateways} gateways`);
    let registered;
    try {
      registered = await registerGateways(client, options.gateways, runId);
    } catch (err) {
      return { system: 'clawgate', unavailable: `registerGateway failed: ${describeFailure(err)}` };
    }
    gatewayIds = registered.ids;

    // 2. Every gateway connects (bounded concurrency), each waits for connection.ack.
    const recorder = new DeliveryRecorder('run-');
    log(`clawgate: opening ${connections} gateway connections`);
    const connectStarted = performance.now();
    try {
      clients = await inPool(connections, 64, async (index) => {
        const gateway = index % options.gateways;
        const opened = await openClient({
          url: wsUrl,
          headers: { 'api-key': registered.apiKeys[gateway] as string },
          localAddress: sourceAddress(index, options.sourceAddresses),
        });
        const gatewayClient: GatewayClient = { ...opened, seen: new Set() };
        listen(gatewayClient, recorder, false, closing);
        return gatewayClient;
      });
    } catch (err) {
      return { system: 'clawgate', unavailable: `gateway connections failed: ${describeFailure(err)}` };
    }
    const connectMs = performance.now() - connectStarted;
    const handshake = handshakeSummary(clients);
    log(`clawgate: ${IDLE_MS / 1000} s with every connection idle`);
    const idleCpuPercent = await idleCpu(server, IDLE_MS);

    // 3. Warm-up (not counted), then the measured burst.
    const deploy = (prefix: string, k: number) => {
      const gateway = k % options.gateways;
      const correlationId = `${prefix}${runId}-${k}`;
      const startedAt = performance.now();
      recorder.expect(correlationId, startedAt, options.connectionsPerGateway);
      return client
        .deployApi({
          params: { apiId: api.id },
          body: {
            gatewayId: gatewayIds[gateway] as string,
            revisionId: api.revisionId,
            vhost: 'bench.example.com',
            environment: 'production',
          },
          headers: { 'X-Request-Id': correlationId },
        })
        .then(() => performance.now() - startedAt);
    };
    if (options.warmup > 0) {
      log(`clawgate: warm-up, ${options.warmup} deployments`);
      await playSchedule(options.warmup, Math.min(options.rate, 50), options.maxInFlight, (k) =>
        deploy('warm-', k).catch(() => {}),
      );
      await sleep(500);
    }
    const events = Math.round(options.rate * options.durationS);
    log(`clawgate: burst of ${events} deployments at ${options.rate}/s`);
    const restLatencies: number[] = [];
    const restFailures: Record<string, number> = {};
    if (options.cpuProfile) await server.startProfile();
    const usageBefore = await server.usage(false);
    const schedule = await playSchedule(events, options.rate, options.maxInFlight, (k) =>
      deploy('run-', k).then(
        (ms) => restLatencies.push(ms),
        (err: unknown) => {
          const reason = describeFailure(err);
          restFailures[reason] = (restFailures[reason] ?? 0) + 1;
        },
      ),
    );
    const failedEvents = Object.values(restFailures).reduce((sum, n) => sum + n, 0);
    const expectedFrames = events * options.connectionsPerGateway;
    await waitUntil(
      () => recorder.delivered >= expectedFrames - failedEvents * options.connectionsPerGateway,
      options.drainTimeoutS * 1000,
    );
    const usageAfter = await server.usage(false);
    const cpuProfile = options.cpuProfile ? summarizeProfile(await server.stopProfile()) : undefined;
    const windowMs = Math.max(1, recorder.lastReceivedAt - schedule.startedAt);
    const metrics = await client.getMetrics().catch(() => '');
    return {
      system: 'clawgate',
      connections,
      events,
      offeredRatePerS: options.rate,
      expectedFrames,
      deliveredFrames: recorder.delivered,
      missingFrames: expectedFrames - recorder.delivered,
      duplicateFrames: recorder.duplicates,
      deliveredFramesPerS: round((recorder.delivered / windowMs) * 1000, 1),
      deliveredEventsPerS: round((recorder.completedEvents / windowMs) * 1000, 1),
      endToEnd: roundSummary(summarize(recorder.latencies)),
      rest: roundSummary(summarize(restLatencies)),
      restFailures,
      frameBytes: median(recorder.frameSizes),
      schedulerLagMaxMs: schedule.schedulerLagMaxMs,
      throttled: schedule.throttled,
      ...serverCpu(usageBefore, usageAfter, performance.now() - schedule.startedAt, events),
      serverRssMiB: round(usageAfter.memory.rss / 2 ** 20, 1),
      idleCpuPercent,
      setup: {
        registerMs: Math.round(registered.elapsedMs),
        connectMs: Math.round(connectMs),
        handshake: roundSummary(handshake),
      },
      errorFrames: recorder.errorFrames,
      unexpectedCloses: recorder.unexpectedCloses,
      ...(cpuProfile === undefined ? {} : { cpuProfile }),
      serverCounters: {
        gateway_events_sent_total: metricSum(metrics, 'gateway_events_sent_total'),
        gateway_event_delivery_failures_total: metricSum(metrics, 'gateway_event_delivery_failures_total'),
        websocket_connections_active: metricSum(metrics, 'websocket_connections_active'),
      },
    };
  } finally {
    closing.value = true;
    await closeAll(clients);
    if (options.databaseUrl !== undefined && gatewayIds.length > 0) {
      const failed = await deleteGateways(client, gatewayIds);
      if (failed > 0) log(`clawgate: ${failed} bench gateways could not be deleted from the shared database`);
    }
    if (options.databaseUrl !== undefined && apiId !== undefined) {
      await client
        .deleteApi({ params: { apiId } })
        .catch((err: unknown) => log(`clawgate: the bench API could not be deleted: ${describeFailure(err)}`));
    }
    await server.stop();
  }
}

async function runBaseline(options: Options, workDir: string, frameBytes: number): Promise<BurstResult | Unavailable> {
  const connections = options.gateways * options.connectionsPerGateway;
  log(`baseline: starting a bare ws server, ${connections} bare clients`);
  const server = await spawnServer({ mode: 'baseline', logFile: path.join(workDir, 'baseline.out') });
  const closing = { value: false };
  let clients: GatewayClient[] = [];
  try {
    const recorder = new DeliveryRecorder('run-');
    const wsUrl = server.url.replace(/^http/, 'ws');
    const connectStarted = performance.now();
    clients = await inPool(connections, 64, async (index) => {
      const opened = await openClient({
        url: `${wsUrl}/?g=${index % options.gateways}`,
        localAddress: sourceAddress(index, options.sourceAddresses),
      });
      const client: GatewayClient = { ...opened, seen: new Set() };
      listen(client, recorder, true, closing);
      return client;
    });
    const connectMs = performance.now() - connectStarted;
    const idleCpuPercent = await idleCpu(server, IDLE_MS);
    const plan = { rate: options.rate, frameBytes, groups: options.gateways };
    if (options.warmup > 0) {
      await server.burst({ ...plan, rate: Math.min(options.rate, 50), count: options.warmup, prefix: 'warm-' });
      await sleep(500);
    }
    const events = Math.round(options.rate * options.durationS);
    for (let k = 0; k < events; k++) recorder.expect(`run-${k}`, Number.NaN, options.connectionsPerGateway);
    log(`baseline: burst of ${events} frames at ${options.rate}/s, ${frameBytes} bytes each`);
    if (options.cpuProfile) await server.startProfile();
    const usageBefore = await server.usage(false);
    const startedAt = performance.now();
    const report = await server.burst({ ...plan, count: events, prefix: 'run-' });
    const expectedFrames = events * options.connectionsPerGateway;
    await waitUntil(() => recorder.delivered >= expectedFrames, options.drainTimeoutS * 1000);
    const usageAfter = await server.usage(false);
    const cpuProfile = options.cpuProfile ? summarizeProfile(await server.stopProfile()) : undefined;
    const windowMs = Math.max(1, recorder.lastReceivedAt - startedAt);
    return {
      system: 'baseline',
      connections,
      events,
      offeredRatePerS: options.rate,
      expectedFrames,
      deliveredFrames: recorder.delivered,
      missingFrames: expectedFrames - recorder.delivered,
      duplicateFrames: recorder.duplicates,
      deliveredFramesPerS: round((recorder.delivered / windowMs) * 1000, 1),
      deliveredEventsPerS: round((recorder.completedEvents / windowMs) * 1000, 1),
      endToEnd: roundSummary(summarize(recorder.latencies)),
      frameBytes: report.frameBytes,
      schedulerLagMaxMs: round(report.schedulerLagMaxMs, 2),
      ...serverCpu(usageBefore, usageAfter, performance.now() - startedAt, events),
      serverRssMiB: round(usageAfter.memory.rss / 2 ** 20, 1),
      idleCpuPercent,
      setup: { connectMs: Math.round(connectMs), handshake: roundSummary(handshakeSummary(clients)) },
      errorFrames: recorder.errorFrames,
      unexpectedCloses: recorder.unexpectedCloses,
      ...(cpuProfile === undefined ? {} : { cpuProfile }),
    };
  } catch (err) {
    return { system: 'baseline', unavailable: describeFailure(err) };
  } finally {
    closing.value = true;
    await closeAll(clients);
    await server.stop();
  }
}

function roundSummary(summary: LatencySummary): LatencySummary {
  return {
    count: summary.count,
    min: round(summary.min),
    p50: round(summary.p50),
    p95: round(summary.p95),
    p99: round(summary.p99),
    max: round(summary.max),
    mean: round(summary.mean),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function isResult(value: BurstResult | Unavailable | undefined): value is BurstResult {
  return value !== undefined && !('unavailable' in value);
}

function report(
  options: Options,
  clawgate: BurstResult | Unavailable | undefined,
  baseline: BurstResult | Unavailable | undefined,
): { text: string; json: object } {
  const c = isResult(clawgate) ? clawgate : undefined;
  const b = isResult(baseline) ? baseline : undefined;
  const row = (label: string, pick: (r: BurstResult) => number | undefined, compare = true) => {
    const cv = c === undefined ? undefined : pick(c);
    const bv = b === undefined ? undefined : pick(b);
    return [label, cv, bv, compare ? ratio(cv, bv) : null];
  };
  const rows = [
    ['', 'clawgate', 'baseline', 'ratio'],
    row('connections', (r) => r.connections, false),
    row('events (offered rate/s)', (r) => r.offeredRatePerS, false),
    row('frame bytes', (r) => r.frameBytes, false),
    row('frames delivered', (r) => r.deliveredFrames, false),
    row('frames missing', (r) => r.missingFrames, false),
    row('duplicate frames', (r) => r.duplicateFrames, false),
    row('delivered frames/s', (r) => r.deliveredFramesPerS),
    row('e2e latency p50 ms', (r) => r.endToEnd.p50),
    row('e2e latency p95 ms', (r) => r.endToEnd.p95),
    row('e2e latency p99 ms', (r) => r.endToEnd.p99),
    row('e2e latency max ms', (r) => r.endToEnd.max),
    row('REST call p50 ms', (r) => r.rest?.p50, false),
    row('REST call p99 ms', (r) => r.rest?.p99, false),
    row('server CPU % of a core', (r) => r.serverCpuPercent),
    row('server CPU ms / event', (r) => r.serverCpuMsPerEvent),
    row('server RSS MiB', (r) => r.serverRssMiB),
    row(`idle server CPU % (${IDLE_MS / 1000} s, no events)`, (r) => r.idleCpuPercent),
    row('connect all (ms)', (r) => r.setup.connectMs),
    row('handshake p99 ms', (r) => r.setup.handshake.p99),
  ];
  const lines = [
    table(rows),
    `load average (1/5/15 min): ${loadAtStart().join(' ')} at start, ${os
      .loadavg()
      .map((n) => round(n, 2))
      .join(' ')} at end (${os.cpus().length} CPUs)`,
  ];
  for (const side of [clawgate, baseline])
    if (side !== undefined && !isResult(side)) lines.push(`${side.system}: not measured: ${side.unavailable}`);
  for (const side of [c, b]) {
    if (side === undefined) continue;
    if (side.restFailures !== undefined && Object.keys(side.restFailures).length > 0)
      lines.push(`${side.system}: REST failures ${JSON.stringify(side.restFailures)}`);
    if (side.errorFrames.length > 0)
      lines.push(`${side.system}: error frames ${JSON.stringify(side.errorFrames.slice(0, 5))}`);
    if (side.cpuProfile !== undefined) {
      lines.push(`${side.system}: server self time during the burst, by place:`);
      lines.push(
        table([
          ['place', 'self ms', '%'],
          ...side.cpuProfile.map((share) => [share.where, share.selfMs, share.percent]),
        ]),
      );
    }
    if (side.unexpectedCloses.length > 0)
      lines.push(`${side.system}: unexpected closes ${JSON.stringify(side.unexpectedCloses.slice(0, 5))}`);
  }
  const targets =
    c === undefined
      ? undefined
      : {
          connections: { target: 1000, measured: c.connections, met: c.connections >= 1000 },
          eventsPerSecond: {
            target: 100,
            offered: c.offeredRatePerS,
            delivered: c.deliveredEventsPerS,
            met: c.offeredRatePerS >= 100 && c.missingFrames === 0,
          },
          p99Ms: { target: 50, measured: c.endToEnd.p99, met: c.endToEnd.p99 < 50 },
        };
  if (targets !== undefined) {
    lines.push(
      `targets: ${targets.connections.met ? 'met' : 'NOT met'} ≥1,000 connections; ` +
        `${targets.eventsPerSecond.met ? 'met' : 'NOT met'} 100 events/s all delivered; ` +
        `${targets.p99Ms.met ? 'met' : 'NOT met'} p99 < 50 ms (${c?.endToEnd.p99} ms)`,
    );
  }
  const json = {
    bench: 'gateway-events',
    at: new Date().toISOString(),
    machine: machineInfo(),
    options,
    clawgate: clawgate ?? null,
    baseline: baseline ?? null,
    ratios: {
      p50: ratio(c?.endToEnd.p50, b?.endToEnd.p50),
      p99: ratio(c?.endToEnd.p99, b?.endToEnd.p99),
      deliveredFramesPerS: ratio(c?.deliveredFramesPerS, b?.deliveredFramesPerS),
      serverCpuMsPerEvent: ratio(c?.serverCpuMsPerEvent, b?.serverCpuMsPerEvent),
    },
    targets: targets ?? null,
  };
  return { text: lines.join('\n'), json };
}

function log(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

function parseOptions(argv: string[]): Options & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      gateways: { type: 'string' },
      'connections-per-gateway': { type: 'string' },
      rate: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      'max-in-flight': { type: 'string' },
      'drain-timeout': { type: 'string' },
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      'node-env': { type: 'string' },
      only: { type: 'string' },
      'source-addresses': { type: 'string' },
      json: { type: 'string' },
      deadline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'cpu-profile': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const gateways = intOption(values, 'gateways', 1000, 1);
  const connectionsPerGateway = intOption(values, 'connections-per-gateway', 1, 1);
  const only =
    values.only === undefined ? undefined : choiceOption(values, 'only', ['clawgate', 'baseline'] as const, 'clawgate');
  return {
    help: values.help === true,
    gateways,
    connectionsPerGateway,
    rate: intOption(values, 'rate', 100, 1),
    durationS: intOption(values, 'duration', 10, 1),
    warmup: intOption(values, 'warmup', 20, 0),
    maxInFlight: intOption(values, 'max-in-flight', 256, 1),
    drainTimeoutS: intOption(values, 'drain-timeout', 30, 1),
    databaseUrl: stringOption(values, 'database-url'),
    redisUrl: stringOption(values, 'redis-url'),
    nodeEnv: choiceOption(values, 'node-env', ['production', 'development', 'test'] as const, 'production'),
    only,
    sourceAddresses: intOption(values, 'source-addresses', defaultSourceAddresses(gateways * connectionsPerGateway), 1),
    json: stringOption(values, 'json'),
    deadlineS: intOption(values, 'deadline', 600, 10),
    keep: values.keep === true,
    cpuProfile: values['cpu-profile'] === true,
  };
}

async function main(settings: Omit<ReturnType<typeof parseOptions>, 'help'>): Promise<number> {
  hardDeadline(settings.deadlineS * 1000, 'bench:events');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clawgate-bench-'));
  const runId = randomBytes(4).toString('hex');
  log(`work dir ${workDir}`);
  try {
    const clawgate = settings.only === 'baseline' ? undefined : await runClawgate(settings, workDir, runId);
    // Same frame size as clawgate's api.deployed frames (or the natural size of the baseline's frame).
    const frameBytes = isResult(clawgate) ? clawgate.frameBytes : 0;
    const baseline = settings.only === 'clawgate' ? undefined : await runBaseline(settings, workDir, frameBytes);
    const { text, json } = report(settings, clawgate, baseline);
    process.stdout.write(`\n${text}\n\n${JSON.stringify(json, null, 2)}\n`);
    if (settings.json !== undefined) writeFileSync(settings.json, `${JSON.stringify(json, null, 2)}\n`);
    const sides = [clawgate, baseline].filter((side) => side !== undefined);
    return sides.every((side) => isResult(side) && side.missingFrames === 0) ? 0 : 1;
  } finally {
    if (settings.keep) log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

runBench('bench:events', USAGE, parseOptions, main);
