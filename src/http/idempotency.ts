import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { Logger } from 'winston';
import {
  HANDLED,
  operations,
  type HandlerContext,
  type OperationDescriptor,
  type OperationName,
} from '../../generated/server/index.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../observability/metrics.js';
import { isSecretKey, REDACTED } from '../observability/redact.js';
import type { Queryable } from '../store/database.js';
import type {
  IdempotencyClaim,
  IdempotencyRecords,
  IdempotencyScope,
  RecordedResponse,
} from '../store/idempotency-records.js';
import type { AppHandlers, IdempotencyContext, Principal, RequestVariables } from './request-state.js';

/** The request header, as the spec's `IdempotencyKey` parameter names it. */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Marks a response replayed from the record of an earlier request. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** Response headers kept with a recorded response and replayed (the rest belong to each request). */
const REPLAYED_HEADERS = ['Location'];

interface HandlerResult {
  status: number;
  body?: unknown;
  headers?: object;
}
type LooseHandler = (input: unknown, ctx: HandlerContext<RequestVariables>) => Promise<unknown>;

export interface IdempotencyOptions {
  records: IdempotencyRecords;
  metrics: Pick<Metrics, 'idempotentReplaysTotal' | 'idempotencyConflictsTotal'>;
  logger: Pick<Logger, 'warn'>;
}

