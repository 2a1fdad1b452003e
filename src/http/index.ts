/** The HTTP layer: middleware, authentication, health checks and the operation handlers. */
export { accessLog } from './access-log.js';
export { resolveAdminToken, type ResolvedAdminToken } from './admin-token.js';
export { answerClientErrors, clientErrorResponse } from './client-error.js';
export { limitConnections } from './connection-limit.js';
export { bearerToken, callerOrg, safeEqual, securityHandlers, type GatewayKeyLookup, type Principal } from './auth.js';
export { authFailureGuard, type AuthFailureGuardOptions } from './auth-throttle.js';
export { correlationId } from './correlation-id.js';
export { errorHandler, isContractViolation, toAppError } from './error-handler.js';
export { createHandlers } from './handlers/index.js';
export { HealthChecks, type CheckResult, type HealthCheckOptions } from './health.js';
export { jsonBody } from './json-body.js';
export { ServerLifecycle, type ShutdownHook } from './lifecycle.js';
export { requestTimeout } from './request-timeout.js';
export { httpServerOptions } from './server-options.js';
export { orgRateLimit, setRateLimitHeaders, type OrgRateLimitOptions } from './org-rate-limit.js';
export { createRouteLabeler, type RouteLabeler } from './route-label.js';
export { openApiSpecPath } from './spec-path.js';
export { openApiValidation } from './validator.js';
export {
  requestState,
  type AppHandlers,
  type IdempotencyContext,
  type RequestState,
  type RequestVariables,
} from './request-state.js';
export {
  IDEMPOTENT_REPLAYED_HEADER,
  requestFingerprint,
  withIdempotency,
  type IdempotencyOptions,
} from './idempotency.js';
