import { expect } from 'chai';
import { AppError } from '../../src/errors.js';
import type { QueryEvent } from '../../src/store/observer.js';
import { STORE_BACKENDS, type ScratchDatabase } from './store-backends.js';

for (const backend of STORE_BACKENDS) {
  describe(`Database (${backend.name})`, function () {
    this.timeout(120_000); // the first fresh PGlite data directory of a process runs initdb
    let scratch: ScratchDatabase;
    const events: QueryEvent[] = [];
    before(async function () {
      scratch = await backend.create(this, (event) => events.push(event));
    });
    after(async () => scratch?.dispose());

    it('runs parameterised queries and reports kind, rows and rowCount', async () => {
      const { db } = scratch;
      expect(db.kind).to.equal(backend.name);
      await db.query('create table items (id serial primary key, name text not null, n int8 not null default 0)');
      const inserted = await db.query<{ id: number }>('insert into items (name) values ($1), ($2) returning id', [
        'a',
        'b',
      ]);
      expect(inserted.rowCount).to.equal(2);
      expect(inserted.rows).to.have.length(2);
      const updated = await db.query('update items set n = n + 1');
      expect(updated.rowCount).to.equal(2);
      const selected = await db.query<{ name: string }>('select name from items where name = $1', ['b']);
      expect(selected.rows).to.deep.equal([{ name: 'b' }]);
    });

    it('returns int8 (count(*)) as a number on both backends', async () => {
      const { rows } = await scratch.db.query<{ count: unknown; total: unknown }>(
        'select count(*) as count, sum(n)::int8 as total from items',
      );
      expect(rows[0]).to.deep.equal({ count: 2, total: 2 });
    });

    it('runs a parameterless multi-statement string and returns the last result', async () => {
      const result = await scratch.db.query<{ name: string }>(
        "insert into items (name) values ('c'); select name from items order by name",
      );
      expect(result.rows.map((row) => row.name)).to.deep.equal(['a', 'b', 'c']);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      const { db } = scratch;
      const value = await db.transaction(async (tx) => {
        await tx.query('insert into items (name) values ($1)', ['committed']);
        return 42;
      });
      expect(value).to.equal(42);
      let caught: unknown;
      try {
        await db.transaction(async (tx) => {
          await tx.query('insert into items (name) values ($1)', ['rolled-back']);
          throw new Error('boom');
        });
      } catch (err) {
        caught = err;
      }
      expect((caught as Error).message).to.equal('boom');
      const { rows } = await db.query<{ name: string }>(
        "select name from items where name in ('committed', 'rolled-back')",
      );
      expect(rows).to.deep.equal([{ name: 'committed' }]);
    });

    it('refuses text it cannot store (NUL, unpaired surrogate in jsonb) as validation_failed, not an internal error', async () => {
      const { db } = scratch;
      await db.query('create table texts (t text, j jsonb)');
      for (const [sql, value] of [
        ['insert into texts (t) values ($1)', 'a\u0000b'],
        ['insert into texts (j) values ($1::jsonb)', JSON.stringify({ k: 'x\ud800y' })],
      ] as const) {
        const err = await db.query(sql, [value]).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err, sql).to.be.instanceOf(AppError);
        expect((err as AppError).code).to.equal('validation_failed');
      }
    });

    it('reports every query, with its operation, and failed ones with the error', async () => {
      events.length = 0;
      await scratch.db.ping();
      await scratch.db.query('select nope from items').catch(() => undefined);
      expect(events.map((event) => event.operation)).to.deep.equal(['select', 'select']);
      expect(events[0]?.error).to.equal(undefined);
      expect(events[1]?.error).to.be.instanceOf(Error);
      expect(events.every((event) => event.backend === backend.name && event.durationSeconds >= 0)).to.equal(true);
    });
  });
}
