import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../src/deps.js';
import { AppError } from '../../src/errors.js';
import { encodeCursor, selectPage, type Page, type PageQuery } from '../../src/store/page.js';
import { forEachBackend } from '../support/backends.js';

interface ItemRow {
  id: string;
  label: string;
  created_at_cursor: string;
}

const COLUMNS = 'id, label, created_at::text as created_at_cursor';
const labelOf = (row: ItemRow): string => row.label;

/** Every item of the list, following `nextCursor` page by page. */
async function walk(deps: AppDeps, query: PageQuery, limit: number): Promise<string[][]> {
  const pages: string[][] = [];
  let page: Page<string> | undefined;
  do {
    const cursor = page?.nextCursor ?? undefined;
    page = await selectPage(deps.db, query, { limit, ...(cursor === undefined ? {} : { cursor }) }, labelOf);
    pages.push(page.items);
  } while (page.nextCursor !== null);
  return pages;
}

describe('selectPage: keyset pagination', () => {
  forEachBackend((backend) => {
    let deps: AppDeps;
    const table = `page_items_${randomUUID().replaceAll('-', '')}`;

    before(async () => {
      deps = await backend.createDeps();
      await deps.db.query(`create table ${table} (id uuid primary key, label text not null, kind text not null,
        created_at timestamptz not null)`);
      // b1 and b2 share a timestamp: the id breaks the tie, so no row is skipped or repeated.
      const rows: Array<[string, string, string]> = [
        ['a', 'even', '2026-01-01T00:00:00.000001Z'],
        ['b1', 'odd', '2026-01-01T00:00:01Z'],
        ['b2', 'even', '2026-01-01T00:00:01Z'],
        ['c', 'odd', '2026-01-01T00:00:02Z'],
        ['d', 'even', '2026-01-01T00:00:03Z'],
      ];
      const ids = rows.map(() => randomUUID()).sort();
      for (const [index, [label, kind, createdAt]] of rows.entries()) {
        const values = [ids[index], label, kind, createdAt];
        await deps.db.query(`insert into ${table} (id, label, kind, created_at) values ($1, $2, $3, $4)`, values);
      }
    });
    after(() => deps?.close());

    it('walks the list oldest first, page by page, with no row skipped or repeated', async () => {
      expect(await walk(deps, { columns: COLUMNS, table }, 2)).to.deep.equal([['a', 'b1'], ['b2', 'c'], ['d']]);
    });

    it('walks it newest first', async () => {
      const query: PageQuery = { columns: COLUMNS, table, order: 'newest-first' };
      expect(await walk(deps, query, 2)).to.deep.equal([['d', 'c'], ['b2', 'b1'], ['a']]);
    });

    it("filters with the query's own placeholders before the keyset ones", async () => {
      const query: PageQuery = { columns: COLUMNS, table, where: 'kind = $1', params: ['even'] };
      expect(await walk(deps, query, 1)).to.deep.equal([['a'], ['b2'], ['d']]);
    });

    it('answers a list that fits in one page without a next cursor', async () => {
      const page = await selectPage(deps.db, { columns: COLUMNS, table }, { limit: 5 }, labelOf);
      expect(page).to.deep.equal({ items: ['a', 'b1', 'b2', 'c', 'd'], nextCursor: null });
    });

    it('refuses a cursor this server did not issue with validation_failed', async () => {
      for (const cursor of ['not-a-cursor', encodeCursor({ createdAt: 'yesterday', id: randomUUID() })]) {
        const failure = await selectPage(deps.db, { columns: COLUMNS, table }, { cursor }, labelOf).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(failure).to.be.instanceOf(AppError).with.property('code', 'validation_failed');
      }
    });
  });
});
