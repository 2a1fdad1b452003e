import { AppError } from '../errors.js';
import type { Queryable } from './database.js';
import { isUuid } from './ids.js';

/** One page of a keyset-paginated list, oldest first. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

/** Position after the last item of a page: the row's exact `created_at` (as Postgres text) and id. */
interface Position {
  createdAt: string;
  id: string;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Cursors are opaque to clients: base64url of the position. */
export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

/** A cursor that does not decode is the caller's mistake: `validation_failed`. */
export function decodeCursor(cursor: string): Position {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      if (!Number.isNaN(Date.parse(parsed[0])) && isUuid(parsed[1])) return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', 'cursor is not one this server issued', {
    details: [{ path: '/query/cursor', message: 'invalid cursor' }],
  });
}

/**
 * Builds the page from `limit + 1` rows fetched in order: the extra row only tells whether there is
 * a next page.
 */
export function toPage<R extends { id: string; created_at_cursor: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor:
      rows.length > limit && last !== undefined
        ? encodeCursor({ createdAt: last.created_at_cursor, id: last.id })
        : null,
  };
}

/** What `selectPage` lists: one table's rows, optionally filtered, in keyset order. */
export interface PageQuery {
  /** Select list; must include `id` and `created_at::text as created_at_cursor`. */
  columns: string;
  table: string;
  /** Extra conditions, with their placeholders numbered from `$1`. */
  where?: string;
  /** Values of the placeholders in `where`. */
  params?: readonly unknown[];
  /** Oldest first (default) or newest first. */
  order?: 'oldest-first' | 'newest-first';
}

/**
 * One page of a list in keyset order (`created_at`, then `id`): the rows after the cursor's
 * position, `limit + 1` of them fetched so the page knows whether another follows. A cursor this
 * server did not issue is `validation_failed`, checked before the query runs.
 *
 * @example
 * const query = { columns: COLUMNS, table: 'api_keys', where: 'org_id = $1', params: [orgId] };
 * return selectPage(db, query, request, toApiKey);
 */
export async function selectPage<R extends { id: string; created_at_cursor: string }, T>(
  db: Queryable,
  query: PageQuery,
  { limit = DEFAULT_PAGE_SIZE, cursor }: PageRequest,
  map: (row: R) => T,
): Promise<Page<T>> {
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  const params = query.params ?? [];
  const [position, id, rowLimit] = [params.length + 1, params.length + 2, params.length + 3];
  const newestFirst = query.order === 'newest-first';
  const direction = newestFirst ? 'desc' : 'asc';
  const comparison = newestFirst ? '<' : '>';
  const at = `$${position}::timestamptz`;
  const keyset = `(${at} is null or (created_at, id) ${comparison} (${at}, $${id}::uuid))`;
  const { rows } = await db.query<R>(
    `select ${query.columns} from ${query.table}
      where ${query.where === undefined ? '' : `(${query.where}) and `}${keyset}
      order by created_at ${direction}, id ${direction} limit $${rowLimit}`,
    [...params, after?.createdAt ?? null, after?.id ?? null, limit + 1],
  );
  return toPage(rows, limit, map);
}
