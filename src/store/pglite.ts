import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database.js';
import { toStoreError } from './store-errors.js';
import { observed, type QueryObserver } from './observer.js';

function toResult<R>(result: Results<R> | undefined): QueryResult<R> {
  const rows = result?.rows ?? [];
  const affected = result?.affectedRows ?? 0;
  return { rows, rowCount: affected > 0 ? affected : rows.length };
}

function queryable(target: PGlite | Transaction, observer: QueryObserver | undefined): Queryable {
  return {
    async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      try {
        return await observed(observer, 'pglite', text, async () => {
          if (params !== undefined && params.length > 0) return toResult(await target.query<R>(text, [...params]));
          // Without parameters use the simple protocol, like pg does: several statements are allowed.
          const results = await target.exec(text);
          return toResult(results[results.length - 1] as Results<R> | undefined);
        });
      } catch (err) {
        throw toStoreError(err);
      }
    },
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Tells this process's locks from those of an earlier process with the same pid (PID 1 in a restarted container). */
const PROCESS_NONCE = randomBytes(8).toString('hex');

/**
 * PGlite is one process's database: a second process opening the same directory would corrupt it
 * (`clawgate migrate` while `clawgate serve` runs, two servers on one state dir). A lock file with
 * the owner's pid refuses that; a lock left by a process that is gone is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'clawgate.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid} ${PROCESS_NONCE}`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const [pidText, nonce] = readFileSync(file, 'utf8').trim().split(' ');
      const owner = Number(pidText);
      if (owner === process.pid && nonce === PROCESS_NONCE) {
        throw new Error(`the embedded database in ${dataDir} is already open in this process; close it first`, {
          cause: err,
        });
      }
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${owner}; stop it, use another state dir, or set ` +
            `DATABASE_URL (if no clawgate process uses it, delete ${file})`,
          { cause: err },
        );
      }
      rmSync(file, { force: true }); // stale: its process is gone (or was an earlier process with our pid)
    }
  }
  throw new Error(`cannot lock the embedded database in ${dataDir}`);
}

/**
 * A `Database` on embedded PostgreSQL (PGlite) persisted in `dataDir` (created if missing);
 * in memory when `dataDir` is omitted. PGlite has a single connection: queries run one at a time,
 * and inside `transaction(fn)` only `fn`'s `tx` may be used — calling the database itself there
 * would wait for the transaction forever, so it throws instead.
 *
 * @example const db = await createPgliteDatabase({ dataDir: path.join(config.stateDir, 'pgdata') });
 */
export async function createPgliteDatabase({
  dataDir,
  observer,
}: { dataDir?: string; observer?: QueryObserver } = {}): Promise<Database> {
  let unlock = () => {};
  if (dataDir !== undefined) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  } catch (err) {
    unlock();
    throw err;
  }
  const root = queryable(pglite, observer);
  const inTransaction = new AsyncLocalStorage<true>();
  const refuseInsideTransaction = (what: string) => {
    if (inTransaction.getStore() === true) {
      throw new Error(
        `${what} called inside db.transaction(): use the transaction's tx (PGlite has one connection; this would deadlock)`,
      );
    }
  };
  let closed: Promise<void> | undefined;
  return {
    kind: 'pglite',
    async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      refuseInsideTransaction('db.query()');
      return root.query<R>(text, params);
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      refuseInsideTransaction('db.transaction()');
      return pglite.transaction((tx) => inTransaction.run(true, () => fn(queryable(tx, observer))));
    },
    async ping(): Promise<void> {
      await root.query('select 1');
    },
    close(): Promise<void> {
      closed ??= (async () => {
        try {
          if (!pglite.closed) await pglite.close();
        } finally {
          unlock();
        }
      })();
      return closed;
    },
  };
}
