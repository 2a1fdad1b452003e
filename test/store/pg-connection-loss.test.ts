import { expect } from 'chai';
import pg from 'pg';
import { AppError } from '../../src/errors.js';
import type { Database } from '../../src/store/database.js';
import { createPgDatabase } from '../../src/store/pg.js';
import { isConnectionError } from '../../src/store/store-errors.js';
import { createScratchSchema, requirePostgres, uniqueName } from '../support/services.js';

/** Terminates one backend from a separate connection and waits until PostgreSQL no longer lists it. */
async function terminate(admin: pg.Client, pid: number): Promise<void> {
  await admin.query('select pg_terminate_backend($1)', [pid]);
  for (let i = 0; i < 200; i += 1) {
    const { rows } = await admin.query('select 1 from pg_stat_activity where pid = $1', [pid]);
    if (rows.length === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`backend ${pid} still listed after pg_terminate_backend`);
}

describe('PostgreSQL connection loss (pg)', function () {
  this.timeout(30_000);
  let scratch: Awaited<ReturnType<typeof createScratchSchema>> | undefined;
  let db: Database | undefined;
  let admin: pg.Client | undefined;

  before(async function () {
    const url = requirePostgres(this);
    scratch = await createScratchSchema(url);
    db = createPgDatabase({ pool: new pg.Pool({ connectionString: scratch.url, max: 2 }) });
    await db.query('create table items (id serial primary key, name text not null)');
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
  });
  after(async () => {
    await db?.close();
    await admin?.end();
    await scratch?.drop();
  });

  it('survives a backend terminated between two statements of a transaction: 503, rolled back, pool usable', async () => {
    const database = db as Database;
    const name = uniqueName('lost-');
    let caught: unknown;
    try {
      await database.transaction(async (tx) => {
        await tx.query('insert into items (name) values ($1)', [name]);
        const { rows } = await tx.query<{ pid: number }>('select pg_backend_pid() as pid');
        await terminate(admin as pg.Client, rows[0]?.pid as number);
        // The client learns of the termination from its socket; give that event time to arrive
        // while the transaction is idle, which is when it used to be unhandled.
        await new Promise((resolve) => setTimeout(resolve, 50));
        await tx.query('select 1');
      });
    } catch (err) {
      caught = err;
    }
    expect(caught).to.be.instanceOf(AppError);
    expect((caught as AppError).code).to.equal('database_unavailable');
    expect((caught as AppError).status).to.equal(503);
    const { rows } = await database.query('select 1 from items where name = $1', [name]);
    expect(rows, 'nothing of the broken transaction is committed').to.have.length(0);
    // The broken client was destroyed, not returned: the next transactions work.
    for (let i = 0; i < 3; i += 1) {
      await database.transaction((tx) => tx.query('insert into items (name) values ($1)', [`${name}-${i}`]));
    }
    const after = await database.query('select count(*) as n from items where name like $1', [`${name}-%`]);
    expect(after.rows[0]).to.deep.equal({ n: 3 });
  });

  it('answers database_unavailable when the server cannot be reached', async () => {
    const unreachable = createPgDatabase({
      pool: new pg.Pool({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2_000 }),
    });
    try {
      for (const attempt of [
        () => unreachable.query('select 1'),
        () => unreachable.transaction((tx) => tx.query('select 1')),
      ]) {
        const err = await attempt().then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).to.be.instanceOf(AppError);
        expect((err as AppError).code).to.equal('database_unavailable');
      }
    } finally {
      await unreachable.close();
    }
  });

  it('tells connection failures from statement errors', () => {
    expect(
      isConnectionError(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).to.equal(true);
    expect(
      isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })),
    ).to.equal(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).to.equal(true);
    expect(isConnectionError(Object.assign(new Error('duplicate key value'), { code: '23505' }))).to.equal(false);
    expect(isConnectionError(Object.assign(new Error('invalid byte sequence'), { code: '22021' }))).to.equal(false);
  });
});