/** The operations whose spec declares the `Idempotency-Key` header parameter. */
export function idempotentOperations(): OperationName[] {
  return (Object.entries(operations) as Array<[OperationName, OperationDescriptor]>)
    .filter(([, descriptor]) =>
      descriptor.parameters.some(
        (parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key',
      ),
    )
    .map(([name]) => name);
}

/**
 * `handlers` with every operation that declares `Idempotency-Key` in the spec wrapped so that a
 * request carrying the header claims it first (docs/idempotency.md):
 * 1. the key is claimed for this caller, or the earlier request holding it answers: a replay of
 *    its recorded response (`Idempotent-Replayed: true`), 409 while it runs, 422 if it differed,
 *    409 `idempotency_key_secret_withheld` if its response carried a secret shown once;
 * 2. the handler runs, with `ctx.vars.idempotency` to record its response inside its transaction;
 * 3. a 2xx result not recorded yet is recorded now; any other outcome releases the key.
 * Requests without the header, and operations without a handler, are untouched.
 */
export function withIdempotency(handlers: Partial<AppHandlers>, options: IdempotencyOptions): Partial<AppHandlers> {
  const wrapped: Partial<Record<OperationName, LooseHandler>> = {};
  for (const name of idempotentOperations()) {
    const handler = handlers[name] as LooseHandler | undefined;
    if (handler === undefined) continue;
    wrapped[name] = idempotentHandler(operations[name], handler.bind(handlers), options);
  }
  return { ...handlers, ...(wrapped as Partial<AppHandlers>) };
}

function idempotentHandler(
  descriptor: OperationDescriptor,
  handler: LooseHandler,
  { records, metrics, logger }: IdempotencyOptions,
): LooseHandler {
  const operation = descriptor.operationId;
  const refuse = (reason: string, error: AppError): never => {
    metrics.idempotencyConflictsTotal.inc({ operation, reason });
    throw error;
  };
  return async (input, ctx) => {
    const key = ctx.req.get(IDEMPOTENCY_KEY_HEADER);
    const scope = scopeOf(ctx.vars.principal);
    if (key === undefined || scope === undefined) return handler(input, ctx);

    // 1. claim
    const fingerprint = requestFingerprint(ctx.req);
    const outcome = await records.claim({ scope, key, operationId: operation, fingerprint });
    switch (outcome.kind) {
      case 'mismatch':
        return refuse('reused', new AppError('idempotency_key_reused'));
      case 'in_flight':
        return refuse(
          'in_flight',
          new AppError('idempotency_key_in_flight', undefined, {
            headers: { 'Retry-After': String(outcome.retryAfterSeconds) },
          }),
        );
      case 'completed': {
        const { response } = outcome;
        if (response.secretWithheld) {
          const { Location: location } = response.headers;
          const details = { status: response.status, response: response.body, ...(location && { location }) };
          return refuse('secret_withheld', new AppError('idempotency_key_secret_withheld', undefined, { details }));
        }
        metrics.idempotentReplaysTotal.inc({ operation });
        const replay: HandlerResult = {
          status: response.status,
          headers: { ...response.headers, [IDEMPOTENT_REPLAYED_HEADER]: 'true' },
        };
        if (response.body !== undefined) replay.body = response.body;
        return replay;
      }
      case 'claimed':
        break;
    }

    // 2. the work, which may record its response in its own transaction
    const { claim } = outcome;
    let recorded = false;
    const idempotency: IdempotencyContext = {
      async recordIn(tx: Queryable, result: HandlerResult) {
        if (!(await records.complete(claim, toRecorded(descriptor, result), tx))) {
          // Throwing rolls the work back: the request that took the key over does it instead.
          refuse('claim_lost', claimLost(records.leaseMs));
        }
        recorded = true;
      },
    };
    let result: unknown;
    try {
      result = await handler(input, { ...ctx, vars: { ...ctx.vars, idempotency } });
    } catch (err) {
      await releaseQuietly(records, claim, logger);
      throw err;
    }

    // 3. record a success, release the key otherwise
    if (recorded) return result;
    if (result === HANDLED || !isSuccess(result)) {
      await releaseQuietly(records, claim, logger);
      return result;
    }
    if (!(await records.complete(claim, toRecorded(descriptor, result)))) {
      logger.warn('an idempotent request outlived its claim; its response is not recorded', { operation });
    }
    return result;
  };
}

/** Who the key belongs to; undefined for an anonymous caller, whose key is ignored. */
function scopeOf(principal: Principal): IdempotencyScope | undefined {
  switch (principal.kind) {
    case 'admin':
      return { kind: 'admin', id: '' };
    case 'org':
      return { kind: 'org', id: principal.orgId };
    case 'gateway':
      return { kind: 'gateway', id: principal.gatewayId };
    case 'anonymous':
      return undefined;
  }
}

/**
 * SHA-256 of what makes two requests the same one: method, path with query, and the JSON body
 * with object keys sorted (so key order and whitespace do not matter).
 */
export function requestFingerprint(req: Pick<Request, 'method' | 'originalUrl' | 'body'>): string {
  const body = JSON.stringify(req.body ?? null, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
  return createHash('sha256').update(`${req.method} ${req.originalUrl}\n${body}`).digest('hex');
}

function isSuccess(result: unknown): result is HandlerResult {
  const status = (result as HandlerResult | undefined)?.status;
  return typeof status === 'number' && status >= 200 && status < 300;
}

/**
 * What is kept of a result. A body that carries a secret shown once — the spec documents
 * `Cache-Control` on that response, or the handler sent `no-store` — is kept redacted and marked,
 * so that the secret never reaches the table and is never replayed.
 */
function toRecorded(descriptor: OperationDescriptor, result: HandlerResult): RecordedResponse {
  const headers = Object.entries(result.headers ?? {});
  const secretWithheld =
    headers.some(([name, value]) => name.toLowerCase() === 'cache-control' && String(value).includes('no-store')) ||
    descriptor.responses.some(
      (response) => response.status === String(result.status) && response.headers.includes('Cache-Control'),
    );
  const kept = Object.fromEntries(
    headers
      .filter(([name, value]) => REPLAYED_HEADERS.includes(name) && value !== undefined && value !== null)
      .map(([name, value]) => [name, String(value)]),
  );
  const recorded: RecordedResponse = { status: result.status, headers: kept, secretWithheld };
  if (result.body !== undefined) recorded.body = secretWithheld ? withoutSecrets(result.body) : result.body;
  return recorded;
}

/** Names of the secret in a secret-bearing body: `key` (API keys) and the log redactor's (`apiKey` …). */
function isSecretProperty(name: string): boolean {
  return name === 'key' || isSecretKey(name);
}

/** A copy of `value` with every secret property replaced by `[REDACTED]`, at any depth. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, item]) => [name, isSecretProperty(name) ? REDACTED : withoutSecrets(item)]),
  );
}

function claimLost(leaseMs: number): AppError {
  return new AppError(
    'idempotency_key_in_flight',
    `This request ran past the ${leaseMs} ms claim on its Idempotency-Key and another request took the key over`,
    { headers: { 'Retry-After': '1' } },
  );
}

/** A failed release leaves the claim to lapse after its lease; the request's own error matters more. */
async function releaseQuietly(
  records: IdempotencyRecords,
  claim: IdempotencyClaim,
  logger: IdempotencyOptions['logger'],
) {
  await records.release(claim).catch((err: unknown) => {
    logger.warn('releasing an Idempotency-Key failed; it frees itself when its lease ends', {
      error: (err as Error).message,
    });
  });
}
