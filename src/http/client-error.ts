import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'winston';
import { ERROR_CODES, type ErrorCode, type ErrorEnvelope } from '../errors.js';
import type { Metrics } from '../observability/metrics.js';

/** Node's parser error codes → our registry; anything else the parser refuses is bad framing. */
const CLIENT_ERROR_CODES: Record<string, ErrorCode> = {
  HPE_HEADER_OVERFLOW: 'headers_too_large',
  ERR_HTTP_REQUEST_TIMEOUT: 'request_timeout',
};

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * The raw HTTP response for a request Node's parser refused before Express saw it, in the one
 * error envelope with a fresh correlation id (the request's own id could not be read).
 */
export function clientErrorResponse(code: ErrorCode, correlationId: string): string {
  const { status, message } = ERROR_CODES[code];
  const envelope: ErrorEnvelope = { error: { code, message, correlationId } };
  const body = JSON.stringify(envelope);
  return (
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Error'}\r\n` +
    'Content-Type: application/json; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(body)}\r\n` +
    `X-Request-Id: ${correlationId}\r\n` +
    'Connection: close\r\n\r\n' +
    body
  );
}

/**
 * Answers what Node's HTTP parser refuses — bad framing (400), headers over the size limit (431),
 * a request whose headers or body did not arrive in time (408) — in the error envelope instead
 * of Node's empty default, then closes the socket. Counted in `goclaw_errors_total{type="http_client_error"}`.
 */
export function answerClientErrors(server: Server, { logger, metrics }: { logger: Logger; metrics: Metrics }): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
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
    socket.end(clientErrorResponse(code, correlationId));
  });
}
