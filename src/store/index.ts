export type { Database, Queryable, QueryResult } from './database.js';
export { createDatabase, pgliteDataDir } from './create-database.js';
export { appliedVersions, loadMigrations, migrate, MIGRATION_LOCK_KEY, type Migration } from './migrate.js';
export { metricsQueryObserver, operationOf, type QueryEvent, type QueryObserver } from './observer.js';
export { createPgDatabase } from './pg.js';
export { createPgliteDatabase } from './pglite.js';
export { isUuid, toIso } from './ids.js';
export {
  DEFAULT_PAGE_SIZE,
  decodeCursor,
  encodeCursor,
  selectPage,
  toPage,
  type Page,
  type PageQuery,
  type PageRequest,
} from './page.js';
export {
  IdempotencyRecords,
  type ClaimOutcome,
  type ClaimRequest,
  type IdempotencyClaim,
  type IdempotencyRecordsOptions,
  type IdempotencyScope,
  type RecordedResponse,
} from './idempotency-records.js';
