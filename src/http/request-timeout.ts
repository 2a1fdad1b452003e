import type { ErrorRequestHandler, NextFunction, Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.js';

/**
 * Answers 408 `request_timeout` through `renderError` when a request has not been answered within
 * `timeoutMs`, and closes the connection after it. Work still running afterwards cannot send a
 * second answer: headers are sent.
 */
export function requestTimeout({
  timeoutMs,
  renderError,
}: {
  timeoutMs: number;
  renderError: ErrorRequestHandler;
}): RequestHandler {
  return function limitRequestTime(req: Request, res: Response, next: NextFunction): void {
    if (timeoutMs <= 0) return next();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      // The connection goes with the answer: a body still trickling in must not keep the socket.
      res.setHeader('Connection', 'close');
      void renderError(new AppError('request_timeout', `no answer within ${timeoutMs} ms`), req, res, () => {});
    }, timeoutMs);
    timer.unref();
    const clear = (): void => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
