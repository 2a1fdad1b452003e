import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { createPgliteDatabase } from '../../src/store/pglite.js';
import { freshPgliteDataDir } from '../support/backends.js';

describe('createPgliteDatabase', function () {
  this.timeout(120_000); // the first fresh data directory of a process runs initdb
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clawgate-pglite-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second open of the same data directory until the first is closed', async () => {
    const dataDir = await freshPgliteDataDir(path.join(dir, 'pgdata'));
    const first = await createPgliteDatabase({ dataDir });
    let caught: unknown;
    await createPgliteDatabase({ dataDir }).catch((err: unknown) => (caught = err));
    expect((caught as Error).message).to.match(/already open in this process/);
    await first.close();
    const second = await createPgliteDatabase({ dataDir });
    await second.ping();
    await second.close();
  });

  it('refuses a directory locked by another live process, and takes over a stale lock', async () => {
    const dataDir = await freshPgliteDataDir(path.join(dir, 'pgdata'));
    // The parent process is alive and is not this one.
    writeFileSync(path.join(dataDir, 'clawgate.lock'), String(process.ppid));
    let caught: unknown;
    await createPgliteDatabase({ dataDir }).catch((err: unknown) => (caught = err));
    expect((caught as Error).message).to.match(new RegExp(`in use by process ${process.ppid}.*DATABASE_URL`));
    // A pid that cannot be running: the lock is stale.
    writeFileSync(path.join(dataDir, 'clawgate.lock'), '2147483646 0123456789abcdef');
    await (await createPgliteDatabase({ dataDir })).close();
    // Our own pid from an earlier process (PID 1 in a restarted container): stale too.
    writeFileSync(path.join(dataDir, 'clawgate.lock'), `${process.pid} 0123456789abcdef`);
    const db = await createPgliteDatabase({ dataDir });
    await db.close();
  });

  it('throws instead of deadlocking when the database is used inside its own transaction', async () => {
    const db = await createPgliteDatabase();
    try {
      let caught: unknown;
      await db
        .transaction(async () => {
          await db.query('select 1');
        })
        .catch((err: unknown) => (caught = err));
      expect((caught as Error).message).to.match(/use the transaction's tx/);
      await db.ping(); // and the database is still usable
    } finally {
      await db.close();
    }
  });
});
