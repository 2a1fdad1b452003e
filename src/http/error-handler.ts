import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';
import { error as validatorErrors } from 'express-openapi-validator';
import { ParameterError } from '../../generated/server/index.js';
import { AppError, asAppError, ERROR_CODES, logLevelOf, type ErrorCode, type ErrorEnvelope } from '../errors.js';
import type { HttpLogger, HttpMetrics } from './types.js';
import { requestState } from './request-state.js';
import type { RouteLabeler } from './route-label.js';

/** Shape of the errors express-openapi-validator throws (its HttpError). */
interface ValidatorHttpError {
  status: number;
  message: string;
  path?: string;
  headers?: Record<string, string>;
  errors?: Array<{ path?: string; message?: string; errorCode?: string }>;
}

const VALIDATOR_CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'route_not_found',
  405: 'method_not_allowed',
  406: 'not_acceptable',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  // A security handler that cannot decide now (the JWT issuer's key set is unreachable).
  503: 'service_unavailable',
};

/** body-parser's `type` field → our code. */
const BODY_PARSER_CODES: Record<string, ErrorCode> = {
  'entity.parse.failed': 'malformed_json',
  'entity.too.large': 'payload_too_large',
  'entity.verify.failed': 'malformed_json', // our verify hook refuses invalid UTF-8
  'encoding.unsupported': 'unsupported_media_type',
  'charset.unsupported': 'unsupported_media_type',
  'request.aborted': 'validation_failed',
  'request.size.invalid': 'validation_failed',
  'stream.encoding.set': 'internal_error',
  'parameters.too.many': 'payload_too_large',
};

function isValidatorError(err: unknown): err is ValidatorHttpError {
  return Object.values(validatorErrors).some((ErrorClass) => err instanceof ErrorClass);
}

function bodyParserType(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null || !('type' in err) || typeof err.type !== 'string') return undefined;
  return Object.hasOwn(BODY_PARSER_CODES, err.type) ? err.type : undefined;
}

/** A contract violation found by the validator itself (response validation or a broken spec). */
export function isContractViolation(err: unknown): boolean {
  return err instanceof validatorErrors.InternalServerError;
}

/**
 * Turns anything thrown into an AppError: our own errors pass through, validator and body-parser
 * errors get their registered code, anything else becomes `internal_error` keeping the cause.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isValidatorError(err)) {
    const code = VALIDATOR_CODE_BY_STATUS[err.status] ?? 'internal_error';
    if (code === 'internal_error') return new AppError(code, undefined, { cause: err });
    const details =
      code === 'validation_failed'
        ? (err.errors ?? []).map((e) => ({
            path: e.path,
            message: e.message,
            ...(e.errorCode ? { rule: e.errorCode } : {}),
          }))
        : undefined;
    const message =
      code === 'validation_failed' ? ERROR_CODES.validation_failed.message : describeValidatorError(code, err);
    return new AppError(code, message, {
      ...(details === undefined ? {} : { details }),
      ...(err.headers ? { headers: err.headers } : {}),
      cause: err,
    });
  }
  if (err instanceof ParameterError) {
    return new AppError('validation_failed', undefined, {
      details: [{ path: err.path, message: err.reason }],
      cause: err,
    });
  }
  const type = bodyParserType(err);
  if (type !== undefined) {
    const code = BODY_PARSER_CODES[type] ?? 'internal_error';
    return new AppError(code, describeBodyParserError(type, err), { cause: err });
  }
  return asAppError(err);
}

/** The unsupported encoding or charset by name; the registry's message otherwise. */
function describeBodyParserError(type: string, err: unknown): string | undefined {
  const { encoding, charset } = err as { encoding?: unknown; charset?: unknown };
  if (type === 'encoding.unsupported' && typeof encoding === 'string')
    return `Content-Encoding "${encoding}" is not supported`;
  if (type === 'charset.unsupported' && typeof charset === 'string') return `Charset "${charset}" is not supported`;
  return undefined;
}

function describeValidatorError(code: ErrorCode, err: ValidatorHttpError): string {
  if (code === 'unauthenticated' || code === 'forbidden' || code === 'route_not_found')
    return ERROR_CODES[code].message;
  return err.message || ERROR_CODES[code].message;
}

export interface ErrorHandlerOptions {
  logger: HttpLogger;
  metrics: HttpMetrics;
  /** stack traces of server errors in the envelope (development only) */
  exposeStack: boolean;
  routeLabel: RouteLabeler;
}

/**
 * The one error middleware. Renders every error as the envelope from `src/errors.ts` with the
 * request's correlation id and counts it in `goclaw_errors_total{type}` and
 * `http_request_errors_total`. Logs it at the level `logLevelOf` gives: refusals (4xx, 501) at
 * `warn` without a stack, server faults at `error` with the stack.
 */
export function errorHandler({ logger, metrics, exposeStack, routeLabel }: ErrorHandlerOptions): ErrorRequestHandler {
  return function renderError(err: unknown, req: Request, res: Response, _next: NextFunction): void {
    const appError = toAppError(err);
    const { correlationId } = requestState(req);
    const route = routeLabel(req);
    metrics.errorsTotal.inc({ type: appError.code });
    metrics.httpRequestErrorsTotal.inc({ method: req.method, route, code: appError.code });

    if (isContractViolation(err)) {
      logger.error('contract violation: the server broke specs/openapi.yaml', {
        method: req.method,
        route,
        violation: (err as ValidatorHttpError).errors ?? (err as ValidatorHttpError).message,
      });
    } else if (logLevelOf(appError) === 'error') {
      const cause = appError.cause ?? appError;
      const fields = { method: req.method, route, status: appError.status, code: appError.code, stack: stackOf(cause) };
      logger.error(`request failed: ${describe(cause)}`, fields);
    } else {
      const fields = { method: req.method, route, status: appError.status, code: appError.code };
      logger.warn(`request refused: ${appError.message}`, fields);
    }

    if (res.headersSent) {
      // Already answered (e.g. timed out) or mid-stream: a half-sent answer can only be cut short.
      if (!res.writableEnded) res.destroy();
      return;
    }
    // In development a server error carries its stack in `details` (the envelope stays schema-valid).
    const stack = exposeStack && appError.status >= 500 ? stackOf(appError.cause ?? appError) : undefined;
    const details = appError.details ?? (stack === undefined ? undefined : { stack });
    const envelope: ErrorEnvelope = {
      error: {
        code: appError.code,
        message: appError.message,
        correlationId,
        ...(details === undefined ? {} : { details }),
      },
    };
    for (const [name, value] of Object.entries(appError.headers ?? {})) res.setHeader(name, value);
    // send() rather than json(): the envelope must go out even if the response validator would object.
    res.status(appError.status).type('application/json').send(JSON.stringify(envelope));
  };
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function stackOf(err: unknown): string | undefined {
  return err instanceof Error ? err.stack : undefined;
}
