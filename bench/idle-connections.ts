/**
 * Memory per idle gateway connection (target: < 10 MB registry memory for
 * 1,000 connections).
 *
 *   npm run bench:idle -- [--connections 10000] [--sample 1000] [--database-url URL] [--redis-url URL]
 *
 * clawgate runs as a child process started with --expose-gc. After a warm-up (a few connections
 * opened and closed), the bench reads the child's memory after full garbage collections (over
 * IPC: `process.memoryUsage()`), opens `sample` idle gateway connections (`api-key` header, wait
 * for `connection.ack`), reads it again, opens the rest up to `connections`, reads it again.
 * Per-connection cost = delta / connections. The same is done against a bare `ws` server child
 * (BASELINE). `/metrics` `process_resident_memory_bytes` and `websocket_connections_active` of
 * clawgate are reported too, as a cross-check.
 *
 * Limits: each side holds `connections` sockets, so `ulimit -n` must exceed connections + ~200 in
 * this shell (`ulimit -n 65536` if it is lower; the hard limit may need root). Loopback ephemeral
 * ports (`/proc/sys/net/ipv4/ip_local_port_range`, ~28,000) are per destination; past 20,000
 * connections the clients bind to several 127.0.0.x source addresses (--source-addresses).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  closeAll,
  defaultSourceAddresses,
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
  metricValue,
  registerGateways,
  startClawgate,
} from './support/clawgate.js';
import { choiceOption, hardDeadline, intOption, runBench, sleep, stringOption } from './support/options.js';
import type { ProcessUsage } from './support/protocol.js';
import { loadAtStart, machineInfo } from './support/machine.js';
import { spawnServer, type ServerChild } from './support/server-child.js';
import { mib, round, table, type LatencySummary } from './support/stats.js';

const USAGE = `Usage: npm run bench:idle -- [options]

  --connections N          idle connections at the end (default 10000)
  --sample S               the first measurement point, e.g. the target's 1,000 (default 1000)
  --gateways G             gateways the connections are spread over (default min(N, 1000))
  --hold S                 seconds the connections stay idle before each measurement (default 5)
  --concurrency K          handshakes in flight (default 100)
  --database-url URL       use this PostgreSQL instead of embedded PGlite (gateways are deleted after)
  --redis-url URL          use this Redis (a fresh key prefix per run)
  --node-env ENV           NODE_ENV of the server: production (default), development or test
  --only clawgate|baseline run one side only
  --source-addresses K     spread clients over 127.0.0.1..K (default: 1 per 20,000 connections)
  --json FILE              also write the JSON result to FILE
  --deadline S             stop whatever happens after S seconds (default 900)
  --keep                   keep the work dir (server log, PGlite data)
`;

interface Options {
  connections: number;
  sample: number;
  gateways: number;
  holdS: number;
  concurrency: number;
  databaseUrl?: string;
  redisUrl?: string;
  nodeEnv: 'production' | 'development' | 'test';
  only?: 'clawgate' | 'baseline';
  sourceAddresses: number;
  json?: string;
  deadlineS: number;
  keep: boolean;
}

interface MemoryPoint {
  connections: number;
  heapUsedMiB: number;
  externalMiB: number;
  rssMiB: number;
  /** clawgate only, from /metrics (no GC before it) */
  metricsRssMiB?: number;
  /** clawgate only: what the server says is connected */
  serverActiveConnections?: number;
  /** server CPU while the connections sat idle before this reading, % of one core */
  idleCpuPercent?: number;
}

interface PerConnection {
  connections: number;
  /** (heapUsed + external) delta, KiB per connection */
  heapAndExternalKiB: number;
  heapKiB: number;
  rssKiB: number;
  /** (heapUsed + external) delta for this many connections, MiB */
  totalMiB: number;
}

interface IdleResult {
  system: 'clawgate' | 'baseline';
  points: MemoryPoint[];
  sample: PerConnection;
  /** absent when the run could not open every connection (see failedAfterSample) */
  all?: PerConnection;
  failedAfterSample?: string;
  connectMs: number;
  handshake: LatencySummary;
  closedWhileIdle: string[];
  gcRan: boolean;
}

interface Unavailable {
  system: 'clawgate' | 'baseline';
  unavailable: string;
}

