/**
 * Soak with injected faults (figures in docs/performance.md, "Soak").
 *
 *   npm run bench:soak -- [--duration 10m] [--fault-interval 30s] [--gateways 1000] [--json FILE]
 *
 * 1. A scratch database on the local PostgreSQL and a fresh Redis key prefix; two clawgate
 *    instances (child processes, NODE_ENV=production) on loopback ports, sharing both.
 * 2. N gateways registered over REST, each holding one event-channel WebSocket (half on each
 *    instance), acknowledging every event and reconnecting with `last-event-seq` after a drop (to
 *    the other instance while its own is down; back home once it is up again).
 * 3. Steady, open-loop, rate-bounded load for --duration: REST reads (gateways, APIs, stats) and
 *    writes (create/update APIs, update gateways), deploys and undeploys, spread over the instances
 *    that are up (a load balancer that knows about the injected kill).
 * 4. Every --fault-interval, in turn: terminate the instances' PostgreSQL backends, kill their
 *    Redis clients, SIGKILL instance #1 and start it again on the same port.
 * 5. Checks: no instance exit other than the injected kills; every event of a call answered 2xx
 *    applied exactly once and in seq order (redeliveries of an applied seq are dropped, as the
 *    protocol allows), nothing left in any gateway's log that its gateway did not get; no 5xx other
 *    than 503 database_unavailable / service_unavailable while a fault was active; no failed
 *    connection to an instance that was up outside a fault; no unexpected 4xx to the harness's own
 *    calls; RSS floor of instance #0 (never killed) rising at most 10% over the last 5 minutes.
 * Prints a summary and the JSON result; exit 0 when every check passed, 1 when one failed, 2 on bad
 * usage, 3 when it did not wind down within 2 minutes of the deadline, 130 on a second Ctrl-C.
 * Loopback only; stops by itself (--deadline) and removes its children, scratch database and Redis
 * keys, also on Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import WebSocket from 'ws';
import type { ClawgateClient } from '../generated/sdk/index.js';
import { frameText, inPool, UpgradeRefused } from './support/clients.js';
import { describeFailure, registerGateways, startClawgate, GATEWAY_CHANNEL_PATH } from './support/clawgate.js';
import { EventLedger, type LedgerSummary } from './support/event-ledger.js';
import { machineInfo } from './support/machine.js';
import { intOption, numberOption, runBench, sleep, stringOption, UsageError, waitUntil } from './support/options.js';
import type { ServerChild } from './support/server-child.js';
import {
  duringFault,
  FAULT_5XX_CODES,
  parseDurationS,
  rssFloor,
  rssSpread,
  type FaultWindow,
  type RssSample,
  type RssSpread,
} from './support/soak-checks.js';
import { round, summarize, table } from './support/stats.js';

const USAGE = `Usage: npm run bench:soak -- [options]

  --duration D          length of the loaded phase: 90s, 10m, … (default 10m)
  --fault-interval D    one fault every D, rotating pg → redis → kill (default 30s)
  --gateways N          gateways registered, one event-channel connection each (default 1000)
  --rest-rate R         REST reads and writes per second (default 20)
  --deploy-rate R       deploys + undeploys per second (default 10)
  --max-in-flight M     REST calls in flight at most; past it the load waits (default 64)
  --rss-window D        judge instance #0's RSS over the last D of the run (default 5m, at most half the run)
  --rss-tolerance P     how much instance #0's RSS floor (the lowest sample of each half of the
                        window) may rise, second / first − 1, in percent (default 10); the raw
                        max/min spread is reported too
  --grace D             after a fault is over, errors still count as the fault's for D (default 5s)
  --restart-delay D     how long the killed instance stays down (default 2s)
  --heap-every D        also read instance #0's heap after a forced full GC every D (default: never;
                        it tells retained memory from garbage, but the GCs it forces flatten the RSS)
  --database-url URL    PostgreSQL server; a scratch database is created on it and dropped
                        (default postgres://postgres@127.0.0.1:5432/test)
  --redis-url URL       Redis; a fresh key prefix, its keys are deleted after (default redis://127.0.0.1:6379)
  --json FILE           also write the JSON result to FILE
  --deadline D          stop whatever happens after D (default: duration + 5m)
  --keep                keep the work dir (instances' output and logs) and the scratch database
  -h, --help            this text

Checks (exit 1 when one fails): no instance exits other than the injected kills; every event of a
call answered 2xx reaches its gateway once, in seq order, and no log holds more than its gateway got;
no 5xx but 503 database_unavailable / service_unavailable during a fault (+ --grace); no failed
connection outside a fault; no unexpected 4xx to the bench's own calls; instance #0's RSS floor (never
killed; the lowest sample of each half of --rss-window, so the garbage collector's sawtooth does not
count but growth does) rises at most --rss-tolerance.
Exit 2: bad usage; 3: not wound down 2 min after the deadline; 130: a second Ctrl-C.
`;

interface Options {
  durationS: number;
  faultIntervalS: number;
  gateways: number;
  restRate: number;
  deployRate: number;
  maxInFlight: number;
  rssWindowS: number;
  rssTolerancePercent: number;
  graceS: number;
  restartDelayS: number;
  heapEveryS?: number;
  databaseUrl: string;
  redisUrl: string;
  json?: string;
  deadlineS: number;
  keep: boolean;
}

type FaultKind = 'pg-terminate' | 'redis-kill' | 'instance-kill';
const FAULTS: readonly FaultKind[] = ['pg-terminate', 'redis-kill', 'instance-kill'];
/** The instance that is SIGKILLed; #0 is never killed, so its RSS tells whether memory is flat. */
const KILLED = 1;
const VHOST = 'soak.example.com';
const ENVIRONMENTS = ['production', 'staging'] as const;
const RSS_EVERY_MS = 10_000;
/** A REST call that takes longer than this is abandoned and counted as a network error. */
const CALL_TIMEOUT_MS = 35_000;

const now = () => performance.now();
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

