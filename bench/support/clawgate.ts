/** Starting clawgate for a bench and preparing gateways through its REST API. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ClawgateClient } from '../../generated/sdk/index.js';
import { inPool } from './clients.js';
import { spawnServer, type ServerChild } from './server-child.js';

/** The gateway event channel. */
export const GATEWAY_CHANNEL_PATH = '/api/internal/v1/ws/gateways/connect';

export interface ClawgateBenchServer {
  server: ServerChild;
  /** REST client with the admin token */
  client: ClawgateClient;
  wsUrl: string;
}

export interface StartClawgateOptions {
  /** where the embedded database, logs and the child's output go */
  workDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** WS_MAX_CONNECTIONS for the run */
  maxConnections: number;
  /** NODE_ENV; production = no response/frame validation, like a deployment */
  nodeEnv: string;
  /** several instances of one deployment share the token and the Redis prefix (default: fresh ones) */
  adminToken?: string;
  redisPrefix?: string;
  /** listen port (default 0: any free one); a restarted instance keeps its port */
  port?: number;
  /** where the child's output goes (default `<workDir>/clawgate.out`) */
  logFile?: string;
  /** further settings of the child (e.g. a tier's rate limit raised out of the way) */
  env?: Record<string, string>;
}

/**
 * Starts clawgate as a child process with a fresh state dir and the limits a bench needs:
 * every handshake comes from 127.0.0.x, so the per-IP handshake limit (WS_RATE_LIMIT_PER_MINUTE,
 * 10 by default) is raised out of the way, and WS_MAX_CONNECTIONS is set to the run's size.
 */
export async function startClawgate(options: StartClawgateOptions): Promise<ClawgateBenchServer> {
  const adminToken = options.adminToken ?? `bench-${randomBytes(24).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: options.nodeEnv,
    HOST: '127.0.0.1',
    PORT: String(options.port ?? 0),
    CLAWGATE_STATE_DIR: path.join(options.workDir, 'state'),
    CLAWGATE_ADMIN_TOKEN: adminToken,
    CLAWGATE_LOG_CONSOLE: 'false',
    WS_MAX_CONNECTIONS: String(options.maxConnections),
    WS_RATE_LIMIT_PER_MINUTE: String(1_000_000_000),
    ...options.env,
  };
  if (options.databaseUrl !== undefined) env.DATABASE_URL = options.databaseUrl;
  if (options.redisUrl !== undefined) {
    env.REDIS_URL = options.redisUrl;
    env.CLAWGATE_REDIS_PREFIX = options.redisPrefix ?? `bench-${randomBytes(4).toString('hex')}:`;
  }
  const logFile = options.logFile ?? path.join(options.workDir, 'clawgate.out');
  const server = await spawnServer({ mode: 'clawgate', env, logFile });
  const client = new ClawgateClient({ baseUrl: server.url, adminToken });
  return { server, client, wsUrl: `${server.url.replace(/^http/, 'ws')}${GATEWAY_CHANNEL_PATH}` };
}

export interface RegisteredGateways {
  ids: string[];
  apiKeys: string[];
  /** wall time of the registrations, ms */
  elapsedMs: number;
}

/** Registers `count` gateways through `POST /api/internal/v1/gateways`. */
export async function registerGateways(
  client: ClawgateClient,
  count: number,
  runId: string,
  concurrency = 8,
): Promise<RegisteredGateways> {
  const started = performance.now();
  const registered = await inPool(count, concurrency, (index) =>
    client.registerGateway({
      body: { name: `bench-${runId}-${index}`, description: 'clawgate bench', vhost: 'bench.example.com' },
    }),
  );
  return {
    ids: registered.map((gateway) => gateway.id),
    apiKeys: registered.map((gateway) => gateway.apiKey),
    elapsedMs: performance.now() - started,
  };
}

/** Deletes what a run created (only matters on a shared database). Failures are reported, not thrown. */
export async function deleteGateways(client: ClawgateClient, ids: readonly string[]): Promise<number> {
  let failed = 0;
  await inPool(ids.length, 8, async (index) => {
    await client.deleteGateway({ params: { gatewayId: ids[index] as string } }).catch(() => failed++);
  });
  return failed;
}

/** The value of an unlabelled (or first) sample of a metric in Prometheus text format. */
export function metricValue(text: string, name: string): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match?.[1] === name) return Number(match[3]);
  }
  return undefined;
}

/** Sum of every sample of a metric (all label sets). */
export function metricSum(text: string, name: string): number | undefined {
  let sum: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (match?.[1] === name) sum = (sum ?? 0) + Number(match[3]);
  }
  return sum;
}

/** A short description of a failed REST call: status and error code when the server answered. */
export function describeFailure(err: unknown): string {
  const status = (err as { status?: number }).status;
  const body = (err as { body?: { error?: { code?: string; message?: string } } }).body;
  if (status !== undefined && status > 0)
    return `HTTP ${status} ${body?.error?.code ?? ''} ${body?.error?.message ?? ''}`.trim();
  return err instanceof Error ? err.message : String(err);
}
