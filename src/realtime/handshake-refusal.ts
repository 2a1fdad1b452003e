import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AppError, ErrorEnvelope } from '../errors.js';

/** How long a refused socket may take to flush the response before it is destroyed. */
const FLUSH_GRACE_MS = 1000;

/**
 * Answers an upgrade request that will not become a WebSocket: a raw `HTTP/1.1 <status>`
 * response with the JSON error envelope, `X-Request-Id`, the error's own headers (`Retry-After`
 * on 429), then the socket is closed. Does nothing when the socket is already gone.
 */
export function refuseUpgrade(socket: Duplex, error: AppError, correlationId: string): void {
  if (socket.destroyed || !socket.writable) {
    socket.destroy();
    return;
  }
  const envelope: ErrorEnvelope = { error: { code: error.code, message: error.message, correlationId } };
  if (error.details !== undefined) envelope.error.details = error.details;
  const body = JSON.stringify(envelope);
  const headers: Record<string, string> = {
    Connection: 'close',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'X-Request-Id': correlationId,
    ...error.headers,
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${sanitizeHeaderValue(value)}`)
    .join('\r\n');
  const statusText = STATUS_CODES[error.status] ?? 'Error';
  // The socket is ended after the response; destroyed if the peer does not let it flush.
  const destroyLater = setTimeout(() => socket.destroy(), FLUSH_GRACE_MS);
  destroyLater.unref();
  socket.end(`HTTP/1.1 ${error.status} ${statusText}\r\n${head}\r\n\r\n${body}`, () => {
    clearTimeout(destroyLater);
    socket.destroy();
  });
}

/** Header values come from our own code, but a CR/LF must never split the response. */
function sanitizeHeaderValue(value: string): string {
  return value.replace(/[\r\n]+/g, ' ');
}