function log(line: string): void {
  process.stderr.write(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// Instances

interface Instance {
  index: number;
  dir: string;
  port: number;
  server?: ServerChild;
  client?: ClawgateClient;
  wsUrl: string;
  /** takes load and connections */
  up: boolean;
  /** the harness is stopping or killing it: an exit is not a crash */
  exitExpected: boolean;
  starts: number;
  rss: RssSample[];
  /** one per start */
  pids: number[];
  cpu: { pid: number; t: number; ticks: number }[];
}

interface Crash {
  instance: number;
  pid: number;
  code: number | null;
  signal: string | null;
  atS: number;
  logTail: string;
}

// ---------------------------------------------------------------------------------------------
// Call accounting

interface CallError {
  kind: string;
  instance: number;
  status: number;
  code: string;
  message: string;
  correlationId: string;
  startedAt: number;
  endedAt: number;
}

class CallStats {
  readonly byKind = new Map<string, { ok: number; latencies: number[]; errors: Map<string, number> }>();
  readonly errors: CallError[] = [];
  started = 0;

  entry(kind: string) {
    let entry = this.byKind.get(kind);
    if (entry === undefined) this.byKind.set(kind, (entry = { ok: 0, latencies: [], errors: new Map() }));
    return entry;
  }

  ok(kind: string, ms: number): void {
    const entry = this.entry(kind);
    entry.ok++;
    entry.latencies.push(ms);
  }

  failed(error: CallError): void {
    const entry = this.entry(error.kind);
    const label = error.status === 0 ? 'network' : `${error.status} ${error.code}`;
    entry.errors.set(label, (entry.errors.get(label) ?? 0) + 1);
    this.errors.push(error);
  }
}

// ---------------------------------------------------------------------------------------------
// Gateways

interface Gateway {
  index: number;
  id: string;
  apiKey: string;
  home: number;
  ws?: WebSocket;
  on?: number;
  connecting: boolean;
  failures: number;
  /** closed by the harness on purpose (moving home, stopping) */
  leaving: boolean;
  timer?: NodeJS.Timeout;
}

interface ChannelStats {
  connects: number;
  connectFailures: Map<string, number>;
  closes: Map<string, number>;
  notRecovered: number;
  errorFrames: Map<string, number>;
  /** upgrade → connection.ack: the first connects, and reconnects during the load */
  handshake: number[];
  rehandshake: number[];
  moves: number;
}

/** One run's state, shared by the load, the faults and the gateways. */
class Soak {
  readonly runId = randomBytes(4).toString('hex');
  readonly adminToken = `soak-${randomBytes(24).toString('hex')}`;
  readonly redisPrefix = `soak-${this.runId}:`;
  readonly database = `clawgate_soak_${this.runId}`;
  readonly instances: Instance[] = [];
  readonly crashes: Crash[] = [];
  readonly calls = new CallStats();
  readonly faults: (FaultWindow & { detail: string; atS: number; recoveredAfterS: number })[] = [];
  readonly channel: ChannelStats = {
    connects: 0,
    connectFailures: new Map(),
    closes: new Map(),
    notRecovered: 0,
    errorFrames: new Map(),
    handshake: [],
    rehandshake: [],
    moves: 0,
  };
  /** call start of each event-causing call, until its event is applied */
  readonly callStartedAt = new Map<string, number>();
  /** instance #0's heapUsed + external after a forced GC (--heap-every) */
  readonly retainedHeap: RssSample[] = [];
  /** call start → event applied on the gateway, ms */
  readonly eventLatency: number[] = [];
  gateways: Gateway[] = [];
  ledger = new EventLedger(0);
  apis: { id: string; revisionId: string; name: string }[] = [];
  /** active deployments by `apiId gatewayIndex environment` */
  readonly deployments = new Map<string, { apiId: string; deploymentId: string; gateway: number }>();
  loadStartedAt = 0;
  stopping = false;
  aborted: string | undefined;
  #rr = 0;
  #sequence = 0;

  constructor(
    readonly options: Options,
    readonly workDir: string,
  ) {}

  get instanceDatabaseUrl(): string {
    const url = new URL(this.options.databaseUrl);
    url.pathname = `/${this.database}`;
    return url.toString();
  }

  sinceLoadS(at = now()): number {
    return round((at - this.loadStartedAt) / 1000, 1);
  }

  /** Before an event-causing call: which gateway owes an event for it. */
  expectEvent(correlationId: string, gateway: number): void {
    this.ledger.called(correlationId, gateway);
    this.callStartedAt.set(correlationId, now());
  }

  answered(correlationId: string, outcome: 'ok' | 'failed'): void {
    this.ledger.answered(correlationId, outcome);
    if (outcome === 'failed') this.callStartedAt.delete(correlationId);
  }

  correlationId(): string {
    return `soak-${this.runId}-${++this.#sequence}`;
  }

  /** Round robin over the instances that are up, like a load balancer with health checks. */
  pickInstance(): Instance | undefined {
    const up = this.instances.filter((instance) => instance.up && instance.client !== undefined);
    if (up.length === 0) return undefined;
    return up[this.#rr++ % up.length];
  }

  async startInstance(index: number): Promise<void> {
    const instance =
      this.instances[index] ??
      (this.instances[index] = {
        index,
        dir: path.join(this.workDir, `instance-${index}`),
        port: 0,
        wsUrl: '',
        up: false,
        exitExpected: false,
        starts: 0,
        rss: [],
        pids: [],
        cpu: [],
      });
    mkdirSync(instance.dir, { recursive: true });
    const started = await startClawgate({
      workDir: instance.dir,
      databaseUrl: this.instanceDatabaseUrl,
      redisUrl: this.options.redisUrl,
      maxConnections: this.options.gateways + 200,
      nodeEnv: 'production',
      adminToken: this.adminToken,
      redisPrefix: this.redisPrefix,
      port: instance.port,
      logFile: path.join(instance.dir, 'clawgate.out'),
    });
    instance.server = started.server;
    instance.client = started.client;
    instance.port = started.server.port;
    instance.wsUrl = started.wsUrl;
    instance.exitExpected = false;
    instance.starts++;
    instance.pids.push(started.server.pid);
    instance.up = true;
    const { pid } = started.server;
    void started.server.exited.then((exit) => {
      instance.up = false;
      if (instance.exitExpected || this.stopping) return;
      const crash: Crash = {
        instance: index,
        pid,
        code: exit.code,
        signal: exit.signal,
        atS: this.sinceLoadS(),
        logTail: tail(path.join(instance.dir, 'clawgate.out'), 40),
      };
      this.crashes.push(crash);
      log(`instance #${index} (pid ${pid}) EXITED on its own: code ${exit.code}, signal ${exit.signal}`);
      // Keep the soak going with the instance back, so one crash does not hide the rest of the run.
      if (!this.stopping) {
        this.startInstance(index).then(
          () => log(`instance #${index} restarted after its crash`),
          (err: unknown) => log(`instance #${index} could not be restarted: ${describeFailure(err)}`),
        );
      }
    });
  }

  /** A REST call through the "load balancer", timed and classified. */
  async call<T>(
    kind: string,
    send: (client: ClawgateClient, options: { headers: Record<string, string>; signal: AbortSignal }) => Promise<T>,
    correlationId = this.correlationId(),
  ): Promise<T | undefined> {
    const instance = this.pickInstance();
    const startedAt = now();
    this.calls.started++;
    if (instance?.client === undefined) {
      this.calls.failed({
        kind,
        instance: -1,
        status: 0,
        code: 'no_instance_up',
        message: 'no instance up',
        correlationId,
        startedAt,
        endedAt: startedAt,
      });
      return undefined;
    }
    try {
      const result = await send(instance.client, {
        headers: { 'X-Request-Id': correlationId },
        signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
      });
      this.calls.ok(kind, now() - startedAt);
      return result;
    } catch (err) {
      const status = (err as { status?: number }).status ?? 0;
      const body = (err as { body?: { error?: { code?: string } } }).body;
      this.calls.failed({
        kind,
        instance: instance.index,
        status,
        code: body?.error?.code ?? (status === 0 ? 'network' : 'no_envelope'),
        message: describeFailure(err).slice(0, 300),
        correlationId,
        startedAt,
        endedAt: now(),
      });
      return undefined;
    }
  }
}

function tail(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Gateway connections

/** Opens gateway `gateway`'s channel on the instance it should use, resuming from its last applied seq. */
function connect(soak: Soak, gateway: Gateway): void {
  if (soak.stopping || gateway.connecting || gateway.ws !== undefined) return;
  const home = soak.instances[gateway.home];
  // Home while it is up; the other instance while home is down or after a failed attempt there.
  const preferred = home?.up === true && gateway.failures % 2 === 0 ? home : undefined;
  const target = preferred ?? soak.instances.find((instance) => instance.index !== gateway.home && instance.up) ?? home;
  if (target === undefined || !target.up) return retry(soak, gateway);
  gateway.connecting = true;
  const started = now();
  const ws = new WebSocket(`ws://127.0.0.1:${target.port}${GATEWAY_CHANNEL_PATH}`, {
    headers: { 'api-key': gateway.apiKey, 'last-event-seq': String(soak.ledger.lastSeq(gateway.index)) },
    perMessageDeflate: false,
    handshakeTimeout: 15_000,
  });
  let acked = false;
  const failed = (reason: string) => {
    gateway.connecting = false;
    gateway.failures++;
    soak.channel.connectFailures.set(reason, (soak.channel.connectFailures.get(reason) ?? 0) + 1);
    retry(soak, gateway);
  };
  ws.on('unexpected-response', (_req, res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (body += chunk));
    res.on('end', () => {
      ws.terminate();
      const refused = new UpgradeRefused(res.statusCode ?? 0, body);
      let code = '';
      try {
        code = (JSON.parse(refused.body) as { error?: { code?: string } }).error?.code ?? '';
      } catch {
        // not the envelope
      }
      failed(`HTTP ${refused.status} ${code}`.trim());
    });
  });
  ws.on('error', () => {
    // 'close' follows and decides
  });
  // One listener from the first frame on: the ack and the backlog after it can share a TCP read.
  ws.on('message', (data: WebSocket.RawData) => {
    let frame: {
      type?: string;
      seq?: number;
      eventId?: string;
      correlationId?: string;
      payload?: { recovered?: boolean; code?: string };
    };
    try {
      frame = JSON.parse(frameText(data)) as typeof frame;
    } catch {
      soak.channel.errorFrames.set('not JSON', (soak.channel.errorFrames.get('not JSON') ?? 0) + 1);
      return;
    }
    if (!acked) {
      if (frame.type !== 'connection.ack') {
        ws.terminate();
        return;
      }
      acked = true;
      gateway.connecting = false;
      gateway.failures = 0;
      gateway.ws = ws;
      gateway.on = target.index;
      soak.channel.connects++;
      (soak.loadStartedAt === 0 ? soak.channel.handshake : soak.channel.rehandshake).push(now() - started);
      if (frame.payload?.recovered === false) soak.channel.notRecovered++;
      return;
    }
    if (frame.type === 'error') {
      const code = frame.payload?.code ?? '?';
      soak.channel.errorFrames.set(code, (soak.channel.errorFrames.get(code) ?? 0) + 1);
      return;
    }
    if (typeof frame.seq !== 'number') return;
    const verdict = soak.ledger.receive(
      gateway.index,
      frame.seq,
      String(frame.eventId ?? ''),
      String(frame.correlationId ?? ''),
    );
    if (verdict === 'redelivery') return;
    const calledAt = soak.callStartedAt.get(String(frame.correlationId));
    if (calledAt !== undefined) {
      soak.eventLatency.push(now() - calledAt);
      soak.callStartedAt.delete(String(frame.correlationId));
    }
    // Cumulative ack of what was applied, like the SDK after its handlers ran.
    ws.send(
      JSON.stringify({
        type: 'ack',
        timestamp: new Date().toISOString(),
        payload: { seq: soak.ledger.lastSeq(gateway.index) },
      }),
    );
  });
  ws.on('close', (code) => {
    if (!acked) {
      if (gateway.connecting) failed(code === 1006 ? 'closed before ack' : `closed ${code} before ack`);
      return;
    }
    gateway.ws = undefined;
    gateway.on = undefined;
    if (gateway.leaving) {
      gateway.leaving = false;
    } else {
      const label = `${code}`;
      soak.channel.closes.set(label, (soak.channel.closes.get(label) ?? 0) + 1);
    }
    if (!soak.stopping) retry(soak, gateway, true);
  });
}

/** Reconnects after a full-jitter delay that grows with consecutive failures (like the SDK). */
function retry(soak: Soak, gateway: Gateway, afterDrop = false): void {
  if (soak.stopping || gateway.timer !== undefined) return;
  const ceiling = afterDrop ? 1_000 : Math.min(5_000, 250 * 2 ** Math.min(gateway.failures, 5));
  gateway.timer = setTimeout(
    () => {
      gateway.timer = undefined;
      connect(soak, gateway);
    },
    50 + Math.random() * ceiling,
  );
}

/** Moves the gateways whose home is `index` back there once it is up again, spread over `overMs`. */
function rebalance(soak: Soak, index: number, overMs: number): void {
  for (const gateway of soak.gateways) {
    if (gateway.home !== index || gateway.on === undefined || gateway.on === index) continue;
    setTimeout(() => {
      if (soak.stopping || gateway.ws === undefined || gateway.on === index) return;
      gateway.leaving = true;
      soak.channel.moves++;
      gateway.ws.close(1000, 'moving home');
    }, Math.random() * overMs);
  }
}

// ---------------------------------------------------------------------------------------------
// Load

/** Calls `fire()` at `rate` per second, open loop, until `stop()`; waits only past `maxInFlight`. */
async function steady(rate: number, maxInFlight: number, stop: () => boolean, fire: () => Promise<unknown>) {
  const start = now();
  const pending = new Set<Promise<unknown>>();
  let throttled = 0;
  let lagMax = 0;
  for (let k = 0; !stop(); k++) {
    const due = start + (k * 1000) / rate;
    const wait = due - now();
    if (wait > 0) await sleep(wait);
    if (stop()) break;
    if (pending.size >= maxInFlight) {
      throttled++;
      while (pending.size >= maxInFlight) await Promise.race(pending);
    }
    lagMax = Math.max(lagMax, now() - due);
    const call = fire()
      .catch(() => {})
      .finally(() => pending.delete(call));
    pending.add(call);
  }
  await Promise.allSettled(pending);
  return { throttled, schedulerLagMaxMs: round(lagMax, 1) };
}

function apiBody(name: string, version: number) {
  return {
    name,
    contextPath: `/${name}`,
    version: `v${version}`,
    description: `soak revision ${version}`,
    upstreams: [{ url: `http://127.0.0.1:${9000 + (version % 100)}`, weight: 1 }],
  };
}

/** One REST read or write, by weight. */
async function restOperation(soak: Soak): Promise<void> {
  const roll = Math.random() * 100;
  const gateway = pick(soak.gateways);
  const api = pick(soak.apis);
  if (roll < 15) {
    await soak.call('read: list gateways', (c, o) => c.listGateways({ query: { limit: 50 } }, o));
  } else if (roll < 35) {
    await soak.call('read: get gateway', (c, o) => c.getGateway({ params: { gatewayId: gateway.id } }, o));
  } else if (roll < 45) {
    await soak.call('read: list APIs', (c, o) => c.listApis({ query: { limit: 50 } }, o));
  } else if (roll < 60) {
    await soak.call('read: get API', (c, o) => c.getApi({ params: { apiId: api.id } }, o));
  } else if (roll < 70) {
    await soak.call('read: stats', (c, o) => c.getStats({}, o));
  } else if (roll < 75 && soak.apis.length < 200) {
    const name = `soak-${soak.runId}-${soak.apis.length}-${randomBytes(2).toString('hex')}`;
    const created = await soak.call('write: create API', (c, o) => c.createApi({ body: apiBody(name, 1) }, o));
    if (created !== undefined) soak.apis.push({ id: created.id, revisionId: created.revisionId, name });
  } else if (roll < 85) {
    const version = 2 + Math.floor(Math.random() * 1000);
    const updated = await soak.call('write: update API', (c, o) =>
      c.updateApi({ params: { apiId: api.id }, body: apiBody(api.name, version) }, o),
    );
    if (updated !== undefined) api.revisionId = updated.revisionId;
  } else {
    // A changed description: one gateway.config.updated on the gateway's channel.
    const correlationId = soak.correlationId();
    soak.expectEvent(correlationId, gateway.index);
    const updated = await soak.call(
      'write: update gateway',
      (c, o) =>
        c.updateGateway(
          {
            params: { gatewayId: gateway.id },
            body: { description: `soak ${correlationId}`, labels: { soak: 'yes' } },
          },
          o,
        ),
      correlationId,
    );
    soak.answered(correlationId, updated === undefined ? 'failed' : 'ok');
  }
}

/** One deploy (70%) or undeploy (30%, of a deployment this run made). */
async function deployOperation(soak: Soak): Promise<void> {
  const active = soak.deployments.size;
  if (Math.random() < 0.3 && active > 0) {
    const keys = [...soak.deployments.keys()];
    const key = pick(keys);
    const deployment = soak.deployments.get(key);
    if (deployment === undefined) return;
    soak.deployments.delete(key);
    const correlationId = soak.correlationId();
    soak.expectEvent(correlationId, deployment.gateway);
    const done = await soak.call(
      'deploy: undeploy',
      (c, o) =>
        c
          .undeployApi({ params: { apiId: deployment.apiId, deploymentId: deployment.deploymentId } }, o)
          .then(() => true),
      correlationId,
    );
    soak.answered(correlationId, done === true ? 'ok' : 'failed');
    return;
  }
  const gateway = pick(soak.gateways);
  const api = pick(soak.apis);
  const environment = pick(ENVIRONMENTS);
  const key = `${api.id} ${gateway.index} ${environment}`;
  const correlationId = soak.correlationId();
  soak.expectEvent(correlationId, gateway.index);
  const deployed = await soak.call(
    'deploy: deploy',
    (c, o) =>
      c.deployApi(
        {
          params: { apiId: api.id },
          body: { gatewayId: gateway.id, revisionId: api.revisionId, vhost: VHOST, environment },
        },
        o,
      ),
    correlationId,
  );
  soak.answered(correlationId, deployed === undefined ? 'failed' : 'ok');
  // Replacing an active deployment of the same key undeploys the old one without an event of its own.
  if (deployed !== undefined)
    soak.deployments.set(key, { apiId: api.id, deploymentId: deployed.id, gateway: gateway.index });
}

// ---------------------------------------------------------------------------------------------
// Faults

/** Local TCP ports of `pid`'s sockets connected to `remotePort` (from /proc: fd inodes ↔ the TCP table). */
function localPortsTo(pid: number, remotePort: number): Set<number> {
  const inodes = new Set<string>();
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (match?.[1] !== undefined) inodes.add(match[1]);
      } catch {
        // closed meanwhile
      }
    }
  } catch {
    return new Set();
  }
  const ports = new Set<number>();
  for (const table of ['tcp', 'tcp6']) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local, remote, inode] = [fields[1], fields[2], fields[9]];
      if (local === undefined || remote === undefined || inode === undefined || !inodes.has(inode)) continue;
      if (parseInt(remote.split(':')[1] ?? '', 16) === remotePort) ports.add(parseInt(local.split(':')[1] ?? '', 16));
    }
  }
  return ports;
}

