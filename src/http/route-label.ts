import type { Request } from 'express';

/**
 * The bounded route label for logs and metrics: the OpenAPI path template the request matched
 * (`/v1/orgs/{orgId}`), never the raw path; `unmatched` when no operation matched.
 */
export function routeLabel(req: Request): string {
  const route = (req as Request & { openapi?: { openApiRoute?: string } }).openapi?.openApiRoute;
  return typeof route === 'string' && route.length > 0 ? route : 'unmatched';
}