function point(connections: number, usage: ProcessUsage, metrics?: string): MemoryPoint {
  const result: MemoryPoint = {
    connections,
    heapUsedMiB: mib(usage.memory.heapUsed),
    externalMiB: mib(usage.memory.external),
    rssMiB: mib(usage.memory.rss),
  };
  if (metrics !== undefined) {
    const rss = metricValue(metrics, 'process_resident_memory_bytes');
    if (rss !== undefined) result.metricsRssMiB = mib(rss);
    const active = metricSum(metrics, 'websocket_connections_active');
    if (active !== undefined) result.serverActiveConnections = active;
  }
  return result;
}

/** Waits `ms` with the connections idle; returns the server's CPU over that time (% of one core). */
async function hold(server: ServerChild, ms: number): Promise<number> {
  const before = await server.usage(false);
  const started = performance.now();
  await sleep(ms);
  const after = await server.usage(false);
  const used = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
  return round((used / Math.max(1, performance.now() - started)) * 100, 1);
}

function perConnection(before: ProcessUsage, after: ProcessUsage, connections: number): PerConnection {
  const heap = after.memory.heapUsed - before.memory.heapUsed;
  const external = after.memory.external - before.memory.external;
  const rss = after.memory.rss - before.memory.rss;
  return {
    connections,
    heapAndExternalKiB: round((heap + external) / 1024 / connections, 2),
    heapKiB: round(heap / 1024 / connections, 2),
    rssKiB: round(rss / 1024 / connections, 2),
    totalMiB: mib(heap + external),
  };
}

/**
 * The measurement, the same for both sides: warm up, measure, open `sample`, measure, open the
 * rest, measure. `open(i)` opens connection i; `metrics()` reads /metrics when the side has it.
 */
async function measureIdle(
  system: 'clawgate' | 'baseline',
  server: ServerChild,
  options: Options,
  open: (index: number) => Promise<OpenedClient>,
  metrics?: () => Promise<string>,
): Promise<IdleResult> {
  const clients: OpenedClient[] = [];
  const closedWhileIdle: string[] = [];
  let closing = false;
  const watch = (client: OpenedClient) => {
    client.ws.on('close', (code, reason) => {
      if (!closing && closedWhileIdle.length < 20) closedWhileIdle.push(`${code} ${reason.toString()}`);
    });
    return client;
  };
  try {
    // 1. Warm-up: the code paths of a connection are loaded and compiled before the baseline reading.
    const warm = await inPool(Math.min(20, options.connections), 10, open);
    await closeAll(warm);
    await sleep(1000);
    const zero = await server.usage(true);
    const points = [point(0, zero, await metrics?.())];

    // 2. The sample, then the rest; CPU is read over each idle hold (heartbeats, log polling).
    const started = performance.now();
    const sample = Math.min(options.sample, options.connections);
    log(`${system}: opening ${sample} idle connections`);
    clients.push(...(await inPool(sample, options.concurrency, async (index) => watch(await open(index)))));
    const sampleConnectMs = performance.now() - started;
    const holdSample = await hold(server, options.holdS * 1000);
    const atSample = await server.usage(true);
    points.push({ ...point(sample, atSample, await metrics?.()), idleCpuPercent: holdSample });
    const result: IdleResult = {
      system,
      points,
      sample: perConnection(zero, atSample, sample),
      connectMs: Math.round(sampleConnectMs),
      handshake: roundSummary(handshakeSummary(clients)),
      closedWhileIdle,
      gcRan: zero.collected,
    };
    if (options.connections > sample) {
      log(`${system}: opening ${options.connections - sample} more`);
      const restStarted = performance.now();
      try {
        clients.push(
          ...(await inPool(options.connections - sample, options.concurrency, async (index) =>
            watch(await open(sample + index)),
          )),
        );
      } catch (err) {
        // Keep what was measured: the failure itself is a result (e.g. handshakes starved by the server).
        result.failedAfterSample = `${describeFailure(err)} (while opening connection ${clients.length + 1} of ${options.connections})`;
        return result;
      }
      result.connectMs = Math.round(sampleConnectMs + performance.now() - restStarted);
      const holdAll = await hold(server, options.holdS * 1000);
      const atAll = await server.usage(true);
      points.push({ ...point(options.connections, atAll, await metrics?.()), idleCpuPercent: holdAll });
      result.all = perConnection(zero, atAll, options.connections);
      result.handshake = roundSummary(handshakeSummary(clients));
    }
    return result;
  } finally {
    closing = true;
    await closeAll(clients, 10_000);
  }
}