async function terminatePostgres(soak: Soak, admin: pg.Client): Promise<string> {
  const { rows } = await admin.query<{ terminated: boolean }>(
    `select pg_terminate_backend(pid) as terminated from pg_stat_activity
      where application_name = 'clawgate' and datname = $1`,
    [soak.database],
  );
  return `${rows.filter((row) => row.terminated).length} backends terminated`;
}

async function killRedisClients(soak: Soak, redis: Redis): Promise<string> {
  const redisPort = Number(new URL(soak.options.redisUrl).port || 6379);
  const ports = new Set<number>();
  for (const instance of soak.instances)
    if (instance.up && instance.server !== undefined)
      for (const port of localPortsTo(instance.server.pid, redisPort)) ports.add(port);
  const list = (await redis.call('CLIENT', 'LIST')) as string;
  let killed = 0;
  for (const line of list.split('\n')) {
    const id = /(?:^| )id=(\d+)/.exec(line)?.[1];
    const port = Number(/ addr=[^ ]*:(\d+)/.exec(line)?.[1]);
    if (id === undefined || !ports.has(port)) continue;
    killed += Number(await redis.call('CLIENT', 'KILL', 'ID', id));
  }
  return `${killed} of the instances' Redis clients killed (${ports.size} sockets found)`;
}

