import { AppError } from '../errors.js';

/** SQLSTATE classes and codes that mean the connection, not the statement, failed. */
const CONNECTION_SQLSTATE = /^(08|57P0[1-3]|53300)/;
/** Node socket errors for a connection that went away or never came. */
const CONNECTION_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** pg's own messages for the same. */
const CONNECTION_MESSAGE =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect|Client was closed/i;
/**
 * Values PostgreSQL refuses to store as sent: a NUL character (22021), text its type cannot parse,
 * such as a lone surrogate escape in JSON (22P02, 22P05), a number out of the column's range
 * (22003). The input passed validation, so the caller sent something the store cannot hold: a 400,
 * not an internal error.
 */
const UNSTORABLE_VALUE = new Set(['22021', '22P02', '22P05', '22003']);

function sqlState(err: unknown): string | undefined {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** Whether `err` means PostgreSQL could not be reached or dropped the connection. */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = sqlState(err);
  if (code !== undefined && (CONNECTION_SQLSTATE.test(code) || CONNECTION_ERRNO.has(code))) return true;
  return CONNECTION_MESSAGE.test(err.message);
}

/**
 * What a failed statement means to a caller: a lost or refused connection is
 * `database_unavailable` (503, retry later), an unstorable value is `validation_failed` (400);
 * anything else (constraint violations …) passes through for the service to map.
 */
export function toStoreError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  if (isConnectionError(err)) return new AppError('database_unavailable', undefined, { cause: err });
  const code = sqlState(err);
  if (code !== undefined && UNSTORABLE_VALUE.has(code)) {
    return new AppError('validation_failed', 'A value cannot be stored as sent', {
      details: [{ message: (err as Error).message }],
      cause: err,
    });
  }
  return err;
}