async function runClawgate(options: Options, workDir: string, runId: string): Promise<IdleResult | Unavailable> {
  log(
    `clawgate: starting the server (${options.databaseUrl === undefined ? 'embedded PGlite' : 'PostgreSQL'}${options.redisUrl === undefined ? '' : ' + Redis'}, NODE_ENV=${options.nodeEnv})`,
  );
  let target;
  try {
    target = await startClawgate({
      workDir,
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      maxConnections: options.connections + 100,
      nodeEnv: options.nodeEnv,
    });
  } catch (err) {
    return { system: 'clawgate', unavailable: `server did not start: ${describeFailure(err)}` };
  }
  const { server, client, wsUrl } = target;
  let gatewayIds: string[] = [];
  try {
    log(`clawgate: registering ${options.gateways} gateways`);
    let apiKeys: string[];
    try {
      const registered = await registerGateways(client, options.gateways, runId);
      gatewayIds = registered.ids;
      apiKeys = registered.apiKeys;
    } catch (err) {
      return { system: 'clawgate', unavailable: `registerGateway failed: ${describeFailure(err)}` };
    }
    const open = (index: number) =>
      openClient({
        url: wsUrl,
        headers: { 'api-key': apiKeys[index % apiKeys.length] as string },
        localAddress: sourceAddress(index, options.sourceAddresses),
      });
    try {
      return await measureIdle('clawgate', server, options, open, () => client.getMetrics().catch(() => ''));
    } catch (err) {
      return { system: 'clawgate', unavailable: `connections failed: ${describeFailure(err)}` };
    }
  } finally {
    if (options.databaseUrl !== undefined && gatewayIds.length > 0) await deleteGateways(client, gatewayIds);
    await server.stop();
  }
}

async function runBaseline(options: Options, workDir: string): Promise<IdleResult | Unavailable> {
  log('baseline: starting a bare ws server');
  const server = await spawnServer({ mode: 'baseline', logFile: path.join(workDir, 'baseline.out') });
  const wsUrl = server.url.replace(/^http/, 'ws');
  try {
    const open = (index: number) =>
      openClient({
        url: `${wsUrl}/?g=${index % options.gateways}`,
        localAddress: sourceAddress(index, options.sourceAddresses),
      });
    return await measureIdle('baseline', server, options, open);
  } catch (err) {
    return { system: 'baseline', unavailable: describeFailure(err) };
  } finally {
    await server.stop();
  }
}

function roundSummary(summary: LatencySummary): LatencySummary {
  return {
    ...summary,
    min: round(summary.min),
    p50: round(summary.p50),
    p95: round(summary.p95),
    p99: round(summary.p99),
    max: round(summary.max),
    mean: round(summary.mean),
  };
}

function isResult(value: IdleResult | Unavailable | undefined): value is IdleResult {
  return value !== undefined && !('unavailable' in value);
}

