import http from 'node:http';
import type { AddressInfo } from 'node:net';
import winston from 'winston';
import { loadConfig } from '../../src/config/load.js';
import type { AppDeps } from '../../src/deps.js';
import { createMetrics, type Metrics } from '../../src/observability/metrics.js';
import {
  attachRealtimeServer,
  type AttachRealtimeServerOptions,
  type RealtimeServer,
} from '../../src/realtime/index.js';

export type TransportDeps = Pick<AppDeps, 'config' | 'logger' | 'metrics'> & Partial<Pick<AppDeps, 'rateLimits'>>;

/** Config (NODE_ENV=test unless given), a silent logger and a fresh metrics registry. */
export function transportDeps(env: Record<string, string> = {}): TransportDeps {
  const config = loadConfig({ env: { NODE_ENV: 'test', CLAWGATE_LOG_CONSOLE: 'false', ...env }, argv: [] });
  return { config, logger: winston.createLogger({ silent: true }), metrics: createMetrics({ defaultMetrics: false }) };
}

export interface RealtimeTestServer {
  /** `ws://127.0.0.1:<port>` */
  url: string;
  httpServer: http.Server;
  realtime: RealtimeServer;
  deps: TransportDeps;
  /** Closes the realtime server (1000) and the HTTP server. */
  close(): Promise<void>;
}

/**
 * A plain HTTP server on 127.0.0.1:0 with `attachRealtimeServer` on it.
 *
 * @example
 * const server = await startRealtimeServer({ channels: [channel], maxConnections: 10 });
 * const client = await connectClient(`${server.url}/ws`);
 */
export async function startRealtimeServer(
  options: Omit<AttachRealtimeServerOptions, 'server' | 'deps'> & { deps?: TransportDeps },
): Promise<RealtimeTestServer> {
  const deps = options.deps ?? transportDeps();
  const httpServer = http.createServer((_req, res) => {
    res.statusCode = 404;
    res.end();
  });
  const realtime = attachRealtimeServer({ ...options, server: httpServer, deps });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  let closed = false;
  return {
    url: `ws://127.0.0.1:${port}`,
    httpServer,
    realtime,
    deps,
    async close() {
      if (closed) return;
      closed = true;
      await realtime.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

/** The current value of a counter or gauge for one label set (0 when never touched). */
export async function metricValue(
  metrics: Metrics,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find(
    (v) => labelsMatch(v.labels, labels) && ((v as { metricName?: string }).metricName ?? name) === name,
  );
  return found?.value ?? 0;
}

/** The sample count of a histogram for one label set. */
export async function histogramCount(
  metrics: Metrics,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const metric = metrics.registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  const { values } = await metric.get();
  const found = values.find(
    (v) => (v as { metricName?: string }).metricName === `${name}_count` && labelsMatch(v.labels, labels),
  );
  return found?.value ?? 0;
}

function labelsMatch(have: object, want: Record<string, string>): boolean {
  return Object.entries(want).every(([k, value]) => String((have as Record<string, unknown>)[k]) === value);
}
