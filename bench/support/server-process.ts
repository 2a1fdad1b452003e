/**
 * The server side of a bench, run as a child process so its memory and CPU are its own:
 *
 *   node --expose-gc --import tsx bench/support/server-process.ts clawgate   # startServer(loadConfig())
 *   node --expose-gc --import tsx bench/support/server-process.ts baseline   # a bare `ws` server
 *
 * Configuration comes from the environment the bench sets (clawgate reads it through loadConfig).
 * It talks to the bench over IPC (see protocol.ts) and exits when the bench says `stop` or goes away.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { frameText } from './clients.js';
import type { BurstPlan, BurstReport, ChildMessage, ParentMessage, ProcessUsage } from './protocol.js';

type Handler = (message: ParentMessage) => Promise<unknown>;

const mode = process.argv[2];
if (process.send === undefined) {
  process.stderr.write('server-process.ts must be started by a bench (it needs an IPC channel)\n');
  process.exit(2);
}
const send = (message: ChildMessage): void => {
  process.send?.(message);
};
// Ctrl-C reaches the whole process group: the bench decides when its servers stop (it says `stop`,
// or its exit closes the IPC channel), so it can still clean up and report.
process.on('SIGINT', () => {});

main().catch((err: unknown) => {
  send({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  setTimeout(() => process.exit(1), 100);
});

async function main(): Promise<void> {
  if (mode === 'clawgate') return serve(await startClawgate());
  if (mode === 'baseline') return serve(await startBaseline());
  throw new Error(`unknown mode ${String(mode)}: expected clawgate or baseline`);
}

interface Served {
  url: string;
  port: number;
  burst?(plan: BurstPlan): Promise<BurstReport>;
  stop(): Promise<void>;
}

async function startClawgate(): Promise<Served> {
  const { loadConfig } = await import('../../src/config/index.js');
  const { startServer } = await import('../../src/main.js');
  const server = await startServer(loadConfig(), { handleSignals: false, print: () => {} });
  return {
    url: server.url,
    port: server.port,
    stop: async () => {
      await server.close('bench finished');
    },
  };
}

/** A bare `ws` server: one `connection.ack` frame on connect, JSON-parses what it receives, nothing else. */
async function startBaseline(): Promise<Served> {
  const server = http.createServer((_req, res) => res.writeHead(404).end());
  const wss = new WebSocketServer({ server, maxPayload: 1024 * 1024 });
  const groups = new Map<number, Set<WebSocket>>();
  wss.on('connection', (ws, req) => {
    const group = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('g') ?? 0);
    let members = groups.get(group);
    if (members === undefined) groups.set(group, (members = new Set()));
    members.add(ws);
    ws.on('message', (data) => {
      try {
        JSON.parse(frameText(data));
      } catch {
        // a bare server ignores garbage
      }
    });
    ws.on('close', () => members.delete(ws));
    ws.on('error', () => {});
    ws.send(JSON.stringify({ type: 'connection.ack', timestamp: new Date().toISOString(), payload: { group } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    burst: (plan) => playBurst(plan, (group) => groups.get(group)),
    stop: async () => {
      for (const client of wss.clients) client.close(1000, 'bench finished');
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Open-loop schedule: event k is due at start + k / rate; each is an `api.deployed`-shaped frame
 * stamped with the monotonic clock (shared by every process on the machine) right before `send`.
 */
async function playBurst(
  plan: BurstPlan,
  membersOf: (group: number) => Set<WebSocket> | undefined,
): Promise<BurstReport> {
  const apiUuid = randomUUID();
  const revisionId = randomUUID();
  const start = performance.now();
  let framesWritten = 0;
  let lagMax = 0;
  let frameBytes = 0;
  for (let k = 0; k < plan.count; k++) {
    const due = start + (k * 1000) / plan.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    lagMax = Math.max(lagMax, performance.now() - due);
    // The send stamp rides in the correlation id (`<prefix><k>~<ns>`) so the frame keeps the
    // event's shape; a `pad` field is added only to reach the size of clawgate's frames.
    const frame: Record<string, unknown> = {
      type: 'api.deployed',
      seq: k + 1,
      eventId: randomUUID(),
      correlationId: `${plan.prefix}${k}~${process.hrtime.bigint()}`,
      timestamp: new Date().toISOString(),
      payload: {
        apiUuid,
        revisionId,
        vhost: 'bench.example.com',
        environment: 'production',
        deploymentId: randomUUID(),
      },
    };
    const natural = Buffer.byteLength(JSON.stringify(frame));
    const padOverhead = Buffer.byteLength(',"pad":""');
    if (plan.frameBytes >= natural + padOverhead) frame.pad = 'x'.repeat(plan.frameBytes - natural - padOverhead);
    const text = JSON.stringify(frame);
    frameBytes = Buffer.byteLength(text);
    // One serialization per event, written to every connection of the group (like a broadcast).
    for (const ws of membersOf(k % plan.groups) ?? []) {
      ws.send(text);
      framesWritten++;
    }
  }
  return { sent: plan.count, framesWritten, schedulerLagMaxMs: lagMax, frameBytes };
}

async function usage(collectGarbage: boolean): Promise<ProcessUsage> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collectGarbage && gc !== undefined) {
    // Several rounds with turns of the event loop in between, so weak/finalized objects go too.
    for (let round = 0; round < 4; round++) {
      gc();
      await sleep(20);
    }
  }
  return { memory: process.memoryUsage(), cpu: process.cpuUsage(), collected: collectGarbage && gc !== undefined };
}

let inspector: Session | undefined;

/** CPU profile of this process between `start` and `stop`, through the inspector protocol. */
async function profile(action: 'start' | 'stop'): Promise<unknown> {
  if (action === 'start') {
    inspector ??= new Session();
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.setSamplingInterval', { interval: 500 });
    await inspector.post('Profiler.start');
    return { started: true };
  }
  if (inspector === undefined) throw new Error('the profiler was not started');
  const { profile: result } = await inspector.post('Profiler.stop');
  await inspector.post('Profiler.disable');
  inspector.disconnect();
  inspector = undefined;
  return result;
}

function serve(served: Served): void {
  const handle: Handler = async (message) => {
    switch (message.type) {
      case 'usage':
        return usage(message.collectGarbage);
      case 'burst':
        if (served.burst === undefined) throw new Error(`mode ${String(mode)} does not play bursts`);
        return served.burst(message.plan);
      case 'profile':
        return profile(message.action);
      case 'stop':
        await served.stop();
        setTimeout(() => process.exit(0), 50);
        return { stopped: true };
    }
  };
  process.on('message', (message: ParentMessage) => {
    handle(message).then(
      (result) => send({ type: 'reply', id: message.id, ok: true, result }),
      (err: unknown) =>
        send({ type: 'reply', id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
  // The bench went away (crash, Ctrl-C): never outlive it.
  process.on('disconnect', () => {
    void served.stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(1), 5000).unref();
  });
  send({ type: 'ready', url: served.url, port: served.port });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