function report(
  options: Options,
  clawgate: IdleResult | Unavailable | undefined,
  baseline: IdleResult | Unavailable | undefined,
) {
  const c = isResult(clawgate) ? clawgate : undefined;
  const b = isResult(baseline) ? baseline : undefined;
  const row = (label: string, pick: (r: IdleResult) => number | undefined) => [
    label,
    c === undefined ? undefined : pick(c),
    b === undefined ? undefined : pick(b),
  ];
  const rows: Array<Array<string | number | undefined>> = [
    ['', 'clawgate', 'baseline'],
    row(`heap+external per connection KiB (${options.sample})`, (r) => r.sample.heapAndExternalKiB),
    row(`heap+external for ${options.sample} connections MiB`, (r) => r.sample.totalMiB),
    row(`RSS per connection KiB (${options.sample})`, (r) => r.sample.rssKiB),
    row(`idle server CPU % (${options.sample} connections)`, (r) => r.points[1]?.idleCpuPercent),
    row(`heap+external per connection KiB (${options.connections})`, (r) => r.all?.heapAndExternalKiB),
    row(`heap+external for ${options.connections} connections MiB`, (r) => r.all?.totalMiB),
    row(`RSS per connection KiB (${options.connections})`, (r) => r.all?.rssKiB),
    row(`idle server CPU % (${options.connections} connections)`, (r) => r.points[2]?.idleCpuPercent),
    row('RSS at 0 connections MiB', (r) => r.points[0]?.rssMiB),
    row(`RSS at ${options.connections} connections MiB`, (r) => r.points[2]?.rssMiB),
    row('connect all (ms)', (r) => r.connectMs),
    row('handshake p50 ms', (r) => r.handshake.p50),
    row('handshake p99 ms', (r) => r.handshake.p99),
  ];
  const lines = [
    table(rows),
    `load average (1/5/15 min): ${loadAtStart().join(' ')} at start, ${os
      .loadavg()
      .map((n) => round(n, 2))
      .join(' ')} at end (${os.cpus().length} CPUs)`,
  ];
  if (c !== undefined) {
    const last = c.points[c.points.length - 1];
    lines.push(
      `clawgate /metrics at the end: websocket_connections_active=${last?.serverActiveConnections ?? '—'}, process_resident_memory_bytes=${last?.metricsRssMiB ?? '—'} MiB`,
    );
    lines.push(
      `target (< 10 MB for 1,000 connections): ${options.sample === 1000 ? (c.sample.totalMiB < 10 ? 'met' : 'NOT met') : 'not measured (--sample is not 1000)'} (${c.sample.totalMiB} MiB heap+external)`,
    );
  }
  for (const side of [clawgate, baseline])
    if (side !== undefined && !isResult(side)) lines.push(`${side.system}: not measured: ${side.unavailable}`);
  for (const side of [c, b])
    if (side?.failedAfterSample !== undefined)
      lines.push(`${side.system}: could not open all ${options.connections} connections: ${side.failedAfterSample}`);
  for (const side of [c, b])
    if (side !== undefined && side.closedWhileIdle.length > 0)
      lines.push(`${side.system}: connections closed while idle: ${JSON.stringify(side.closedWhileIdle.slice(0, 5))}`);
  const json = {
    bench: 'idle-connections',
    at: new Date().toISOString(),
    machine: machineInfo(),
    options,
    clawgate: clawgate ?? null,
    baseline: baseline ?? null,
    target:
      c === undefined || options.sample !== 1000
        ? null
        : { registryMiBFor1000: { target: 10, measured: c.sample.totalMiB, met: c.sample.totalMiB < 10 } },
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
      connections: { type: 'string' },
      sample: { type: 'string' },
      gateways: { type: 'string' },
      hold: { type: 'string' },
      concurrency: { type: 'string' },
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      'node-env': { type: 'string' },
      only: { type: 'string' },
      'source-addresses': { type: 'string' },
      json: { type: 'string' },
      deadline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const connections = intOption(values, 'connections', 10_000, 1);
  return {
    help: values.help === true,
    connections,
    sample: intOption(values, 'sample', Math.min(1000, connections), 1),
    gateways: intOption(values, 'gateways', Math.min(connections, 1000), 1),
    holdS: intOption(values, 'hold', 5, 0),
    concurrency: intOption(values, 'concurrency', 100, 1),
    databaseUrl: stringOption(values, 'database-url'),
    redisUrl: stringOption(values, 'redis-url'),
    nodeEnv: choiceOption(values, 'node-env', ['production', 'development', 'test'] as const, 'production'),
    only:
      values.only === undefined
        ? undefined
        : choiceOption(values, 'only', ['clawgate', 'baseline'] as const, 'clawgate'),
    sourceAddresses: intOption(values, 'source-addresses', defaultSourceAddresses(connections), 1),
    json: stringOption(values, 'json'),
    deadlineS: intOption(values, 'deadline', 900, 10),
    keep: values.keep === true,
  };
}

async function main(settings: Omit<ReturnType<typeof parseOptions>, 'help'>): Promise<number> {
  hardDeadline(settings.deadlineS * 1000, 'bench:idle');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clawgate-bench-'));
  log(`work dir ${workDir}`);
  try {
    const clawgate =
      settings.only === 'baseline' ? undefined : await runClawgate(settings, workDir, randomBytes(4).toString('hex'));
    const baseline = settings.only === 'clawgate' ? undefined : await runBaseline(settings, workDir);
    const { text, json } = report(settings, clawgate, baseline);
    process.stdout.write(`\n${text}\n\n${JSON.stringify(json, null, 2)}\n`);
    if (settings.json !== undefined) writeFileSync(settings.json, `${JSON.stringify(json, null, 2)}\n`);
    return [clawgate, baseline]
      .filter((side) => side !== undefined)
      .every((side) => isResult(side) && side.failedAfterSample === undefined)
      ? 0
      : 1;
  } finally {
    if (settings.keep) log(`kept ${workDir}`);
    else rmSync(workDir, { recursive: true, force: true });
  }
}

runBench('bench:idle', USAGE, parseOptions, main);
