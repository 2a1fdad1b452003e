/*
 * The previous server helper, still used by test/app.test.ts and test/main.test.ts until they move
 * to startTestServer / createTestApp in ./server.ts (issue 8, item 8); delete it with that move.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/index.js';
import type { Config } from '../../src/config/types.js';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/main.js';

export interface TestServerOptions {
  /** Extra environment for loadConfig (NODE_ENV, CLAWGATE_BODY_LIMIT_BYTES …). */
  env?: Record<string, string | undefined>;
  /** Reuse a state dir (restarts); default a fresh temp dir, removed by `dispose()`. */
  stateDir?: string;
  /** Change the loaded config before starting (TLS files, timeouts …). */
  patch?: (config: Config) => void;
  /** Passed to startServer; signals are never handled in-process by tests. */
  start?: Omit<StartServerOptions, 'handleSignals'>;
}

export interface TestServer {
  url: string;
  server: RunningServer;
  config: Config;
  stateDir: string;
  adminToken: string;
  /** fetch against the server: `request('/health')`. */
  request(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  /** `Authorization: Bearer <admin token>` (plus JSON content type). */
  adminHeaders(extra?: Record<string, string>): Record<string, string>;
  /** Graceful close; the state dir stays (for restarts). */
  stop(): Promise<void>;
  /** stop() and remove the state dir when this helper created it. */
  dispose(): Promise<void>;
}

/**
 * A real server on 127.0.0.1, port 0, with a temp state dir, an admin token and quiet logs.
 *
 * @example
 * const server = await startTestServer({ env: { NODE_ENV: 'production' } });
 * const res = await server.request('/health/live');
 * await server.dispose();
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const ownsStateDir = options.stateDir === undefined;
  const stateDir = options.stateDir ?? mkdtempSync(path.join(tmpdir(), 'clawgate-test-'));
  const adminToken = options.env?.CLAWGATE_ADMIN_TOKEN ?? `test-admin-${randomBytes(12).toString('hex')}`;
  const config = loadConfig({
    env: {
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
      CLAWGATE_LOG_CONSOLE: 'false',
      CLAWGATE_STATE_DIR: stateDir,
      CLAWGATE_ADMIN_TOKEN: adminToken,
      ...options.env,
    },
  });
  options.patch?.(config);
  const server = await startServer(config, { ...options.start, handleSignals: false });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    await server.close('test finished');
  };
  return {
    url: server.url,
    server,
    config,
    stateDir,
    adminToken,
    request: (pathAndQuery, init) => fetch(new URL(pathAndQuery, server.url), init),
    adminHeaders: (extra = {}) => ({ authorization: `Bearer ${adminToken}`, 'content-type': 'application/json', ...extra }),
    stop,
    async dispose() {
      await stop();
      if (ownsStateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
