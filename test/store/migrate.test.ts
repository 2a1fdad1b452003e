import { expect } from 'chai';
import { appliedVersions, loadMigrations, migrate, type Migration } from '../../src/store/migrate.js';
import { STORE_BACKENDS, type ScratchDatabase } from './store-backends.js';

describe('loadMigrations', () => {
  it('finds the shipped migrations in version order, starting with orgs and api_keys', async () => {
    const migrations = await loadMigrations();
    expect(migrations[0]).to.include({ version: 1, name: 'orgs_and_api_keys' });
    expect(migrations.map((m) => m.version)).to.deep.equal([...migrations.map((m) => m.version)].sort((a, b) => a - b));
  });
});

for (const backend of STORE_BACKENDS) {
  describe(`migrate (${backend.name})`, function () {
    this.timeout(120_000); // the first fresh PGlite data directory of a process runs initdb
    let scratch: ScratchDatabase;
    beforeEach(async function () {
      scratch = await backend.create(this);
    });
    afterEach(async () => scratch?.dispose());

    it('applies the shipped migrations once; a second run is a no-op', async () => {
      const first = await migrate(scratch.db);
      expect(first.map((m) => m.version)).to.include(1);
      const second = await migrate(scratch.db);
      expect(second).to.deep.equal([]);
      expect(await appliedVersions(scratch.db)).to.deep.equal(first.map((m) => m.version));
    });

    it('creates orgs and api_keys with the tier check, unique key hash and cascade delete', async () => {
      const { db } = scratch;
      await migrate(db);
      const org = await db.query<{ id: string }>("insert into orgs (name, tier) values ('acme', 'teams') returning id");
      const orgId = org.rows[0]?.id;
      await db.query("insert into api_keys (org_id, name, key_hash, prefix) values ($1, 'k', $2, 'cg_abcd')", [
        orgId,
        'a'.repeat(64),
      ]);
      await expectRejection(db.query("insert into orgs (name, tier) values ('x', 'enterprise')"), /check/);
      await expectRejection(
        db.query("insert into api_keys (org_id, name, key_hash, prefix) values ($1, 'k2', $2, 'cg_abcd')", [
          orgId,
          'a'.repeat(64),
        ]),
        /unique|duplicate/,
      );
      await db.query('delete from orgs where id = $1', [orgId]);
      const keys = await db.query('select 1 from api_keys');
      expect(keys.rowCount).to.equal(0);
    });

    it('rolls a failing migration back completely and records nothing for it', async () => {
      const migrations: Migration[] = [
        { version: 1, name: 'good', sql: 'create table good_one (id int)' },
        {
          version: 2,
          name: 'bad',
          sql: 'create table half_done (id int); insert into half_done values (1); select * from missing_table',
        },
      ];
      await expectRejection(migrate(scratch.db, { migrations }), /missing_table/);
      expect(await appliedVersions(scratch.db)).to.deep.equal([1]);
      const table = await scratch.db.query<{ present: boolean }>(
        "select to_regclass('half_done') is not null as present",
      );
      expect(table.rows[0]?.present).to.equal(false);
      // Fixing the migration and running again applies just that one.
      const fixed = await migrate(scratch.db, {
        migrations: [migrations[0] as Migration, { version: 2, name: 'bad', sql: 'create table half_done (id int)' }],
      });
      expect(fixed.map((m) => m.version)).to.deep.equal([2]);
    });

    it('keeps data across close and reopen', async () => {
      await migrate(scratch.db);
      await scratch.db.query("insert into orgs (name) values ('survivor')");
      await scratch.db.close();
      scratch.db = await scratch.reopen();
      expect(await migrate(scratch.db)).to.deep.equal([]);
      const { rows } = await scratch.db.query<{ name: string; tier: string }>('select name, tier from orgs');
      expect(rows).to.deep.equal([{ name: 'survivor', tier: 'open_source' }]);
    });
  });
}

describe('migrate (postgres, two instances starting together)', () => {
  let scratch: ScratchDatabase;
  before(async function () {
    const postgres = STORE_BACKENDS.find((b) => b.name === 'postgres');
    scratch = await (postgres as (typeof STORE_BACKENDS)[number]).create(this);
  });
  after(async () => scratch?.dispose());

  it('both succeed and each migration is applied exactly once', async () => {
    const second = await scratch.reopen();
    // A slow migration widens the window in which both instances try to apply it.
    const migrations: Migration[] = [
      { version: 1, name: 'slow', sql: 'select pg_sleep(0.3); create table counted (id int)' },
      { version: 2, name: 'rows', sql: 'insert into counted values (1)' },
    ];
    try {
      const [a, b] = await Promise.all([migrate(scratch.db, { migrations }), migrate(second, { migrations })]);
      expect([...a, ...b].map((m) => m.version).sort()).to.deep.equal([1, 2]);
      const rows = await scratch.db.query('select * from counted');
      expect(rows.rowCount).to.equal(1);
      const recorded = await scratch.db.query('select version from schema_migrations');
      expect(recorded.rowCount).to.equal(2);
    } finally {
      await second.close();
    }
  });
});

async function expectRejection(promise: Promise<unknown>, message: RegExp): Promise<void> {
  let caught: unknown;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  expect(caught, 'expected a rejection').to.be.instanceOf(Error);
  expect((caught as Error).message).to.match(message);
}