async function killInstance(soak: Soak): Promise<string> {
  const instance = soak.instances[KILLED];
  if (instance?.server === undefined || !instance.up) return `instance #${KILLED} was not up`;
  const { pid } = instance.server;
  instance.up = false;
  instance.exitExpected = true;
  instance.server.kill('SIGKILL');
  await instance.server.exited;
  await sleep(soak.options.restartDelayS * 1000);
  const restartedAt = now();
  await soak.startInstance(KILLED);
  rebalance(soak, KILLED, 5_000);
  return `pid ${pid} SIGKILLed; restarted as pid ${instance.server.pid} on port ${instance.port} in ${Math.round(now() - restartedAt)} ms`;
}

/** Until every instance that is up answers /health/ready with 200 (its database and Redis work). */
async function waitHealthy(soak: Soak, timeoutMs: number): Promise<boolean> {
  const deadline = now() + timeoutMs;
  while (now() < deadline && !soak.stopping) {
    const up = soak.instances.filter((instance) => instance.up && instance.client !== undefined);
    const ready = await Promise.all(
      up.map((instance) =>
        instance
          .client!.getReadiness({}, { signal: AbortSignal.timeout(2_000) })
          .then(() => true)
          .catch(() => false),
      ),
    );
    if (up.length > 0 && ready.every(Boolean)) return true;
    await sleep(250);
  }
  return false;
}

