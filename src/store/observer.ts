import type { Metrics } from '../observability/metrics.js';

/** One finished query, as reported to a `QueryObserver`. */
export interface QueryEvent {
  backend: 'postgres' | 'pglite';
  /** First SQL keyword, lower-case (select, insert, …), or `other`: bounded, safe as a metric label. */
  operation: string;
  durationSeconds: number;
  /** Set when the query failed. */
  error?: unknown;
}

/** Watches every query a `Database` runs; used for metrics and error logs. */
export type QueryObserver = (event: QueryEvent) => void;

const OPERATIONS = new Set([
  'select',
  'insert',
  'update',
  'delete',
  'with',
  'begin',
  'commit',
  'rollback',
  'create',
  'alter',
  'drop',
  'truncate',
  'lock',
  'set',
  'show',
]);

/** The metric label for a SQL statement: its first keyword when known, else `other`. */
export function operationOf(sql: string): string {
  const keyword = /^\s*(?:--[^\n]*\n\s*)*([a-zA-Z]+)/.exec(sql)?.[1]?.toLowerCase() ?? 'other';
  return OPERATIONS.has(keyword) ? keyword : 'other';
}

/** Records `database_query_duration_seconds` and `database_errors_total`. */
export function metricsQueryObserver(
  metrics: Pick<Metrics, 'databaseQueryDurationSeconds' | 'databaseErrorsTotal'>,
): QueryObserver {
  return ({ backend, operation, durationSeconds, error }) => {
    metrics.databaseQueryDurationSeconds.observe({ backend, operation }, durationSeconds);
    if (error !== undefined) metrics.databaseErrorsTotal.inc({ backend, operation });
  };
}

/** Times `run` and reports it to `observer` (when there is one), passing the result or error through. */
export async function observed<T>(
  observer: QueryObserver | undefined,
  backend: QueryEvent['backend'],
  sql: string,
  run: () => Promise<T>,
): Promise<T> {
  if (observer === undefined) return run();
  const started = process.hrtime.bigint();
  const report = (error?: unknown) => {
    const durationSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    try {
      observer({ backend, operation: operationOf(sql), durationSeconds, ...(error === undefined ? {} : { error }) });
    } catch {
      // An observer must never break a query.
    }
  };
  try {
    const result = await run();
    report();
    return result;
  } catch (err) {
    report(err);
    throw err;
  }
}
