import { AsyncLocalStorage } from 'node:async_hooks';

/** What follows one request or message through async calls; the logger adds it to every line. */
export interface RequestContext {
  correlationId: string;
  orgId?: string;
  /** W3C trace context of the request, propagated into WebSocket event envelopes. */
  traceparent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `fn` with `context` as the current context. The object is stored as is (not copied), so
 * fields set on it later, such as `orgId` after authentication, are seen by everything inside.
 *
 * @example runWithContext({ correlationId: randomUUID() }, () => handleFrame(frame))
 */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The context of the running request or message, if any. */
export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}
