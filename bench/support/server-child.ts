/** Starts `server-process.ts` as a child process and talks to it over IPC. */
import { fork } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CpuProfile } from './cpu-profile.js';
import type { BurstPlan, BurstReport, ChildMessage, ParentMessage, ProcessUsage } from './protocol.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const SCRIPT = fileURLToPath(new URL('./server-process.ts', import.meta.url));
/** What the child inherits from the bench's environment; everything else is set explicitly. */
const INHERITED = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];

export interface ServerChild {
  mode: 'clawgate' | 'baseline';
  pid: number;
  url: string;
  port: number;
  /** Memory and CPU of the child; `collectGarbage` runs `global.gc` first (the child has --expose-gc). */
  usage(collectGarbage: boolean): Promise<ProcessUsage>;
  /** Starts the V8 CPU profiler in the child (node:inspector). */
  startProfile(): Promise<void>;
  /** Stops it and returns the profile (`.cpuprofile` JSON). */
  stopProfile(): Promise<CpuProfile>;
  /** Baseline only: the child plays the burst and answers when every frame was written. */
  burst(plan: BurstPlan): Promise<BurstReport>;
  /** Graceful stop (clawgate: `close()`, every connection gets 1000); kills after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
  /** Sends `signal` to the child at once (a soak's injected crash). */
  kill(signal: NodeJS.Signals): void;
  /** Settles when the child process exits, for whatever reason. */
  readonly exited: Promise<ChildExit>;
}

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface SpawnServerOptions {
  mode: 'clawgate' | 'baseline';
  /** Environment of the child on top of PATH/HOME/TMPDIR/LANG/TZ (nothing else leaks in). */
  env?: Record<string, string>;
  /** stdout and stderr of the child are appended here */
  logFile: string;
  startTimeoutMs?: number;
}

/**
 * Forks the server child and resolves once it listens.
 *
 * @example
 * const server = await spawnServer({ mode: 'baseline', logFile: '/tmp/baseline.log' });
 * const { memory } = await server.usage(true);
 * await server.stop();
 */
export async function spawnServer({
  mode,
  env = {},
  logFile,
  startTimeoutMs = 120_000,
}: SpawnServerOptions): Promise<ServerChild> {
  const inherited: Record<string, string> = {};
  for (const name of INHERITED) {
    const value = process.env[name];
    if (value !== undefined) inherited[name] = value;
  }
  const log = openSync(logFile, 'a');
  const child = fork(SCRIPT, [mode], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    env: { ...inherited, ...env },
    stdio: ['ignore', log, log, 'ipc'],
  });
  closeSync(log);

  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>();
  let nextId = 1;
  let exited = false;
  let onExit: (exit: ChildExit) => void = () => {};
  const exitedPromise = new Promise<ChildExit>((resolve) => (onExit = resolve));
  const ready = new Promise<{ url: string; port: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${mode} server did not start within ${startTimeoutMs} ms (see ${logFile})`)),
      startTimeoutMs,
    );
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve({ url: message.url, port: message.port });
      } else if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(`${mode} server failed to start: ${message.message}`));
      } else {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiter?.resolve(message.result);
        else waiter?.reject(new Error(message.message));
      }
    });
    child.on('exit', (code, signal) => {
      exited = true;
      process.off('exit', killOnExit);
      onExit({ code, signal });
      clearTimeout(timer);
      const err = new Error(`${mode} server exited (code ${code}, signal ${signal}); see ${logFile}`);
      reject(err);
      for (const waiter of pending.values()) waiter.reject(err);
      pending.clear();
    });
  });
  // Never leave a server behind when the bench itself ends.
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const request = <T>(message: DistributiveOmit<ParentMessage, 'id'>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (exited) return reject(new Error(`${mode} server is not running`));
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...message, id });
    });

  try {
    const { url, port } = await ready;
    return {
      mode,
      pid: child.pid ?? -1,
      url,
      port,
      usage: (collectGarbage) => request<ProcessUsage>({ type: 'usage', collectGarbage }),
      startProfile: async () => {
        await request({ type: 'profile', action: 'start' });
      },
      stopProfile: () => request<CpuProfile>({ type: 'profile', action: 'stop' }),
      burst: (plan) => request<BurstReport>({ type: 'burst', plan }),
      stop: async (timeoutMs = 15_000) => {
        if (exited) return;
        const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        request({ type: 'stop' }).catch(() => {});
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        await gone;
        clearTimeout(timer);
        process.off('exit', killOnExit);
      },
      kill: (signal) => {
        if (!exited) child.kill(signal);
      },
      exited: exitedPromise,
    };
  } catch (err) {
    killOnExit();
    throw err;
  }
}
