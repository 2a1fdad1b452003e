import { AppError } from '../errors.js';
import type { LogPosition } from './event-log.js';

/** What the spec accepts for `last-event-seq` / `since`: a non-negative integer, at most 16 digits. */
const POSITION = /^(0|[1-9][0-9]{0,15})$/;

/**
 * The resume position a gateway asked for in its upgrade request: the `last-event-seq` header,
 * else the `since` query parameter; undefined when neither is given. Anything else is refused
 * with 400 `validation_failed` before the WebSocket exists.
 */
export function requestedPosition(header: string | string[] | undefined, since: string | null): number | undefined {
  const given = Array.isArray(header) ? header[0] : header;
  const [value, where] =
    given !== undefined
      ? [given, 'last-event-seq header']
      : since !== null
        ? [since, 'since query parameter']
        : [undefined, ''];
  if (value === undefined) return undefined;
  if (!POSITION.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new AppError('validation_failed', `the ${where} must be a non-negative integer`, {
      details: [
        {
          path: where.startsWith('since') ? '/query/since' : '/headers/last-event-seq',
          message: 'must be a non-negative integer',
        },
      ],
    });
  }
  return Number(value);
}

/** Where delivery starts on a new connection. */
export interface ResumePlan {
  /** Deliver every event with `seq > cursor`. */
  cursor: number;
  /** False when the position is no longer retained (or not from this log): the gateway resyncs over REST. */
  recovered: boolean;
}

/**
 * Decides where a connection resumes: after the requested position, else after the
 * gateway's persisted `acked_seq`. A position older than the oldest retained event — or ahead of
 * the log, i.e. from some other log — cannot be recovered: delivery continues from the oldest
 * retained event (or the log's end) and `recovered` is false.
 */
export function planResume(requested: number | undefined, position: LogPosition): ResumePlan {
  const from = requested ?? position.ackedSeq;
  if (from > position.latestSeq) return { cursor: position.latestSeq, recovered: false };
  if (position.oldestRetainedSeq !== null && from + 1 < position.oldestRetainedSeq) {
    return { cursor: position.oldestRetainedSeq - 1, recovered: false };
  }
  return { cursor: from, recovered: true };
}
