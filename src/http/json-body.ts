import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { AppError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** U+0000, or a surrogate without its pair: neither can be stored in PostgreSQL text or jsonb. */
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Visit {
  value: unknown;
  /** the property name or index that led here; undefined at the root */
  segment?: string;
  parent?: Visit;
}

function pathOf(visit: Visit): string {
  const segments: string[] = [];
  for (let at: Visit | undefined = visit; at?.segment !== undefined; at = at.parent) segments.push(at.segment);
  return segments.length === 0 ? '/' : `/${segments.reverse().join('/')}`;
}

/**
 * The JSON-pointer-like path (`/name`, `/labels/region`) of the first string, key or value, in
 * `value` that holds a NUL character or an unpaired surrogate; undefined when there is none.
 * Walks with its own stack, not recursion: a body may nest as deep as its size allows.
 */
export function findUnstorableString(value: unknown): string | undefined {
  const stack: Visit[] = [{ value }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    if (visit.segment !== undefined && !Array.isArray(visit.parent?.value) && UNSTORABLE.test(visit.segment))
      return pathOf(visit);
    const current = visit.value;
    if (typeof current === 'string') {
      if (UNSTORABLE.test(current)) return pathOf(visit);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1)
        stack.push({ value: current[i], segment: String(i), parent: visit });
    } else if (typeof current === 'object' && current !== null) {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i -= 1)
        stack.push({ value: entries[i]![1], segment: entries[i]![0], parent: visit });
    }
  }
  return undefined;
}

/**
 * The `/query/<name>` of the first query component whose percent-encoding is not UTF-8
 * (`%ED%A0%80`, an encoded surrogate; `%FF`). The query parser would quietly turn those bytes into
 * U+FFFD, so the server would act on text the client did not send.
 */
export function findUndecodableQuery(url: string): string | undefined {
  const queryStart = url.indexOf('?');
  if (queryStart === -1) return undefined;
  for (const component of url.slice(queryStart + 1).split('&')) {
    const equals = component.indexOf('=');
    const name = equals === -1 ? component : component.slice(0, equals);
    const value = equals === -1 ? '' : component.slice(equals + 1);
    for (const part of [name, value]) {
      try {
        decodeURIComponent(part.replace(/\+/g, ' '));
      } catch {
        return `/query/${name.replace(/%[0-9a-f]{2}/gi, '?')}`;
      }
    }
  }
  return undefined;
}

/** Refuses a body or query string holding text the database could not store, before any handler runs. */
function refuseUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  const undecodable = findUndecodableQuery(req.originalUrl);
  if (undecodable !== undefined) {
    next(
      new AppError('validation_failed', undefined, {
        details: [{ path: undecodable, message: 'must be percent-encoded UTF-8' }],
      }),
    );
    return;
  }
  const inBody = findUnstorableString(req.body);
  const inQuery = inBody === undefined ? findUnstorableString(req.query) : undefined;
  const where = inBody === undefined ? (inQuery === undefined ? undefined : `/query${inQuery}`) : `/body${inBody}`;
  if (where === undefined) {
    next();
    return;
  }
  next(
    new AppError('validation_failed', undefined, {
      details: [{ path: where, message: 'must not contain U+0000 or an unpaired UTF-16 surrogate' }],
    }),
  );
}

/**
 * body-parser passes on the decompression stream's own error (zlib's `Z_DATA_ERROR`, a brotli
 * format error) with status 400 but without the `type` its other errors carry; the error
 * middleware would not know it. Such an error while a Content-Encoding is declared means the body
 * is not data of that encoding.
 */
function refuseUndecodableBody(parse: RequestHandler): RequestHandler {
  return function parseJsonBody(req, res, next) {
    parse(req, res, (err?: unknown) => {
      const encoding = (req.get('content-encoding') ?? 'identity').trim().toLowerCase();
      const typed = typeof err === 'object' && err !== null && 'type' in err;
      if (err === undefined || err === null || typed || encoding === 'identity') {
        next(err);
        return;
      }
      const reason = err instanceof Error ? err.message : 'the decompressor refused it';
      next(
        new AppError('malformed_json', `The request body is not valid data for its Content-Encoding "${encoding}"`, {
          details: [{ path: '/body', message: `cannot be decompressed: ${reason}` }],
          cause: err,
        }),
      );
    });
  };
}

/**
 * JSON body parser with the configured size limit, decompressing gzip, deflate and br bodies.
 * Over the limit (after decompression) → 413 `payload_too_large`; not JSON, not valid UTF-8 or
 * not valid data of its Content-Encoding → 400 `malformed_json`; an unknown Content-Encoding → 415
 * `unsupported_media_type` (the error middleware maps body-parser's error types); a NUL character
 * or an unpaired surrogate in any string of the body or the query, or query text whose
 * percent-encoding is not UTF-8 → 400 `validation_failed` naming where.
 */
export function jsonBody({ limitBytes }: { limitBytes: number }): RequestHandler[] {
  const parse = express.json({
    limit: limitBytes,
    type: ['application/json', 'application/*+json'],
    verify(_req, _res, buffer) {
      // body-parser would silently turn invalid bytes into U+FFFD; refuse them instead.
      utf8.decode(buffer);
    },
  });
  return [refuseUndecodableBody(parse), refuseUnstorableText];
}
