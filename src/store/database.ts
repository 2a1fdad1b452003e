/** Anything SQL can be sent to: the pool itself or a transaction. Placeholders are $1, $2, … in both backends. */
export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** PostgreSQL through `pg`, or embedded PGlite: same SQL, same migrations. */
export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` in one transaction; commits when it resolves, rolls back when it throws.
   * Inside `fn` use only `tx`: on PGlite (one connection) calling the database itself would
   * deadlock, so it throws there; on PostgreSQL it would silently run outside the transaction.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Resolves when the database answers `select 1`. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
