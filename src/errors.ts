/**
 * The one error registry. Every error the server reports, over HTTP or WebSocket, has a stable
 * code from this table and the HTTP status it maps to. `specs/openapi.yaml` lists the same codes
 * in `ErrorCode`; a test keeps them equal.
 */
export const ERROR_CODES = {
  validation_failed: { status: 400, message: 'The request does not match the API contract' },
  bad_request: { status: 400, message: 'The request is not valid HTTP' },
  malformed_json: { status: 400, message: 'The request body is not valid JSON' },
  unauthenticated: { status: 401, message: 'Missing or invalid credentials' },
  forbidden: { status: 403, message: 'Not allowed' },
  not_found: { status: 404, message: 'Resource not found' },
  route_not_found: { status: 404, message: 'No such route' },
  method_not_allowed: { status: 405, message: 'Method not allowed on this route' },
  not_acceptable: { status: 406, message: 'No acceptable representation' },
  request_timeout: { status: 408, message: 'The request took too long' },
  conflict: { status: 409, message: 'Conflicts with the current state' },
  idempotency_key_in_flight: {
    status: 409,
    message: 'A request with this Idempotency-Key is still in flight; retry later',
  },
  idempotency_key_secret_withheld: {
    status: 409,
    message: 'The request with this Idempotency-Key already succeeded; its secret was shown once and is not replayed',
  },
  idempotency_key_reused: { status: 422, message: 'This Idempotency-Key was used for a different request' },
  payload_too_large: { status: 413, message: 'The body or frame is too large' },
  unsupported_media_type: { status: 415, message: 'Unsupported content type' },
  headers_too_large: { status: 431, message: 'The request headers are too large' },
  rate_limited: { status: 429, message: 'Too many requests' },
  quota_exceeded: { status: 429, message: 'Quota exceeded' },
  internal_error: { status: 500, message: 'Internal error' },
  not_implemented: { status: 501, message: 'Not implemented yet' },
  bad_gateway: { status: 502, message: 'The upstream failed' },
  service_unavailable: { status: 503, message: 'Service unavailable' },
  database_unavailable: { status: 503, message: 'The database is unavailable; retry later' },
  gateway_timeout: { status: 504, message: 'The upstream timed out' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The error envelope every error response carries. */
export interface ErrorEnvelope {
  error: {
    code: ErrorCode;
    message: string;
    correlationId: string;
    details?: unknown;
  };
}

/**
 * An error with a registered code. Throw it anywhere below the HTTP layer; the error middleware
 * renders it as the envelope with the registered status.
 *
 * @example throw new AppError('not_found', `gateway ${id} not found`)
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message?: string,
    options: { details?: unknown; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message ?? ERROR_CODES[code].message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    if (options.details !== undefined) this.details = options.details;
    if (options.headers !== undefined) this.headers = options.headers;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** `err` itself when it is an AppError, else an `internal_error` that keeps `err` as its cause. */
export function asAppError(err: unknown): AppError {
  return err instanceof AppError ? err : new AppError('internal_error', undefined, { cause: err });
}

/**
 * How loudly an error is logged. A client's mistake (4xx) or a feature not built yet (501) is
 * expected: `warn`, without a stack. Any other 5xx is the server's fault: `error`, with the stack.
 *
 * @example logger[logLevelOf(appError)](...)
 */
export function logLevelOf(error: AppError): 'warn' | 'error' {
  return error.status < 500 || error.code === 'not_implemented' ? 'warn' : 'error';
}
