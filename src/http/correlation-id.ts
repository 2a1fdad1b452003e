import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { runWithContext } from '../observability/context.js';
import { pickCorrelationId } from '../observability/correlation-id.js';

/** What one request carries through its life: set here, enriched by auth, read by logs and errors. */
export interface RequestState {
  correlationId: string;
  orgId?: string;
  startedAt: bigint;
}

const states = new WeakMap<Request, RequestState>();

/** The request's state; requests that never went through the middleware get a fresh one. */
export function requestState(req: Request): RequestState {
  let state = states.get(req);
  if (state === undefined) {
    state = { correlationId: randomUUID(), startedAt: process.hrtime.bigint() };
    states.set(req, state);
  }
  return state;
}

/** First middleware: assigns the correlation id, echoes it as `X-Request-Id`, runs the rest in its context. */
export function correlationId(): RequestHandler {
  return function assignCorrelationId(req: Request, res: Response, next: NextFunction): void {
    const state: RequestState = {
      correlationId: pickCorrelationId(req.get('x-request-id'), req.get('traceparent')),
      startedAt: process.hrtime.bigint(),
    };
    states.set(req, state);
    res.setHeader('X-Request-Id', state.correlationId);
    // The context object is the state itself, so an org id set later by auth shows up in log lines.
    runWithContext(state, () => next());
  };
}
