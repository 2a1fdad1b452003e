import { statfs } from 'node:fs/promises';
import { getHeapStatistics } from 'node:v8';
import type { AppDeps } from '../deps.js';
import type { ServerLifecycle } from './lifecycle.js';

export interface CheckResult {
  status: 'up' | 'down' | 'skipped';
  latencyMs?: number;
  details?: Record<string, unknown>;
}

export interface HealthCheckOptions {
  deps: Pick<AppDeps, 'db' | 'redis' | 'config'>;
  lifecycle: ServerLifecycle;
  /** whether every migration is applied; createDependencies migrates before returning */
  migrationsApplied: () => Promise<boolean>;
  /** a dependency slower than this is down, default 2 s */
  checkTimeoutMs?: number;
  /** disk is down below this many free bytes, default 64 MiB */
  minFreeDiskBytes?: number;
}

/** The dependency checks behind `/health/ready` and `/health`. */
export class HealthChecks {
  readonly #options: Required<HealthCheckOptions>;

  constructor(options: HealthCheckOptions) {
    this.#options = { checkTimeoutMs: 2000, minFreeDiskBytes: 64 * 1024 * 1024, ...options };
  }

  async database(): Promise<CheckResult> {
    const { db } = this.#options.deps;
    return this.#timed(() => db.ping(), { kind: db.kind });
  }

  async redis(): Promise<CheckResult> {
    const { redis } = this.#options.deps;
    if (redis === undefined)
      return { status: 'skipped', details: { reason: 'REDIS_URL not set; in-process bus and counters' } };
    // Read after the probe: a failed ping says why, the state says since when and what ioredis is doing.
    const result = await this.#timed(() => redis.ping());
    const state = redis.state?.();
    return state === undefined ? result : { ...result, details: { ...result.details, ...state } };
  }

  async migrations(): Promise<CheckResult> {
    try {
      return (await withTimeout(this.#options.migrationsApplied(), this.#options.checkTimeoutMs))
        ? { status: 'up' }
        : { status: 'down', details: { reason: 'migrations pending' } };
    } catch (err) {
      return { status: 'down', details: { error: errorMessage(err) } };
    }
  }

  shutdown(): CheckResult {
    return this.#options.lifecycle.shuttingDown
      ? { status: 'down', details: { reason: 'shutting down' } }
      : { status: 'up' };
  }

  /** Free space where the state lives (PGlite data, logs, admin token). */
  async disk(): Promise<CheckResult> {
    const path = this.#options.deps.config.stateDir;
    const started = performance.now();
    try {
      const stats = await statfs(path);
      const freeBytes = Number(stats.bavail) * Number(stats.bsize);
      const totalBytes = Number(stats.blocks) * Number(stats.bsize);
      return {
        status: freeBytes < this.#options.minFreeDiskBytes ? 'down' : 'up',
        latencyMs: elapsed(started),
        details: { path, freeBytes, totalBytes, minFreeBytes: this.#options.minFreeDiskBytes },
      };
    } catch (err) {
      return { status: 'down', latencyMs: elapsed(started), details: { path, error: errorMessage(err) } };
    }
  }

  /** Process memory; down when the heap is nearly at V8's limit. */
  memory(): CheckResult {
    const usage = process.memoryUsage();
    const heapLimitBytes = getHeapStatistics().heap_size_limit;
    return {
      status: usage.heapUsed > heapLimitBytes * 0.95 ? 'down' : 'up',
      details: { rssBytes: usage.rss, heapUsedBytes: usage.heapUsed, heapLimitBytes },
    };
  }

  /** `/health/ready`: database, migrations, Redis when configured, not shutting down. */
  async readiness(): Promise<{
    ready: boolean;
    checks: Record<'database' | 'migrations' | 'redis' | 'shutdown', CheckResult>;
  }> {
    const [database, migrations, redis] = await Promise.all([this.database(), this.migrations(), this.redis()]);
    const checks = { database, migrations, redis, shutdown: this.shutdown() };
    return { ready: Object.values(checks).every((check) => check.status !== 'down'), checks };
  }

  /** `/health`: one entry per dependency. */
  async report(): Promise<{ healthy: boolean; checks: Record<'database' | 'redis' | 'disk' | 'memory', CheckResult> }> {
    const [database, redis, disk] = await Promise.all([this.database(), this.redis(), this.disk()]);
    const checks = { database, redis, disk, memory: this.memory() };
    return { healthy: Object.values(checks).every((check) => check.status !== 'down'), checks };
  }

  async #timed(probe: () => Promise<void>, details?: Record<string, unknown>): Promise<CheckResult> {
    const started = performance.now();
    try {
      await withTimeout(probe(), this.#options.checkTimeoutMs);
      return { status: 'up', latencyMs: elapsed(started), ...(details ? { details } : {}) };
    } catch (err) {
      return { status: 'down', latencyMs: elapsed(started), details: { ...details, error: errorMessage(err) } };
    }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}

/** The failure as an operator needs it: a coded error names its underlying cause too. */
function errorMessage(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  return err.cause instanceof Error ? `${err.message} (${err.cause.message})` : err.message;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
