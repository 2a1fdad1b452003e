import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'winston';
import type { Config } from '../config/types.js';
import type { Metrics } from '../observability/metrics.js';
import type { Database } from './database.js';
import { metricsQueryObserver, type QueryObserver } from './observer.js';
import { createPgDatabase } from './pg.js';
import { createPgliteDatabase } from './pglite.js';

/** Where the embedded database lives: `<stateDir>/pgdata`. */
export function pgliteDataDir(config: Pick<Config, 'stateDir'>): string {
  return path.join(config.stateDir, 'pgdata');
}

/**
 * The configured database: PostgreSQL through `pg` when `DATABASE_URL` is set, else embedded
 * PGlite under the state dir. Queries are measured when `metrics` is given; failures are logged
 * at debug level (callers decide what an error means), pool errors at error level.
 */
export async function createDatabase(
  config: Pick<Config, 'databaseUrl' | 'stateDir'>,
  { metrics, logger }: { metrics?: Metrics; logger?: Logger } = {},
): Promise<Database> {
  const record = metrics === undefined ? undefined : metricsQueryObserver(metrics);
  const observer: QueryObserver = (event) => {
    record?.(event);
    if (event.error !== undefined) {
      logger?.debug('database query failed', { operation: event.operation, error: (event.error as Error).message });
    }
  };
  if (config.databaseUrl === undefined) {
    return createPgliteDatabase({ dataDir: pgliteDataDir(config), observer });
  }
  // application_name shows clawgate's sessions in pg_stat_activity; one set in the URL wins.
  const pool = new pg.Pool({
    connectionString: config.databaseUrl,
    max: 10,
    connectionTimeoutMillis: 5_000,
    application_name: 'clawgate',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (err) => logger?.error('database connection lost', { error: err.message }));
  return createPgDatabase({ pool, observer });
}
