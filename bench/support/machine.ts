/** What a result was measured on: the host and the code. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { round } from './stats.js';

/** Load average when the bench module was loaded. */
const LOAD_AT_START = os.loadavg().map((n) => round(n, 2));

export function loadAtStart(): number[] {
  return LOAD_AT_START;
}

/** The host, the load average (start and now) and the commit the server code came from. */
export function machineInfo() {
  return {
    loadAverage: { atStart: LOAD_AT_START, atEnd: os.loadavg().map((n) => round(n, 2)) },
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryMiB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    commit: git(['rev-parse', '--short', 'HEAD']),
    /** uncommitted changes under src/ (another engineer's work in progress was part of the run) */
    srcDirty: (git(['status', '--porcelain', '--', 'src']) ?? '') !== '',
  };
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
