import { AppError } from '../errors.js';
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
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
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
export function toPage<R extends { id: string; created_at_cursor: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor({ createdAt: last.created_at_cursor, id: last.id }) : null,
  };
}
