import type { ErrorRequestHandler, Request } from 'express';
import { error as validatorErrors } from 'express-openapi-validator';
import type { SecurityHandlers } from 'express-openapi-validator/dist/framework/types.js';
import { AppError } from '../errors.js';
import {
  AUTH_FAILURES_LIMITER,
  authLockError,
  credentialTarget,
  normalizeAddress,
  type AuthFailureThrottle,
  type CredentialKind,
} from '../limits/index.js';
import { isApiKeyFormat, looksLikeJwt } from '../tenancy/index.js';
import { bearerToken } from './auth.js';
import { requestState } from './request-state.js';
import type { HttpLogger, HttpMetrics } from './types.js';

/** The credential each security scheme of specs/openapi.yaml reads, unchecked. */
const PRESENTED: Record<string, (req: Request) => { kind: CredentialKind; value: string } | undefined> = {
  adminToken: (req) => presented('admin', bearerToken(req)),
  tenantBearer: (req) => presented('tenant', bearerToken(req)),
  tenantApiKey: (req) => presented('tenant', req.get('x-api-key')),
  gatewayApiKey: (req) => presented('gateway', req.get('api-key')),
};

function isTenantCredential(value: string): boolean {
  return isApiKeyFormat(value) || looksLikeJwt(value);
}

function presented(kind: CredentialKind, value: string | undefined) {
  return value === undefined || value === '' ? undefined : { kind, value };
}

export interface AuthFailureGuardOptions {
  throttle: AuthFailureThrottle;
  logger: HttpLogger;
  metrics: HttpMetrics;
}

/**
 * The authentication failure throttle on REST, in two parts around the OpenAPI validator:
 * `guard` wraps the security handlers (a locked source or target is refused before the
 * credential is checked; a presented credential that is rejected is noted on the request), and
 * `afterSecurity`, the error middleware right after the validator, turns the validator's refusal
 * into the 429 with `Retry-After`, or counts the failure when the request ends in 401. Failures
 * are counted once per request, only when no scheme accepted it (an operation may accept
 * several).
 *
 * @example
 * const guard = authFailureGuard({ throttle, logger, metrics });
 * app.use(openApiValidation({ …, securityHandlers: guard.guard(securityHandlers(…)) }));
 * app.use(guard.afterSecurity);
 */
export function authFailureGuard({ throttle, logger, metrics }: AuthFailureGuardOptions): {
  guard(handlers: SecurityHandlers): SecurityHandlers;
  afterSecurity: ErrorRequestHandler;
} {
  const sourceOf = (req: Request) => normalizeAddress(req.ip ?? req.socket.remoteAddress);

  function guard(handlers: SecurityHandlers): SecurityHandlers {
    const guarded: SecurityHandlers = {};
    for (const [scheme, handler] of Object.entries(handlers)) {
      const credentialOf = PRESENTED[scheme];
      if (credentialOf === undefined) throw new Error(`no credential is known for the security scheme ${scheme}`);
      guarded[scheme] = async (req, scopes, schema) => {
        const credential = credentialOf(req);
        if (credential === undefined) return handler(req, scopes, schema);
        const state = requestState(req);
        const attempt = (state.authAttempt ??= { failed: false, failedTargets: new Set() });
        // On operations that take the admin token or a tenant credential, both handlers read the same
        // bearer: one in a tenant's format is a tenant attempt, not a guess at the admin token.
        const target =
          credential.kind === 'admin' && isTenantCredential(credential.value)
            ? undefined
            : credentialTarget(credential.kind, credential.value);
        const lock = await throttle.check(sourceOf(req), target === undefined ? [] : [target]);
        if (lock.locked) {
          attempt.refusal ??= authLockError(lock);
          throw attempt.refusal;
        }
        // A handler that throws (the database is down) did not reject the credential: not a failure,
        // and the answer is its error (a 503), not the validator's 401 or 500.
        let accepted: boolean;
        try {
          accepted = (await handler(req, scopes, schema)) === true;
        } catch (err) {
          attempt.thrown ??= err;
          throw err;
        }
        if (!accepted) {
          attempt.failed = true;
          if (target !== undefined) attempt.failedTargets.add(target);
        }
        return accepted;
      };
    }
    return guarded;
  }

  const afterSecurity: ErrorRequestHandler = (err, req, _res, next) => {
    const state = requestState(req);
    const attempt = state.authAttempt;
    // Errors after an accepted credential (request validation) are not about authentication.
    if (attempt === undefined || state.principal.kind !== 'anonymous') return next(err);
    if (attempt.refusal !== undefined) {
      metrics.rateLimitHitsTotal.inc({ limiter: AUTH_FAILURES_LIMITER, tier: 'none' });
      return next(attempt.refusal);
    }
    if (attempt.thrown !== undefined) return next(attempt.thrown);
    if (!attempt.failed || !(err instanceof validatorErrors.Unauthorized)) return next(err);
    // A refused tenant credential says why (an expired token …); the validator's 401 does not.
    const refusal =
      attempt.tenantRefusal === undefined
        ? err
        : new AppError('unauthenticated', attempt.tenantRefusal, { cause: err });
    throttle.recordFailure(sourceOf(req), [...attempt.failedTargets]).then(
      () => next(refusal),
      (failure: unknown) => {
        logger.warn('counting an authentication failure failed', { error: (failure as Error).message });
        next(refusal);
      },
    );
  };

  return { guard, afterSecurity };
}
