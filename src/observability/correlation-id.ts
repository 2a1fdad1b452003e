import { randomUUID } from 'node:crypto';

/** What specs/openapi.yaml accepts for X-Request-Id: 1–128 visible ASCII characters (no spaces or controls). */
const SAFE_REQUEST_ID = /^[\x21-\x7E]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * The correlation id for an incoming request or WebSocket handshake: a sane `X-Request-Id`
 * (1–128 visible ASCII characters), else the trace id of a valid W3C `traceparent`, else a fresh UUID.
 */
export function pickCorrelationId(requestId: string | undefined, traceparent: string | undefined): string {
  if (requestId !== undefined && SAFE_REQUEST_ID.test(requestId)) return requestId;
  const traceId = traceparent === undefined ? undefined : TRACEPARENT.exec(traceparent.trim().toLowerCase())?.[1];
  if (traceId !== undefined && !/^0+$/.test(traceId)) return traceId;
  return randomUUID();
}
