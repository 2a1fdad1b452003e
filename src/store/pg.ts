import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.js';
import { observed, type QueryObserver } from './observer.js';
import { toStoreError } from './store-errors.js';

const INT8_OID = 20;

/**
 * Same values from both backends: int8 (count(*), bigserial) comes back as a number, as PGlite
 * returns it, instead of pg's default string. Values beyond 2^53 lose precision; use text casts there.
 */
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8_OID && format !== 'binary') return (value: string) => Number(value);
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return -- pg-types declares every parser as returning any
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function toResult<R>(result: pg.QueryResult | pg.QueryResult[]): QueryResult<R> {
  // A parameterless multi-statement string returns one result per statement; the last one counts.
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  const rows = (last?.rows ?? []) as R[];
  return { rows, rowCount: last?.rowCount ?? rows.length };
}

function queryable(client: pg.Pool | pg.PoolClient, observer: QueryObserver | undefined): Queryable {
  return {
    async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      const config: pg.QueryConfig = { text, types };
      if (params !== undefined && params.length > 0) config.values = [...params];
      try {
        return await observed(observer, 'postgres', text, async () => toResult<R>(await client.query(config)));
      } catch (err) {
        throw toStoreError(err);
      }
    },
  };
}

/**
 * A `Database` on a `pg` pool. The pool is built by the caller (connection string, search_path,
 * size); `close()` ends it.
 *
 * @example const db = createPgDatabase({ pool: new pg.Pool({ connectionString }) });
 */
export function createPgDatabase({ pool, observer }: { pool: pg.Pool; observer?: QueryObserver }): Database {
  const root = queryable(pool, observer);
  let closed: Promise<void> | undefined;
  return {
    kind: 'postgres',
    query: root.query.bind(root),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect().catch((err: unknown) => {
        throw toStoreError(err);
      });
      // pg-pool drops its own 'error' listener while a client is checked out: a backend terminated
      // between two statements would otherwise be an unhandled 'error' event that ends the process.
      // The statement in flight (or the next one) fails on its own; here the error is only kept so
      // the client is destroyed instead of going back to the pool.
      let lost: Error | undefined;
      const onLost = (err: Error): void => {
        lost = err;
      };
      client.on('error', onLost);
      const release = (err?: Error): void => {
        client.off('error', onLost);
        client.release(err ?? lost);
      };
      const tx = queryable(client, observer);
      try {
        await tx.query('begin');
        const result = await fn(tx);
        await tx.query('commit');
        release();
        return result;
      } catch (err) {
        if (lost !== undefined) {
          release();
          throw toStoreError(err);
        }
        try {
          await client.query('rollback');
          release();
        } catch (rollbackError) {
          // The connection is in an unknown state: destroy it rather than return it to the pool.
          release(rollbackError as Error);
        }
        throw toStoreError(err);
      }
    },
    async ping(): Promise<void> {
      await root.query('select 1');
    },
    /** Ends the pool; calling it again waits for the same end. */
    close(): Promise<void> {
      closed ??= pool.end();
      return closed;
    },
  };
}
