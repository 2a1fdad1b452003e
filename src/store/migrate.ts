import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Database } from './database.js';

/** One schema change: `NNNN_name` in `src/store/migrations/`, applied once, in version order. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Held (per transaction) while migrating, so instances that start together apply each migration once. */
export const MIGRATION_LOCK_KEY = 727_274_830;

const MIGRATION_FILE = /^(\d{4})_([a-z0-9_]+)\.(?:ts|js)$/;

/**
 * The migrations shipped with clawgate. Each is a module in `migrations/` named `NNNN_name.ts`
 * whose default export is the SQL; they are TypeScript modules (not .sql files) so that tsc
 * compiles them into `dist/` and they ship with the build and the Docker image.
 */
export async function loadMigrations(directory: URL = new URL('./migrations/', import.meta.url)): Promise<Migration[]> {
  const files = (await readdir(fileURLToPath(directory))).filter(
    (file) => MIGRATION_FILE.test(file) && !file.endsWith('.d.ts'),
  );
  const migrations: Migration[] = [];
  for (const file of files.sort()) {
    const [, version, name] = MIGRATION_FILE.exec(file) as RegExpExecArray;
    const module = (await import(pathToFileURL(fileURLToPath(new URL(file, directory))).href)) as { default?: unknown };
    if (typeof module.default !== 'string')
      throw new Error(`migration ${file} must export its SQL as the default export`);
    migrations.push({ version: Number(version), name: name as string, sql: module.default });
  }
  const versions = migrations.map((migration) => migration.version);
  const duplicate = versions.find((version, index) => versions.indexOf(version) !== index);
  if (duplicate !== undefined) throw new Error(`two migrations have version ${String(duplicate).padStart(4, '0')}`);
  return migrations;
}

/**
 * Applies every migration not yet recorded in `schema_migrations`, in version order, each in its
 * own transaction under an advisory lock: a failing migration leaves nothing behind, a second
 * instance waits and then finds the work done. Safe to call on every start.
 *
 * @returns the migrations applied by this call (empty when the schema was up to date)
 */
export async function migrate(
  db: Database,
  options: { migrations?: readonly Migration[]; onApplied?: (migration: Migration) => void } = {},
): Promise<Migration[]> {
  const migrations = [...(options.migrations ?? (await loadMigrations()))].sort((a, b) => a.version - b.version);
  const applied: Migration[] = [];
  for (const migration of migrations) {
    const didApply = await db.transaction(async (tx) => {
      await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      await tx.query(`create table if not exists schema_migrations (
        version integer primary key,
        name text not null,
        applied_at timestamptz not null default now()
      )`);
      const done = await tx.query('select 1 from schema_migrations where version = $1', [migration.version]);
      if (done.rowCount > 0) return false;
      await tx.query(migration.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (didApply) {
      applied.push(migration);
      options.onApplied?.(migration);
    }
  }
  return applied;
}

/** Versions recorded in `schema_migrations`; empty when nothing was ever applied. */
export async function appliedVersions(db: Database): Promise<number[]> {
  const exists = await db.query<{ present: boolean }>("select to_regclass('schema_migrations') is not null as present");
  if (exists.rows[0]?.present !== true) return [];
  const result = await db.query<{ version: number }>('select version from schema_migrations order by version');
  return result.rows.map((row) => row.version);
}
