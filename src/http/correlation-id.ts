import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { runWithContext } from '../observability/context.js';
import { startRequestState } from './request-state.js';
import { pickCorrelationId } from '../observability/correlation-id.js';

/** First middleware: assigns the correlation id, echoes it as `X-Request-Id`, runs the rest in its context. */
export function correlationId(): RequestHandler {
  return function assignCorrelationId(req: Request, res: Response, next: NextFunction): void {
    const state = startRequestState(req, pickCorrelationId(req.get('x-request-id'), req.get('traceparent')));
    res.setHeader('X-Request-Id', state.correlationId);
    // The logging context is the state itself, so an org id set later by auth shows up in log lines.
    runWithContext(state, () => next());
  };
}
