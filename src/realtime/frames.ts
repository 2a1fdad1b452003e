import { ERROR_CODES, type ErrorCode } from '../errors.js';

/** The frame envelope of specs/asyncapi.yaml: `{ type, id?, seq?, correlationId?, timestamp, payload }`. */
export interface Frame<T extends string = string, P = unknown> {
  type: T;
  id?: string;
  seq?: number;
  correlationId?: string;
  timestamp: string;
  payload: P;
}

/** The spec's `FrameId`/`CorrelationId`: 1–128 characters. */
const MAX_ID_LENGTH = 128;

/** The `id` of a received frame when it is one the spec allows, so an answer can carry it as `correlationId`. */
export function frameIdOf(frame: unknown): string | undefined {
  if (typeof frame !== 'object' || frame === null) return undefined;
  const id = (frame as { id?: unknown }).id;
  return typeof id === 'string' && id.length >= 1 && id.length <= MAX_ID_LENGTH ? id : undefined;
}

/**
 * An `error` frame (same shape on both channels).
 *
 * @example conn.send(errorFrame('not_found', 'Session not found', { correlationId: message.id }))
 */
export function errorFrame(
  code: ErrorCode,
  message: string = ERROR_CODES[code].message,
  options: { correlationId?: string; details?: unknown } = {},
): Frame<'error', { code: ErrorCode; message: string; details?: unknown }> {
  const frame: Frame<'error', { code: ErrorCode; message: string; details?: unknown }> = {
    type: 'error',
    timestamp: new Date().toISOString(),
    payload: options.details === undefined ? { code, message } : { code, message, details: options.details },
  };
  if (options.correlationId !== undefined) frame.correlationId = options.correlationId;
  return frame;
}

/** The `pong` answering an application-level `ping` (same shape on both channels). */
export function pongFrame(ping: { id?: string }): Frame<'pong', { serverTime: string }> {
  const now = new Date().toISOString();
  const frame: Frame<'pong', { serverTime: string }> = { type: 'pong', timestamp: now, payload: { serverTime: now } };
  if (ping.id !== undefined) frame.correlationId = ping.id;
  return frame;
}

/** WebSocket close reasons are limited to 123 bytes of UTF-8. */
export function closeReason(reason: string): string {
  if (Buffer.byteLength(reason) <= 123) return reason;
  let cut = reason.slice(0, 123);
  while (Buffer.byteLength(cut) > 123) cut = cut.slice(0, -1);
  return cut;
}