async function injectFault(soak: Soak, kind: FaultKind, admin: pg.Client, redis: Redis): Promise<void> {
  const startedAt = now();
  let detail: string;
  try {
    if (kind === 'pg-terminate') detail = await terminatePostgres(soak, admin);
    else if (kind === 'redis-kill') detail = await killRedisClients(soak, redis);
    else detail = await killInstance(soak);
  } catch (err) {
    detail = `fault could not be injected: ${describeFailure(err)}`;
  }
  const healthy = await waitHealthy(soak, 60_000);
  const recoveredAt = now();
  const fault = {
    kind,
    startedAt,
    recoveredAt,
    detail: healthy ? detail : `${detail}; NOT healthy again within 60 s`,
    atS: soak.sinceLoadS(startedAt),
    recoveredAfterS: round((recoveredAt - startedAt) / 1000, 1),
  };
  soak.faults.push(fault);
  log(`fault ${kind} at ${fault.atS} s: ${fault.detail}; healthy after ${fault.recoveredAfterS} s`);
}

// ---------------------------------------------------------------------------------------------
// Sampling

function readRssMiB(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? undefined : round(Number(match[1]) / 1024, 1);
  } catch {
    return undefined;
  }
}

/** utime + stime of a process, in clock ticks (1/100 s on Linux). */
function readCpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function sample(soak: Soak): void {
  const t = soak.sinceLoadS();
  for (const instance of soak.instances) {
    if (!instance.up || instance.server === undefined) continue;
    const { pid } = instance.server;
    const mib = readRssMiB(pid);
    if (mib !== undefined) instance.rss.push({ t, mib });
    const ticks = readCpuTicks(pid);
    if (ticks !== undefined) instance.cpu.push({ pid, t, ticks });
  }
}

/** Average CPU of an instance over the run, % of one core (summed over its processes). */
function cpuPercent(instance: Instance): number | undefined {
  let ticks = 0;
  let seconds = 0;
  for (const pid of new Set(instance.cpu.map((entry) => entry.pid))) {
    const entries = instance.cpu.filter((entry) => entry.pid === pid);
    const first = entries[0];
    const last = entries[entries.length - 1];
    if (first === undefined || last === undefined || last === first) continue;
    ticks += last.ticks - first.ticks;
    seconds += last.t - first.t;
  }
  return seconds > 0 ? round(ticks / seconds, 1) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Setup and teardown of the scratch database and the Redis keys

async function createDatabase(options: Options, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: options.databaseUrl, application_name: 'clawgate-soak' });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
}

async function dropDatabase(options: Options, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: options.databaseUrl, application_name: 'clawgate-soak' });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
  } finally {
    await admin.end();
  }
}

async function deleteRedisKeys(redis: Redis, prefix: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}

// ---------------------------------------------------------------------------------------------
// The run

interface LogCheck {
  checked: number;
  /** gateways whose log holds events beyond what the gateway applied */
  behind: number;
  samples: string[];
  failedReads: number;
}

/** Every gateway's log: nothing in it beyond the last seq the gateway applied. */
async function checkLogs(soak: Soak): Promise<LogCheck> {
  const result: LogCheck = { checked: 0, behind: 0, samples: [], failedReads: 0 };
  await inPool(soak.gateways.length, 8, async (index) => {
    const gateway = soak.gateways[index] as Gateway;
    const page = await soak.call('final: read event log', (c, o) =>
      c.listGatewayEvents({ params: { gatewayId: gateway.id }, query: { after: 0, limit: 1 } }, o),
    );
    if (page === undefined) {
      result.failedReads++;
      return;
    }
    result.checked++;
    const applied = soak.ledger.lastSeq(index);
    if (page.latestSeq !== applied) {
      result.behind++;
      if (result.samples.length < 20)
        result.samples.push(`gateway #${index} ${gateway.id}: log latestSeq ${page.latestSeq}, applied ${applied}`);
    }
  });
  return result;
}

