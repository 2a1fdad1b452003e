import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { credentialLogFields } from '../tenancy/index.js';
import { requestState } from './request-state.js';
import type { RouteLabeler } from './route-label.js';
import type { HttpLogger, HttpMetrics } from './types.js';

/**
 * Access log and HTTP metrics: one `info` line per request with method, route template, status,
 * duration, bytes, correlation id and org, written when the response finishes or the client goes
 * away. Below `info` (LOG_LEVEL=warn or error) no line is built at all.
 */
export function accessLog({
  logger,
  metrics,
  routeLabel,
}: {
  logger: HttpLogger;
  metrics: HttpMetrics;
  routeLabel: RouteLabeler;
}): RequestHandler {
  return function logAccess(req: Request, res: Response, next: NextFunction): void {
    let bytes = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      bytes += byteLength(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (typeof chunk !== 'function') bytes += byteLength(chunk, rest[0]);
      return end(chunk, ...rest);
    }) as Response['end'];

    let logged = false;
    const record = (): void => {
      if (logged) return;
      logged = true;
      const state = requestState(req);
      const seconds = Number(process.hrtime.bigint() - state.startedAt) / 1e9;
      const route = routeLabel(req);
      // A client that hung up before the answer was sent is recorded as 499 (nginx's convention).
      const status = res.writableFinished ? res.statusCode : 499;
      const labels = { method: req.method, route, status: String(status) };
      metrics.httpRequestsTotal.inc(labels);
      metrics.httpRequestDurationSeconds.observe(labels, seconds);
      // A response cut off at shutdown may finish after the logger closed; it is still counted.
      if (loggerEnded(logger)) return;
      // winston formats (context, redaction) before its transports drop a line by level: skip early.
      if (!logger.isLevelEnabled('info')) return;
      logger.info('request', {
        method: req.method,
        route,
        status,
        durationMs: Math.round(seconds * 1e6) / 1e3,
        bytes,
        correlationId: state.correlationId,
        ...(state.orgId === undefined ? {} : { orgId: state.orgId }),
        ...(state.principal.kind === 'org' ? credentialLogFields(state.principal.credential) : {}),
      });
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}

function byteLength(chunk: unknown, encoding: unknown): number {
  if (chunk === undefined || chunk === null) return 0;
  if (typeof chunk === 'string')
    return Buffer.byteLength(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return chunk.byteLength;
  return 0;
}

/** winston's logger is a readable-stream v2 Transform: `writableEnded` is not there, the state is. */
function loggerEnded(logger: HttpLogger): boolean {
  const state = (logger as unknown as { _writableState?: { ending?: boolean } })._writableState;
  return logger.writableEnded === true || state?.ending === true;
}
