import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** A server the runner tests: its base URL, its admin token (when known), and how to stop it. */
export interface Target {
  baseUrl: string;
  adminToken?: string;
  /** Stops what the runner started; a no-op for `--url`. */
  stop(): Promise<void>;
  description: string;
}

export interface InProcessOptions {
  /** use real PostgreSQL instead of embedded PGlite */
  databaseUrl?: string;
  /** use real Redis instead of in-process backends */
  redisUrl?: string;
}

/**
 * Starts clawgate in this process: embedded defaults (PGlite, in-process bus) unless URLs are
 * given, a fresh temporary state dir, port 0 on 127.0.0.1, a random admin token, responses NOT
 * validated by the server itself (the runner must see exactly what handlers send), console logs off.
 */
export async function startInProcessServer(options: InProcessOptions = {}): Promise<Target> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'clawgate-contract-'));
  const adminToken = `ct-admin-${randomBytes(24).toString('hex')}`;
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    CLAWGATE_STATE_DIR: stateDir,
    CLAWGATE_ADMIN_TOKEN: adminToken,
    CLAWGATE_LOG_CONSOLE: 'false',
    LOG_LEVEL: 'error',
    CLAWGATE_VALIDATE_RESPONSES: 'false',
    // The security checks send wrong credentials to every operation on purpose, from one address.
    CLAWGATE_AUTH_FAILURE_LIMIT: '0',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(options.redisUrl ? { REDIS_URL: options.redisUrl } : {}),
  };
  // Loaded on demand: the runner also works against any URL without the server's code.
  const { loadConfig } = await import('../src/config/index.js');
  const { startServer } = await import('../src/main.js');
  const config = loadConfig({ env, argv: [] });
  const server = await startServer(config, { handleSignals: false, print: () => {} });
  return {
    baseUrl: server.url,
    adminToken,
    description: `in-process clawgate at ${server.url} (state dir ${stateDir}, ${options.databaseUrl ? 'PostgreSQL' : 'PGlite'}, ${options.redisUrl ? 'Redis' : 'in-process bus'})`,
    async stop() {
      try {
        await server.close('contract tests finished');
      } finally {
        await rm(stateDir, { recursive: true, force: true });
      }
    },
  };
}

export function remoteTarget(url: string, adminToken?: string): Target {
  return { baseUrl: url, ...(adminToken ? { adminToken } : {}), description: `server at ${url}`, stop: async () => {} };
}