async function run(soak: Soak): Promise<ReturnType<typeof report>> {
  const { options } = soak;
  log(`scratch database ${soak.database}, Redis prefix ${soak.redisPrefix}, work dir ${soak.workDir}`);
  await createDatabase(options, soak.database);
  // Sequentially: the first instance applies the migrations.
  for (const index of [0, 1]) {
    await soak.startInstance(index);
    log(`instance #${index} up on port ${soak.instances[index]?.port} (pid ${soak.instances[index]?.server?.pid})`);
  }
  const first = soak.instances[0]?.client as ClawgateClient;

  log(`registering ${options.gateways} gateways and 20 APIs`);
  const registered = await registerGateways(first, options.gateways, `soak-${soak.runId}`);
  soak.gateways = registered.ids.map((id, index) => ({
    index,
    id,
    apiKey: registered.apiKeys[index] as string,
    home: index % 2,
    connecting: false,
    failures: 0,
    leaving: false,
  }));
  soak.ledger = new EventLedger(options.gateways);
  soak.apis = await inPool(20, 4, async (k) => {
    const name = `soak-${soak.runId}-${k}`;
    const api = await first.createApi({ body: apiBody(name, 1) });
    return { id: api.id, revisionId: api.revisionId, name };
  });

  log(`opening ${options.gateways} gateway connections over both instances`);
  const connectStarted = now();
  // 200 handshakes a second, not all at once.
  soak.gateways.forEach((gateway, index) => setTimeout(() => connect(soak, gateway), index * 5));
  const allConnected = () => soak.gateways.every((gateway) => gateway.ws !== undefined);
  if (!(await waitUntil(allConnected, 120_000, 100)))
    throw new Error(
      `only ${soak.gateways.filter((g) => g.ws !== undefined).length} of ${options.gateways} connections opened`,
    );
  const connectMs = Math.round(now() - connectStarted);
  log(`all connected in ${connectMs} ms; load for ${options.durationS} s, a fault every ${options.faultIntervalS} s`);

  const pgAdmin = new pg.Client({ connectionString: options.databaseUrl, application_name: 'clawgate-soak' });
  await pgAdmin.connect();
  const redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 });
  await redis.connect();
  const loadAtLoadStart = os.loadavg().map((n) => round(n, 2));
  soak.loadStartedAt = now();
  const endAt = soak.loadStartedAt + options.durationS * 1000;
  const loadOver = () => now() >= endAt || soak.aborted !== undefined;
  sample(soak);
  const sampler = setInterval(() => sample(soak), RSS_EVERY_MS);
  const heapReader =
    options.heapEveryS === undefined
      ? undefined
      : setInterval(() => {
          const t = soak.sinceLoadS();
          soak.instances[0]?.server?.usage(true).then(
            ({ memory }) => soak.retainedHeap.push({ t, mib: round((memory.heapUsed + memory.external) / 2 ** 20, 1) }),
            () => {},
          );
        }, options.heapEveryS * 1000);
  const faults = (async () => {
    for (let k = 0; ; k++) {
      const due = soak.loadStartedAt + (k + 1) * options.faultIntervalS * 1000;
      // No fault so late that its recovery would run past the end of the load.
      if (due + 20_000 > endAt) return;
      await waitUntil(() => now() >= due || loadOver(), Math.max(0, due - now()) + 1000, 200);
      if (loadOver()) return;
      await injectFault(soak, FAULTS[k % FAULTS.length] as FaultKind, pgAdmin, redis);
    }
  })();
  const progress = setInterval(() => {
    const connected = soak.gateways.filter((gateway) => gateway.ws !== undefined).length;
    const onInstance = [0, 1].map((i) => soak.gateways.filter((gateway) => gateway.on === i).length);
    log(
      `${soak.sinceLoadS()} s: ${soak.calls.started} calls, ${soak.calls.errors.length} failed; ` +
        `${connected} connected (${onInstance.join(' / ')}); ${soak.ledger.outstanding()} events in flight; ` +
        `RSS ${soak.instances.map((i) => i.rss[i.rss.length - 1]?.mib ?? '—').join(' / ')} MiB`,
    );
  }, 30_000);
  let loadEndedAt = 0;
  const ended = <T>(result: T): T => {
    loadEndedAt = Math.max(loadEndedAt, now());
    return result;
  };
  // A fault still recovering when the load ends is waited for, but not counted as load time.
  const [rest, deploys] = await Promise.all([
    steady(options.restRate, options.maxInFlight, loadOver, () => restOperation(soak)).then(ended),
    steady(options.deployRate, options.maxInFlight, loadOver, () => deployOperation(soak)).then(ended),
    faults,
  ]);
  clearInterval(progress);
  sample(soak);
  clearInterval(sampler);
  clearInterval(heapReader);
  const loadAtLoadEnd = os.loadavg().map((n) => round(n, 2));
  log(`load over after ${soak.sinceLoadS(loadEndedAt)} s; waiting for the last events`);

  const drained = await waitUntil(() => soak.ledger.outstanding() === 0 && allConnected(), 60_000, 100);
  // Events from calls that failed (or were abandoned) may still be on their way: let the 5 s poll pass.
  await sleep(6_000);
  const logCheck = await checkLogs(soak);
  await pgAdmin.end().catch(() => {});
  redis.disconnect();
  return report(soak, {
    connectMs,
    loadEndedAt,
    drained,
    logCheck,
    schedulers: { rest, deploys },
    loadAverage: { atLoadStart: loadAtLoadStart, atLoadEnd: loadAtLoadEnd },
  });
}

interface RunFacts {
  connectMs: number;
  loadEndedAt: number;
  drained: boolean;
  logCheck: LogCheck;
  schedulers: Record<string, { throttled: number; schedulerLagMaxMs: number }>;
  loadAverage: Record<string, number[]>;
}

/** --heap-every: instance #0's retained heap over the RSS window (information, not a check). */
function retainedLine(soak: Soak, loadS: number, windowS: number): string[] {
  const spread = rssSpread(soak.retainedHeap, loadS, windowS);
  if (spread === undefined) return [];
  return [
    `instance #0 heap + external after a forced GC: ${spread.minMiB}–${spread.maxMiB} MiB over ${spread.samples} readings ` +
      `(${round(spread.spread * 100, 1)}%, ${spread.fromS}–${spread.toS} s); all readings: ${soak.retainedHeap.map((r) => r.mib).join(' ')}`,
  ];
}

interface Check {
  name: string;
  pass: boolean;
  detail: string;
}

