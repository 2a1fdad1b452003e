import { mkdirSync } from 'node:fs';
import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database.js';
import { observed, type QueryObserver } from './observer.js';

function toResult<R>(result: Results<R> | undefined): QueryResult<R> {
  const rows = result?.rows ?? [];
  const affected = result?.affectedRows ?? 0;
  return { rows, rowCount: affected > 0 ? affected : rows.length };
}

function queryable(target: PGlite | Transaction, observer: QueryObserver | undefined): Queryable {
  return {
    async query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>> {
      return observed(observer, 'pglite', text, async () => {
        if (params !== undefined && params.length > 0) return toResult(await target.query<R>(text, [...params]));
        // Without parameters use the simple protocol, like pg does: several statements are allowed.
        const results = await target.exec(text);
        return toResult(results[results.length - 1] as Results<R> | undefined);
      });
    },
  };
}

/**
 * A `Database` on embedded PostgreSQL (PGlite) persisted in `dataDir` (created if missing);
 * in memory when `dataDir` is omitted. PGlite is single-connection: queries run one at a time.
 *
 * @example const db = await createPgliteDatabase({ dataDir: path.join(config.stateDir, 'pgdata') });
 */
export async function createPgliteDatabase(
  { dataDir, observer }: { dataDir?: string; observer?: QueryObserver } = {},
): Promise<Database> {
  if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  const root = queryable(pglite, observer);
  return {
    kind: 'pglite',
    query: root.query,
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      return pglite.transaction((tx) => fn(queryable(tx, observer)));
    },
    async ping(): Promise<void> {
      await root.query('select 1');
    },
    async close(): Promise<void> {
      if (!pglite.closed) await pglite.close();
    },
  };
}
