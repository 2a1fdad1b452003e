import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import { createDependencies, type AppDeps, type DependencyOverrides } from '../../src/deps.js';
import { pgliteDataDir } from '../../src/store/create-database.js';
import { createPgliteDatabase } from '../../src/store/pglite.js';
import { createScratchSchema, IN_CI, uniqueName } from './services.js';

/** The admin token every test config carries. */
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export type BackendName = 'embedded' | 'postgres+redis';

/** Isolated storage: a state dir (PGlite, logs) and, for postgres+redis, a schema and a Redis prefix. */
interface Storage {
  config: Config;
  cleanup(): Promise<void>;
}

export interface TestBackend {
  name: BackendName;
  /**
   * A validated test Config on fresh, isolated storage: NODE_ENV=test, 127.0.0.1:0, logs to a
   * file only, the admin token `TEST_ADMIN_TOKEN`; `overrides` are merged in (shallow per section).
   */
  createConfig(overrides?: ConfigOverrides): Promise<Config>;
  /** `createDependencies` on fresh storage (migrated). Close it with `deps.close()`. */
  createDeps(options?: { config?: ConfigOverrides; deps?: DependencyOverrides }): Promise<AppDeps>;
  /** Closes `deps` and builds new ones on the same storage: a restart of the same instance. */
  restart(deps: AppDeps): Promise<AppDeps>;
  /** New dependencies on the storage of `deps`, which stays open: a second instance (postgres+redis only). */
  secondInstance(deps: AppDeps): Promise<AppDeps>;
}

export type ConfigOverrides = Partial<Omit<Config, 'log' | 'http' | 'ws' | 'auth' | 'tiers' | 'jwt'>> & {
  log?: Partial<Config['log']>;
  /** per tier, the limits to change (the others keep their defaults) */
  tiers?: { [T in keyof Config['tiers']]?: Partial<Config['tiers'][T]> };
  http?: Partial<Config['http']>;
  ws?: Partial<Config['ws']>;
  auth?: Partial<Config['auth']>;
  jwt?: Partial<Config['jwt']>;
};

function merge(config: Config, overrides: ConfigOverrides): Config {
  return {
    ...config,
    ...overrides,
    log: { ...config.log, ...overrides.log },
    http: { ...config.http, ...overrides.http },
    ws: { ...config.ws, ...overrides.ws },
    auth: { ...config.auth, ...overrides.auth },
    jwt: { ...config.jwt, ...overrides.jwt },
    tiers: {
      open_source: { ...config.tiers.open_source, ...overrides.tiers?.open_source },
      teams: { ...config.tiers.teams, ...overrides.tiers?.teams },
      government: { ...config.tiers.government, ...overrides.tiers?.government },
    },
  };
}

let pgliteTemplate: Promise<string> | undefined;

/**
 * An initialised, empty PGlite data directory, made once per test process: initdb takes seconds,
 * copying its result takes a fraction of that. Removed when the process exits.
 */
export function emptyPgliteTemplate(): Promise<string> {
  pgliteTemplate ??= (async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clawgate-pglite-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const db = await createPgliteDatabase({ dataDir: path.join(dir, 'pgdata') });
    await db.close();
    return path.join(dir, 'pgdata');
  })();
  return pgliteTemplate;
}

/**
 * A fresh, initialised PGlite data directory at `dataDir` (a copy of the per-process template).
 * The first call takes seconds (initdb); give that test or hook a generous timeout.
 */
export async function freshPgliteDataDir(dataDir: string): Promise<string> {
  cpSync(await emptyPgliteTemplate(), dataDir, { recursive: true });
  return dataDir;
}

async function createStorage(name: BackendName): Promise<Storage> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'clawgate-backend-'));
  if (name === 'embedded') await freshPgliteDataDir(pgliteDataDir({ stateDir }));
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    CLAWGATE_STATE_DIR: stateDir,
    CLAWGATE_LOG_CONSOLE: 'false',
    CLAWGATE_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
  };
  let dropSchema = async () => {};
  if (name === 'postgres+redis') {
    const scratch = await createScratchSchema(process.env.DATABASE_URL as string);
    dropSchema = () => scratch.drop();
    env.DATABASE_URL = scratch.url;
    env.REDIS_URL = process.env.REDIS_URL as string;
    env.CLAWGATE_REDIS_PREFIX = `${uniqueName('test:')}:`;
  }
  return {
    config: loadConfig({ env, argv: [] }),
    async cleanup() {
      await dropSchema();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `fn` inside a `describe` once per backend: `embedded` (PGlite in a temp dir,
 * in-process bus and counters) always; `postgres+redis` when DATABASE_URL and REDIS_URL are set
 * (skipped otherwise; under CI=true both must run, so missing URLs fail). `options.backends`
 * limits the block to backends where the behaviour exists at all (e.g. a second instance, which
 * embedded PGlite, one process, cannot have) — a test is left out there, never skipped.
 * After the block, dependencies built through the backend are closed (if the block did not) and
 * their storage is removed.
 *
 * @example
 * forEachBackend((backend) => {
 *   let deps: AppDeps;
 *   before(async () => { deps = await backend.createDeps(); });
 *   after(() => deps.close());
 *   it('persists orgs', async () => { … });
 * });
 */
export function forEachBackend(
  fn: (backend: TestBackend) => void,
  options: { backends?: readonly BackendName[] } = {},
): void {
  for (const name of options.backends ?? (['embedded', 'postgres+redis'] as const)) {
    const missing =
      name === 'embedded' ? [] : ['DATABASE_URL', 'REDIS_URL'].filter((variable) => !process.env[variable]);
    // Without the services (outside CI) the whole block is pending: none of its hooks run, so an
    // `after` that closes what its `before` opened cannot trip over something never opened.
    const describeBackend = missing.length > 0 && !IN_CI ? describe.skip : describe;
    describeBackend(`[${name}]`, function () {
      // The first embedded storage of a process runs initdb, which takes seconds on a busy machine.
      if (name === 'embedded') this.timeout(Math.max(this.timeout(), 120_000));
      const storages = new Map<Config, Storage>();
      const storageOf = new WeakMap<AppDeps, Storage>();

      before(function () {
        if (missing.length > 0)
          throw new Error(`${missing.join(' and ')} must be set when CI=true: the postgres+redis backend may not skip`);
      });
      const opened: AppDeps[] = [];
      const build = async (storage: Storage, config: Config, deps?: DependencyOverrides) => {
        const built = await createDependencies(config, deps);
        storageOf.set(built, storage);
        opened.push(built);
        return built;
      };
      const backend: TestBackend = {
        name,
        async createConfig(overrides = {}) {
          const storage = await createStorage(name);
          const config = merge(storage.config, overrides);
          storages.set(config, storage);
          return config;
        },
        async createDeps(options = {}) {
          const config = await backend.createConfig(options.config);
          return build(storages.get(config) as Storage, config, options.deps);
        },
        async restart(deps) {
          await deps.close();
          return build(storageOf.get(deps) as Storage, deps.config);
        },
        async secondInstance(deps) {
          if (name === 'embedded')
            throw new Error('PGlite is single-process: the embedded backend has no second instance');
          return build(storageOf.get(deps) as Storage, deps.config);
        },
      };
      fn(backend);

      // Registered after fn's hooks so it runs after them: close what is still open (close() is
      // idempotent), then remove the storage.
      after(async () => {
        for (const deps of opened.splice(0)) await deps.close();
        for (const storage of storages.values()) await storage.cleanup();
        storages.clear();
      });
    });
  }
}