function report(soak: Soak, facts: RunFacts): { text: string; json: object; pass: boolean } {
  const { options } = soak;
  const loadS = (facts.loadEndedAt - soak.loadStartedAt) / 1000;
  const graceMs = options.graceS * 1000;

  // Errors: the ones a fault explains, and the rest.
  const explained: CallError[] = [];
  const unexplained5xx: CallError[] = [];
  const unexplainedNetwork: CallError[] = [];
  const unexpected4xx: CallError[] = [];
  for (const error of soak.calls.errors) {
    const fault = duringFault(soak.faults, error.startedAt, error.endedAt, graceMs);
    if (error.status >= 500) {
      if (fault !== undefined && error.status === 503 && FAULT_5XX_CODES.has(error.code)) explained.push(error);
      else unexplained5xx.push(error);
    } else if (error.status === 0) {
      if (fault !== undefined) explained.push(error);
      else unexplainedNetwork.push(error);
    } else if (!(error.kind === 'deploy: undeploy' && error.status === 404)) {
      // 404 on an undeploy: a concurrent deploy to the same key replaced it first (a harness race).
      unexpected4xx.push(error);
    }
  }
  const describe = (error: CallError) =>
    `${error.kind} on #${error.instance} at ${soak.sinceLoadS(error.startedAt)} s: ${error.message} (X-Request-Id ${error.correlationId})`;

  const events: LedgerSummary = soak.ledger.summary();
  const rssWindowS = Math.min(options.rssWindowS, loadS / 2);
  const rss: Record<string, RssSpread | undefined> = {};
  for (const instance of soak.instances) {
    // The killed instance: only its samples since its latest start.
    const since =
      instance.index === KILLED ? (soak.faults.filter((f) => f.kind === 'instance-kill').pop()?.atS ?? 0) : 0;
    rss[`#${instance.index}`] = rssSpread(
      instance.rss.filter((s) => s.t >= since),
      loadS,
      instance.index === KILLED ? loadS - since : rssWindowS,
    );
  }
  const judged = rss['#0'];
  // Judged on the floor (the lowest sample of each half of the window): the raw spread is the collector's sawtooth.
  const floor = rssFloor(soak.instances[0]?.rss ?? [], loadS, rssWindowS);
  const kills = soak.faults.filter((fault) => fault.kind === 'instance-kill').length;

  const checks: Check[] = [
    {
      name: 'no crash (instance exit other than the injected kills)',
      pass: soak.crashes.length === 0,
      detail: `${soak.crashes.length} crashes, ${kills} injected kills`,
    },
    {
      name: 'no lost event (every 2xx call’s event applied on its gateway)',
      pass: events.lost === 0 && facts.drained,
      detail: `${events.expectedEvents} expected, ${events.lost} lost${facts.drained ? '' : ' (not drained within 60 s)'}`,
    },
    {
      name: 'events in seq order, none appended twice, redeliveries identical',
      pass: events.gaps === 0 && events.duplicatedEvents === 0 && events.conflictingRedeliveries === 0,
      detail: `${events.gaps} gaps, ${events.duplicatedEvents} duplicated, ${events.conflictingRedeliveries} conflicting redeliveries, ${events.redelivered} redeliveries dropped`,
    },
    {
      name: 'every gateway got everything in its log',
      pass: facts.logCheck.behind === 0 && facts.logCheck.failedReads === 0 && events.unknownEvents === 0,
      detail: `${facts.logCheck.checked} logs read, ${facts.logCheck.behind} behind, ${facts.logCheck.failedReads} unreadable, ${events.unknownEvents} unknown events`,
    },
    {
      name: 'no 5xx other than 503 database_unavailable/service_unavailable during a fault',
      pass: unexplained5xx.length === 0,
      detail: `${unexplained5xx.length} unexplained 5xx`,
    },
    {
      name: 'no failed connection to an instance outside a fault',
      pass: unexplainedNetwork.length === 0,
      detail: `${unexplainedNetwork.length} network errors outside faults`,
    },
    {
      name: 'no unexpected 4xx (the harness’s own calls are valid)',
      pass: unexpected4xx.length === 0,
      detail: `${unexpected4xx.length} unexpected 4xx`,
    },
    {
      name: `RSS floor of instance #0 rises at most ${options.rssTolerancePercent}% over the last ${round(rssWindowS / 60, 1)} min`,
      pass: floor !== undefined && floor.floors.length >= 2 && floor.growth * 100 <= options.rssTolerancePercent,
      detail:
        floor === undefined || judged === undefined
          ? 'no samples'
          : `lowest of each half ${floor.floors.join(' / ')} MiB, growth ${round(floor.growth * 100, 1)}%; ` +
            `raw ${judged.minMiB}–${judged.maxMiB} MiB over ${judged.samples} samples (${round(judged.spread * 100, 1)}%, GC cycle included)`,
    },
  ];
  const pass = checks.every((check) => check.pass);

  // The final log reads are the check, not the load.
  const kinds = [...soak.calls.byKind.entries()]
    .filter(([kind]) => !kind.startsWith('final:'))
    .sort(([a], [b]) => a.localeCompare(b));
  const perKind = kinds.map(([kind, entry]) => {
    const latency = summarize(entry.latencies);
    const failed = [...entry.errors.values()].reduce((sum, n) => sum + n, 0);
    return {
      kind,
      ok: entry.ok,
      failed,
      perS: round((entry.ok + failed) / loadS, 2),
      p50Ms: round(latency.p50, 1),
      p99Ms: round(latency.p99, 1),
      errors: Object.fromEntries(entry.errors),
    };
  });
  const totalCalls = perKind.reduce((sum, kind) => sum + kind.ok + kind.failed, 0);
  const handshake = summarize(soak.channel.handshake);
  const rehandshake = summarize(soak.channel.rehandshake);
  const eventLatency = summarize(soak.eventLatency);
  const ms = (summary: { p50: number; p99: number; max: number }) => ({
    p50: round(summary.p50, 1),
    p99: round(summary.p99, 1),
    max: round(summary.max, 1),
  });

  const lines = [
    `soak: ${round(loadS, 1)} s of load, ${soak.faults.length} faults (${FAULTS.map((kind) => `${soak.faults.filter((f) => f.kind === kind).length} ${kind}`).join(', ')}), ${options.gateways} gateways`,
    '',
    table([
      ['check', 'result', 'detail'],
      ...checks.map((check) => [check.name, check.pass ? 'pass' : 'FAIL', check.detail]),
    ]),
    '',
    table([
      ['calls', 'ok', 'failed', '/s', 'p50 ms', 'p99 ms', 'errors'],
      ...perKind.map((k) => [k.kind, k.ok, k.failed, k.perS, k.p50Ms, k.p99Ms, JSON.stringify(k.errors)]),
    ]),
    `total ${totalCalls} calls, ${round(totalCalls / loadS, 1)}/s offered ${options.restRate + options.deployRate}/s; ` +
      `${explained.length} errors during faults (allowed)`,
    '',
    table([
      ['fault', 'at s', 'healthy after s', 'detail'],
      ...soak.faults.map((fault) => [fault.kind, fault.atS, fault.recoveredAfterS, fault.detail]),
    ]),
    '',
    `events: ${events.expectedEvents} expected, ${events.applied} applied, ${events.lost} lost, ${events.redelivered} redeliveries dropped, ` +
      `${events.eventsFromFailedCalls} from calls without a 2xx`,
    `event latency (call start → applied on the gateway): p50 ${round(eventLatency.p50, 1)}, p99 ${round(eventLatency.p99, 1)}, max ${round(eventLatency.max, 1)} ms`,
    `gateway channel: ${soak.channel.connects} connects (first ${handshake.count}: handshake p50 ${round(handshake.p50, 1)} / p99 ${round(handshake.p99, 1)} ms; ` +
      `${rehandshake.count} reconnects: p50 ${round(rehandshake.p50, 1)} / p99 ${round(rehandshake.p99, 1)} ms), ` +
      `${soak.channel.moves} moved home, closes ${JSON.stringify(Object.fromEntries(soak.channel.closes))}, ` +
      `refused/failed ${JSON.stringify(Object.fromEntries(soak.channel.connectFailures))}, ` +
      `not recovered ${soak.channel.notRecovered}, error frames ${JSON.stringify(Object.fromEntries(soak.channel.errorFrames))}`,
    `RSS MiB: ${Object.entries(rss)
      .map(([name, spread]) =>
        spread === undefined
          ? `${name} —`
          : `${name} ${spread.minMiB}–${spread.maxMiB} (${round(spread.spread * 100, 1)}%, ${spread.fromS}–${spread.toS} s)`,
      )
      .join('; ')}; CPU % of a core: ${soak.instances.map((i) => `#${i.index} ${cpuPercent(i) ?? '—'}`).join(', ')}`,
    ...retainedLine(soak, loadS, rssWindowS),
    `load average (1/5/15 min): ${facts.loadAverage.atLoadStart?.join(' ')} at load start, ${facts.loadAverage.atLoadEnd?.join(' ')} at load end (${os.cpus().length} CPUs)`,
  ];
  for (const error of unexplained5xx.slice(0, 10)) lines.push(`unexplained 5xx: ${describe(error)}`);
  for (const error of unexplainedNetwork.slice(0, 10)) lines.push(`network error outside a fault: ${describe(error)}`);
  for (const error of unexpected4xx.slice(0, 10)) lines.push(`unexpected 4xx: ${describe(error)}`);
  for (const crash of soak.crashes)
    lines.push(
      `crash of #${crash.instance} (pid ${crash.pid}) at ${crash.atS} s: code ${crash.code}, signal ${crash.signal}`,
    );
  for (const sample of [
    ...events.lostSamples.map((l) => `lost: ${l.correlationId} on gateway #${l.gateway}`),
    ...events.gapSamples,
    ...facts.logCheck.samples,
  ].slice(0, 20))
    lines.push(sample);
  lines.push('', pass ? 'PASS' : 'FAIL');

  const json = {
    bench: 'soak',
    at: new Date().toISOString(),
    command: `npm run bench:soak -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machineInfo(),
    options,
    pass,
    checks,
    loadSeconds: round(loadS, 1),
    loadAverage: facts.loadAverage,
    calls: { total: totalCalls, perS: round(totalCalls / loadS, 2), perKind, errorsDuringFaults: explained.length },
    unexplained5xx: unexplained5xx.slice(0, 50).map(describe),
    unexplainedNetwork: unexplainedNetwork.slice(0, 50).map(describe),
    unexpected4xx: unexpected4xx.slice(0, 50).map(describe),
    faults: soak.faults.map(({ kind, atS, recoveredAfterS, detail }) => ({ kind, atS, recoveredAfterS, detail })),
    crashes: soak.crashes,
    events,
    eventLatencyMs: ms(eventLatency),
    logCheck: facts.logCheck,
    channel: {
      connectAllMs: facts.connectMs,
      connects: soak.channel.connects,
      handshakeMs: ms(handshake),
      reconnects: rehandshake.count,
      reconnectHandshakeMs: ms(rehandshake),
      movedHome: soak.channel.moves,
      closes: Object.fromEntries(soak.channel.closes),
      connectFailures: Object.fromEntries(soak.channel.connectFailures),
      notRecovered: soak.channel.notRecovered,
      errorFrames: Object.fromEntries(soak.channel.errorFrames),
    },
    rss: {
      judged: '#0',
      windowS: round(rssWindowS, 1),
      floor: floor ?? null,
      spreads: rss,
      samples: soak.instances.map((i) => i.rss),
    },
    retainedHeap:
      options.heapEveryS === undefined
        ? null
        : { spread: rssSpread(soak.retainedHeap, loadS, rssWindowS) ?? null, samples: soak.retainedHeap },
    cpuPercentOfCore: Object.fromEntries(soak.instances.map((i) => [`#${i.index}`, cpuPercent(i) ?? null])),
    schedulers: facts.schedulers,
  };
  return { text: lines.join('\n'), json, pass };
}

