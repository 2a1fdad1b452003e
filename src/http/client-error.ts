import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'winston';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope } from '../errors.js';
import type { Metrics } from '../observability/metrics.js';

/** Node's parser error codes → our registry; anything else the parser refuses is bad framing. */
const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

/**
 * How long a refused socket may take to flush the answer before it is destroyed. Closing at once
 * could reset the connection while the peer still sends, and the peer would lose the answer.
 */
const FLUSH_GRACE_MS = 1000;

/**
 * The raw HTTP response for a request answered outside Express (refused by Node's parser, or on a
 * connection past the cap), in the one error envelope with a fresh correlation id (the request's
 * own id could not be read). `headers` are added, e.g. `Retry-After`.
 */
export function clientErrorResponse(
  code: ErrorCode,
  correlationId: string,
  options: { message?: string; headers?: Record<string, string> } = {},
): string {
  const { status, headers, body } = closingErrorAnswer(code, correlationId, options);
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}`)
    .join('\r\n');
  return `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}\r\n${head}\r\n\r\n${body}`;
}

/**
 * The parts of an answer in the error envelope after which the connection is closed: status,
 * headers (`Connection: close`, `X-Request-Id`, no-store, the extra `headers`) and body. Written
 * raw to a socket by `clientErrorResponse`, or through a `ServerResponse`.
 */
export function closingErrorAnswer(
  code: ErrorCode,
  correlationId: string,
  options: { message?: string; headers?: Record<string, string> } = {},
): { status: number; headers: Record<string, string>; body: string } {
  const { status, message } = ERROR_CODES[code];
  const envelope: ErrorEnvelope = { error: { code, message: options.message ?? message, correlationId } };
  const body = JSON.stringify(envelope);
  const headers: Record<string, string> = {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Request-Id': correlationId,
    ...options.headers,
    Connection: 'close',
  };
  return { status, headers, body };
}

/**
 * Writes `response` and closes the socket: ended at once, destroyed once the answer is flushed
 * or after a short grace, so a client that keeps the connection open (or keeps sending) cannot
 * hold it.
 */
export function answerAndClose(socket: Duplex, response: string): void {
  const destroyLater = setTimeout(() => socket.destroy(), FLUSH_GRACE_MS);
  destroyLater.unref();
  socket.once('close', () => clearTimeout(destroyLater));
  socket.end(response);
}

/**
 * Answers what Node's HTTP parser refuses — bad framing (400), headers over the size limit (431),
 * a request whose headers or body did not arrive in time (408, `CLAWGATE_HEADERS_TIMEOUT_MS` and
 * `CLAWGATE_REQUEST_TIMEOUT_MS`) — in the error envelope instead of Node's empty default, then
 * closes the socket. When a response is already on its way on that connection, a second one
 * would corrupt it: the socket is only closed. Counted in `goclaw_errors_total{type="http_client_error"}`.
 */
export function answerClientErrors(server: Server, { logger, metrics }: { logger: Logger; metrics: Metrics }): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as { _httpMessage?: ServerResponse | null })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent === true) {
      socket.destroy();
      return;
    }
    const code = CLIENT_ERROR_CODES[err.code ?? ''] ?? 'bad_request';
    const correlationId = randomUUID();
    metrics.errorsTotal.inc({ type: 'http_client_error' });
    logger.warn('refused a request the HTTP parser could not read', {
      code,
      parserError: err.code,
      correlationId,
      remoteAddress: (socket as { remoteAddress?: string }).remoteAddress,
    });
    answerAndClose(socket, clientErrorResponse(code, correlationId));
  });
}
