import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadConfig } from '../../src/config/load.js';
import { createDependencies, type AppDeps } from '../../src/deps.js';
import { appliedVersions, loadMigrations } from '../../src/store/migrate.js';
import { forEachBackend } from '../support/backends.js';

// createDependencies wires the store, bus and counters together; it lives with the store tests
// because what it must prove is mostly about persistence across restarts in both modes.
describe('createDependencies', () => {
  forEachBackend((backend) => {
    let deps: AppDeps;
    before(async () => {
      deps = await backend.createDeps();
    });
    after(async () => deps?.close());

    it('picks the backends the configuration asks for', () => {
      const expected =
        backend.name === 'embedded' ? ['pglite', 'memory', 'memory', false] : ['postgres', 'redis', 'redis', true];
      expect([deps.db.kind, deps.bus.kind, deps.counters.kind, deps.redis !== undefined]).to.deep.equal(expected);
    });

    it('has applied every shipped migration before returning', async () => {
      const shipped = (await loadMigrations()).map((m) => m.version);
      expect(await appliedVersions(deps.db)).to.deep.equal(shipped);
    });

    it('wires a working bus, counters and Redis ping', async () => {
      let deliver: (message: string) => void = () => undefined;
      const received = new Promise<string>((resolve) => (deliver = resolve));
      await deps.bus.subscribe('hello', (message) => deliver(message));
      await deps.bus.publish('hello', 'world');
      expect(await received).to.equal('world');
      expect(await deps.counters.increment('c', 2, 60_000)).to.equal(2);
      await deps.redis?.ping();
    });

    it('keeps data across a restart, and measures queries', async () => {
      await deps.db.query("insert into orgs (name, tier) values ('persisted', 'government')");
      expect(await deps.metrics.registry.metrics()).to.match(
        /database_query_duration_seconds_count\{backend="\w+",operation="insert"\} [1-9]/,
      );
      deps = await backend.restart(deps);
      const { rows } = await deps.db.query<{ tier: string }>("select tier from orgs where name = 'persisted'");
      expect(rows).to.deep.equal([{ tier: 'government' }]);
    });

    it('closes everything, and a second close is harmless', async () => {
      const other = await backend.createDeps();
      await other.close();
      await other.close();
      let caught: unknown;
      await other.db.ping().catch((err: unknown) => (caught = err));
      expect(caught).to.be.instanceOf(Error);
    });
  });

  it('starts degraded when Redis cannot be reached: Redis reported down, everything else built', async function () {
    // Builds an embedded database from scratch (initdb): seconds on a busy machine.
    this.timeout(120_000);
    const stateDir = mkdtempSync(path.join(tmpdir(), 'clawgate-noredis-'));
    try {
      const config = loadConfig({
        env: {
          NODE_ENV: 'test',
          REDIS_URL: 'redis://127.0.0.1:1',
          CLAWGATE_LOG_CONSOLE: 'false',
          CLAWGATE_STATE_DIR: stateDir,
        },
      });
      const deps = await createDependencies(config);
      try {
        expect(deps.bus.kind).to.equal('redis');
        let caught: unknown;
        await deps.redis?.ping().catch((err: unknown) => (caught = err));
        expect((caught as Error).message).to.match(/^Redis is not connected: .*ECONNREFUSED/);
        expect(deps.redis?.state?.()).to.include({ up: false });
        await deps.db.ping();
      } finally {
        await deps.close();
      }
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