// ---------------------------------------------------------------------------------------------

function durationOption(values: Record<string, unknown>, name: string, fallbackS: number): number {
  const raw = values[name];
  if (raw === undefined) return fallbackS;
  const seconds = typeof raw === 'string' ? parseDurationS(raw) : undefined;
  if (seconds === undefined) throw new UsageError(`--${name}: ${JSON.stringify(raw)} is not a duration (90s, 10m, 1h)`);
  return seconds;
}

function parseOptions(argv: string[]): Options & { help: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      'fault-interval': { type: 'string' },
      gateways: { type: 'string' },
      'rest-rate': { type: 'string' },
      'deploy-rate': { type: 'string' },
      'max-in-flight': { type: 'string' },
      'rss-window': { type: 'string' },
      'rss-tolerance': { type: 'string' },
      grace: { type: 'string' },
      'restart-delay': { type: 'string' },
      'heap-every': { type: 'string' },
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      json: { type: 'string' },
      deadline: { type: 'string' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const durationS = durationOption(values, 'duration', 600);
  return {
    help: values.help === true,
    durationS,
    faultIntervalS: durationOption(values, 'fault-interval', 30),
    gateways: intOption(values, 'gateways', 1000, 1),
    restRate: numberOption(values, 'rest-rate', 20),
    deployRate: numberOption(values, 'deploy-rate', 10),
    maxInFlight: intOption(values, 'max-in-flight', 64, 1),
    rssWindowS: durationOption(values, 'rss-window', 300),
    rssTolerancePercent: numberOption(values, 'rss-tolerance', 10),
    graceS: durationOption(values, 'grace', 5),
    restartDelayS: durationOption(values, 'restart-delay', 2),
    heapEveryS: values['heap-every'] === undefined ? undefined : durationOption(values, 'heap-every', 60),
    databaseUrl: stringOption(values, 'database-url') ?? 'postgres://postgres@127.0.0.1:5432/test',
    redisUrl: stringOption(values, 'redis-url') ?? 'redis://127.0.0.1:6379',
    json: stringOption(values, 'json'),
    deadlineS: durationOption(values, 'deadline', durationS + 300),
    keep: values.keep === true,
  };
}

async function main(settings: Omit<ReturnType<typeof parseOptions>, 'help'>): Promise<number> {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clawgate-soak-'));
  const soak = new Soak(settings, workDir);
  // Ctrl-C or the deadline: stop the load, then the same cleanup as a normal end.
  let interrupts = 0;
  const abort = (why: string) => {
    interrupts++;
    if (interrupts > 1) {
      process.stderr.write(`soak: stopping now; scratch database ${soak.database} may be left behind\n`);
      process.exit(130);
    }
    log(`${why}: stopping (again to stop at once)`);
    soak.aborted = why;
  };
  process.on('SIGINT', () => abort('interrupted'));
  process.on('SIGTERM', () => abort('terminated'));
  setTimeout(() => abort(`deadline of ${settings.deadlineS} s`), settings.deadlineS * 1000).unref();
  setTimeout(() => process.exit(3), (settings.deadlineS + 120) * 1000).unref();

  let result: { text: string; json: object; pass: boolean } | undefined;
  try {
    result = await run(soak);
  } finally {
    soak.stopping = true;
    for (const gateway of soak.gateways) {
      clearTimeout(gateway.timer);
      gateway.leaving = true;
      gateway.ws?.terminate();
    }
    for (const instance of soak.instances) instance.exitExpected = true;
    await Promise.all(soak.instances.map((instance) => instance.server?.stop(10_000) ?? Promise.resolve()));
    if (settings.keep) log(`kept ${workDir} and database ${soak.database}`);
    else {
      await dropDatabase(settings, soak.database).catch((err: unknown) =>
        log(`could not drop ${soak.database}: ${describeFailure(err)}`),
      );
      rmSync(workDir, { recursive: true, force: true });
    }
    const redis = new Redis(settings.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis
      .connect()
      .then(() => deleteRedisKeys(redis, soak.redisPrefix))
      .catch((err: unknown) => log(`could not delete the Redis keys ${soak.redisPrefix}*: ${describeFailure(err)}`));
    redis.disconnect();
  }
  if (result === undefined) return 1;
  process.stdout.write(`\n${result.text}\n\n${JSON.stringify(result.json, null, 2)}\n`);
  if (settings.json !== undefined) writeFileSync(settings.json, `${JSON.stringify(result.json, null, 2)}\n`);
  return result.pass ? 0 : 1;
}

runBench('bench:soak', USAGE, parseOptions, main);
