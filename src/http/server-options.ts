import type { ServerOptions } from 'node:http';
import type { Config } from '../config/types.js';

/**
 * Node's own HTTP timeouts from the configuration. Node checks them on a timer (30 s by default),
 * which would let a slow client hold its socket long past the timeout: the check runs four times
 * per shortest timeout, at least every 5 s. A request cut by them gets 408 from `answerClientErrors`.
 *
 * @example
 * const server = http.createServer(httpServerOptions(config.http));
 */
export function httpServerOptions(
  http: Pick<Config['http'], 'requestTimeoutMs' | 'headersTimeoutMs' | 'keepAliveTimeoutMs'>,
): ServerOptions {
  const shortest = Math.min(http.requestTimeoutMs, http.headersTimeoutMs);
  return {
    requestTimeout: http.requestTimeoutMs,
    headersTimeout: http.headersTimeoutMs,
    keepAliveTimeout: http.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(10, Math.min(5_000, Math.floor(shortest / 4))),
  };
}
