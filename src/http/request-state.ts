import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import type { OperationHandlers } from '../../generated/server/index.js';
import type { AppError } from '../errors.js';
import type { RequestContext } from '../observability/context.js';
import type { OrgRateDecision } from '../limits/index.js';
import type { Queryable } from '../store/database.js';
import type { TenantIdentity } from '../tenancy/index.js';

/** Who is calling, as established by a security handler; `anonymous` until one accepts the request. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'admin' }
  /** a tenant, by API key or JWT (`credential` says which; it never holds the secret or the token) */
  | ({ kind: 'org' } & TenantIdentity)
  | { kind: 'gateway'; gatewayId: string };

/**
 * What operation handlers see as `ctx.vars` (the `V` of the generated `OperationHandlers<V>`).
 *
 * @example async getOrg({ params }, { vars }) { if (vars.principal.kind === 'admin') … }
 */
export interface RequestVariables {
  readonly correlationId: string;
  /** The calling organization, once a tenant credential was accepted. */
  readonly orgId?: string;
  readonly principal: Principal;
  /** Present when the request carries an `Idempotency-Key` that this request now holds. */
  readonly idempotency?: IdempotencyContext;
  /** The organization's rate-limit state once this request was counted (tenant requests only). */
  readonly rateLimit?: OrgRateDecision;
}

/**
 * A claimed `Idempotency-Key`, as a handler sees it. A handler whose work runs in one transaction
 * records its response there (`recordIn(tx, result)`), so the work and the record commit together
 * and a crash between them cannot happen; otherwise the response is recorded after the handler.
 *
 * @example
 * await deployments.deploy(id, body, cause, {
 *   beforeCommit: (tx, deployment) => vars.idempotency?.recordIn(tx, { status: 201, body: deployment }),
 * });
 */
export interface IdempotencyContext {
  recordIn(tx: Queryable, result: { status: number; body?: unknown; headers?: object }): Promise<void>;
}

/** The generated handlers as this app implements them: each reads `ctx.vars` as `RequestVariables`. */
export type AppHandlers = OperationHandlers<RequestVariables>;

/**
 * The one request-scoped state: created by the correlation-id middleware, enriched by the security
 * handlers, handed to handlers as `ctx.vars` and, being the request's logging context too, seen by
 * every log line and the error envelope.
 */
export interface RequestState extends RequestContext {
  principal: Principal;
  startedAt: bigint;
  /** Credentials presented and rejected, for the authentication failure throttle (auth-throttle.ts). */
  authAttempt?: AuthAttempt;
  /** Set by the per-organization rate limit (org-rate-limit.ts) when it counted this request. */
  rateLimit?: OrgRateDecision;
}

export interface AuthAttempt {
  /** a presented credential was rejected by its security handler */
  failed: boolean;
  /** the targets (`admin`, a key's visible prefix) of the rejected credentials */
  failedTargets: Set<string>;
  /** why a tenant credential was refused, for the 401's message (e.g. an expired token) */
  tenantRefusal?: string;
  /** set when the source or a target is locked: the request is answered with it */
  refusal?: AppError;
  /** what a security handler threw (it could not decide: the database or a JWT key set is down) */
  thrown?: unknown;
}

const STATE = Symbol('clawgate.requestState');
type StatefulRequest = Request & { [STATE]?: RequestState };

/** Starts the request's state; called once, by the first middleware. */
export function startRequestState(req: Request, correlationId: string): RequestState {
  const startedAt = process.hrtime.bigint();
  const state: RequestState = { correlationId, principal: { kind: 'anonymous' }, startedAt };
  (req as StatefulRequest)[STATE] = state;
  return state;
}

/** The request's state; a request that never went through the middleware gets a fresh one. */
export function requestState(req: Request): RequestState {
  return (req as StatefulRequest)[STATE] ?? startRequestState(req, randomUUID());
}

/**
 * Records the caller a security handler accepted and returns true (the handler's answer). An admin
 * token wins over a gateway key on operations that accept either, whichever handler runs last.
 */
export function authenticateAs(req: Request, principal: Exclude<Principal, { kind: 'anonymous' }>): true {
  const state = requestState(req);
  if (state.principal.kind === 'admin') return true;
  state.principal = principal;
  if (principal.kind === 'org') state.orgId = principal.orgId;
  return true;
}
