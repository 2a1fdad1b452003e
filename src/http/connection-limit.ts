import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'winston';
import type { Metrics } from '../observability/metrics.js';
import { answerAndClose, clientErrorResponse, closingErrorAnswer } from './client-error.js';

/** What a refused client is told to wait before it tries again. */
const RETRY_AFTER_SECONDS = 5;
/** At most one log line per this interval while connections are being refused. */
const LOG_INTERVAL_MS = 10_000;

export interface ConnectionLimitOptions {
  /** Open connections (HTTP and WebSocket) past which new ones are refused; 0 = no cap. */
  maxConnections: number;
  logger: Logger;
  metrics: Pick<Metrics, 'errorsTotal' | 'httpConnectionsOpen'>;
  /** HTTPS: requests arrive on the TLS socket, which exists from `secureConnection` on. */
  secure?: boolean;
  /** Clock of the log rate limit (tests). */
  now?: () => number;
}

/**
 * Caps the open connections of an HTTP(S) server. Every connection is counted from accept to close
 * (`clawgate_http_connections_open`), WebSockets included. One accepted while the count is past
 * `maxConnections` is not dropped silently: its first request — plain or WebSocket upgrade — gets 503
 * `service_unavailable` in the error envelope with `Retry-After`, and the connection is closed.
 * A refused connection that sends nothing is closed by the headers timeout. Refusals are counted in
 * `goclaw_errors_total{type="http_connection_limit"}` and logged at most once per 10 s with the
 * number refused since the previous line.
 *
 * Returns the request listener to install: `server.on('request', limit(app))`.
 *
 * @example
 * const server = http.createServer(httpServerOptions(config.http));
 * server.on('request', limitConnections(server, { maxConnections: 10_000, logger, metrics })(app));
 */
export function limitConnections(
  server: Server,
  { maxConnections, logger, metrics, secure = false, now = Date.now }: ConnectionLimitOptions,
): (app: RequestListener) => RequestListener {
  let open = 0;
  const refused = new WeakSet<object>();
  const log = rateLimitedLog(logger, now);

  server.on('connection', (socket: Socket) => {
    open += 1;
    metrics.httpConnectionsOpen.inc();
    socket.once('close', () => {
      open -= 1;
      metrics.httpConnectionsOpen.dec();
    });
    if (!secure && maxConnections > 0 && open > maxConnections) refused.add(socket);
  });
  if (secure) {
    server.on('secureConnection', (socket: Socket) => {
      if (maxConnections > 0 && open > maxConnections) refused.add(socket);
    });
  }

  const refusal = {
    message: `the server holds its maximum of ${maxConnections} connections; retry in ${RETRY_AFTER_SECONDS} s`,
    headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  };
  const count = (req: IncomingMessage) => {
    metrics.errorsTotal.inc({ type: 'http_connection_limit' });
    log({ maxConnections, open, remoteAddress: req.socket.remoteAddress });
  };

  // First in line, so the WebSocket router never sees an upgrade answered here.
  server.prependListener('upgrade', (req: IncomingMessage, socket: Duplex) => {
    if (!refused.has(socket)) return;
    count(req);
    answerAndClose(socket, clientErrorResponse('service_unavailable', randomUUID(), refusal));
  });

  return (app) => (req, res) => {
    if (!refused.has(req.socket)) {
      app(req, res);
      return;
    }
    count(req);
    refuseRequest(res, refusal);
  };
}

/** 503 in the envelope; `Connection: close` makes Node close the socket once it is sent. */
function refuseRequest(res: ServerResponse, refusal: { message: string; headers: Record<string, string> }): void {
  const { status, headers, body } = closingErrorAnswer('service_unavailable', randomUUID(), refusal);
  res.writeHead(status, headers).end(body);
}

/** The first refusal is logged at once; later ones are summed into one line per interval. */
function rateLimitedLog(logger: Logger, now: () => number) {
  let lastLoggedAt = -Infinity;
  let suppressed = 0;
  return (fields: Record<string, unknown>): void => {
    const time = now();
    if (time - lastLoggedAt < LOG_INTERVAL_MS) {
      suppressed += 1;
      return;
    }
    logger.warn('connection limit reached: refusing new connections with 503', {
      ...fields,
      refusedSinceLastLine: suppressed + 1,
    });
    lastLoggedAt = time;
    suppressed = 0;
  };
}
