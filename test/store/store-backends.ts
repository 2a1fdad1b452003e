import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '../../src/store/database.js';
import type { QueryObserver } from '../../src/store/observer.js';
import { createPgDatabase } from '../../src/store/pg.js';
import { createPgliteDatabase } from '../../src/store/pglite.js';
import { freshPgliteDataDir } from '../support/backends.js';
import { createScratchSchema, requirePostgres } from '../support/services.js';

/** A fresh, empty database of one backend; `dispose()` closes it and removes its data. */
export interface ScratchDatabase {
  db: Database;
  /** Opens another handle on the same data (a second instance, or the same one after a restart). */
  reopen(observer?: QueryObserver): Promise<Database>;
  dispose(): Promise<void>;
}

export const STORE_BACKENDS: Array<{
  name: 'pglite' | 'postgres';
  create(ctx: Mocha.Context, observer?: QueryObserver): Promise<ScratchDatabase>;
}> = [
  {
    name: 'pglite',
    async create(_ctx, observer) {
      const dir = mkdtempSync(path.join(tmpdir(), 'clawgate-pglite-'));
      const dataDir = await freshPgliteDataDir(path.join(dir, 'pgdata'));
      const scratch: ScratchDatabase = {
        db: await createPgliteDatabase({ dataDir, ...(observer ? { observer } : {}) }),
        reopen: (other) => createPgliteDatabase({ dataDir, ...(other ? { observer: other } : {}) }),
        async dispose() {
          await scratch.db.close();
          rmSync(dir, { recursive: true, force: true });
        },
      };
      return scratch;
    },
  },
  {
    name: 'postgres',
    async create(ctx, observer) {
      const scratch = await createScratchSchema(requirePostgres(ctx));
      const open = (other?: QueryObserver) =>
        createPgDatabase({
          pool: new pg.Pool({ connectionString: scratch.url, max: 4 }),
          ...(other ? { observer: other } : {}),
        });
      const handle: ScratchDatabase = {
        db: open(observer),
        reopen: (other) => Promise.resolve(open(other)),
        async dispose() {
          await handle.db.close();
          await scratch.drop();
        },
      };
      return handle;
    },
  },
];
