import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { bindOperations, operations } from '../generated/server/index.js';
import type { AppDeps } from './deps.js';
import { AppError } from './errors.js';
import { AuthFailureThrottle, OrgRateLimiter } from './limits/index.js';
import { gatewayAuthenticator } from './http/handlers/gateways.js';
import {
  accessLog,
  authFailureGuard,
  correlationId,
  createHandlers,
  createRouteLabeler,
  errorHandler,
  HealthChecks,
  IDEMPOTENT_REPLAYED_HEADER,
  jsonBody,
  openApiSpecPath,
  openApiValidation,
  orgRateLimit,
  requestTimeout,
  securityHandlers,
  ServerLifecycle,
  requestState,
  type AppHandlers,
  type GatewayKeyLookup,
  type RequestVariables,
  withIdempotency,
} from './http/index.js';
import { versionInfo, type VersionInfo } from './version.js';
import { appliedVersions, loadMigrations } from './store/migrate.js';

export interface CreateAppOptions {
  /** Shared with `startServer` so readiness turns 503 as soon as shutdown begins. */
  lifecycle?: ServerLifecycle;
  /** The admin token to accept; default `deps.config.adminToken` (startServer resolves the generated one). */
  adminToken?: string;
  /** Handlers added or replaced by later layers (gateways, sessions …), by operationId. */
  handlers?: Partial<AppHandlers>;
  /** The gateway a gateway `api-key` header belongs to; default: a live key of `deps.fleet`'s gateways. */
  authenticateGateway?: GatewayKeyLookup;
  /** Whether every migration is applied; default: every shipped migration is in `schema_migrations`. */
  migrationsApplied?: () => Promise<boolean>;
}

export interface App {
  app: express.Express;
  lifecycle: ServerLifecycle;
  health: HealthChecks;
  build: VersionInfo;
}

/**
 * Builds the Express app from its dependencies, mounting the operations of `deps.services` and
 * `deps.fleet` (built once by `createDependencies`). Never listens: `startServer` (src/main.ts) does.
 *
 * Middleware order: correlation id → helmet → CORS → request timeout → access log + metrics →
 * JSON body → OpenAPI validation (routes, security with the authentication failure throttle, the
 * per-organization rate limit, request, response) → the throttle's refusal (429) and failure count
 * → operations (those that declare `Idempotency-Key` wrapped by `withIdempotency`) → the one error
 * middleware.
 *
 * @example
 * const { app } = createApp(await createDependencies(config), { adminToken });
 * http.createServer(app).listen(8080);
 */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}): App {
  const { config, logger, metrics } = deps;
  const lifecycle = options.lifecycle ?? new ServerLifecycle();
  const { services, fleet } = deps;
  const authenticateGateway = options.authenticateGateway ?? gatewayAuthenticator(fleet);
  const health = new HealthChecks({
    deps,
    lifecycle,
    migrationsApplied: options.migrationsApplied ?? allMigrationsApplied(deps.db),
  });
  const build = versionInfo(config);
  // An empty token is no token: it must never match an empty credential.
  const adminToken = (options.adminToken ?? config.adminToken) || undefined;
  if (adminToken === undefined) logger.warn('no admin token configured: admin operations will answer 401');

  const app = express();
  app.disable('x-powered-by');
  if (config.http.trustProxy !== false) app.set('trust proxy', config.http.trustProxy);

  // The spec the generated binding was made from; both must agree.
  const specFile = openApiSpecPath();
  const routeLabel = createRouteLabeler(Object.values(operations).map((operation) => operation.path));
  const renderError = errorHandler({ logger, metrics, routeLabel, exposeStack: config.env === 'development' });

  // 1. correlation id first, so everything after (including errors) carries it
  app.use(correlationId());
  // 2. security headers
  app.use(helmet());
  // 3. CORS only when origins are configured
  if (config.http.corsOrigins.length > 0) {
    const anyOrigin = config.http.corsOrigins.includes('*');
    app.use(
      cors({
        origin: anyOrigin ? '*' : config.http.corsOrigins,
        exposedHeaders: [
          'X-Request-Id',
          'Retry-After',
          'RateLimit',
          'RateLimit-Policy',
          'Location',
          IDEMPOTENT_REPLAYED_HEADER,
        ],
      }),
    );
  }
  // 4. timeout, 5. access log and metrics
  app.use(requestTimeout({ timeoutMs: config.http.requestTimeoutMs, renderError }));
  app.use(accessLog({ logger, metrics, routeLabel }));
  // 6. body
  app.use(jsonBody({ limitBytes: config.http.bodyLimitBytes }));
  // 7. the contract
  // Each accepted credential becomes the request state's `principal`, which handlers read as `ctx.vars`.
  // Guessing is throttled: failures per source and credential target, through the shared store.
  const { failureLimit: maxFailures, failureWindowMs: windowMs } = config.auth;
  const authFailures = authFailureGuard({
    throttle: new AuthFailureThrottle({ limits: deps.rateLimits, maxFailures, windowMs }),
    logger,
    metrics,
  });
  const security = authFailures.guard(
    securityHandlers({ adminToken, tenantAuth: services.tenantAuth, gatewayKeys: authenticateGateway }),
  );
  // Requests of an organization's credentials are limited per organization per minute, across instances.
  const limitOrgs = orgRateLimit({
    limiter: new OrgRateLimiter({ limits: deps.rateLimits, tiers: config.tiers }),
    metrics,
  });
  const { validateResponses } = config.http;
  app.use(openApiValidation({ specFile, validateResponses, securityHandlers: security, afterSecurity: [limitOrgs] }));
  app.use(authFailures.afterSecurity);
  // 8. operations
  const router = express.Router();
  const handlers = { ...createHandlers({ deps, health, lifecycle, build, services, fleet }), ...options.handlers };
  bindOperations<RequestVariables>(
    router,
    // Operations that declare `Idempotency-Key` in the spec honour it (docs/idempotency.md).
    withIdempotency(handlers, { records: deps.idempotency, metrics, logger }),
    {
      context: requestState,
      notImplemented: (operationId, _req, _res, next) =>
        next(new AppError('not_implemented', `${operationId} is not implemented yet`)),
    },
  );
  app.use(router);
  app.use((_req, _res, next) => next(new AppError('route_not_found')));
  // 9. the one error middleware
  app.use(renderError);

  return { app, lifecycle, health, build };
}

/** Readiness check: every migration shipped with this build is recorded as applied. */
function allMigrationsApplied(db: AppDeps['db']): () => Promise<boolean> {
  const shipped = loadMigrations().then((migrations) => migrations.map((migration) => migration.version));
  shipped.catch(() => {}); // reported by the check itself
  return async () => {
    const applied = new Set(await appliedVersions(db));
    return (await shipped).every((version) => applied.has(version));
  };
}
