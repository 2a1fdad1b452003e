import type { Request } from 'express';

export type RouteLabeler = (req: Request) => string;

/** `/v1/orgs/{orgId}` → a regexp matching concrete paths of that template. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}/?$`);
}

/**
 * The bounded route label for logs and metrics: the OpenAPI path template a request matched
 * (`/v1/orgs/{orgId}`), never the raw path; `unmatched` when no template matches. Requests
 * refused before the validator ran (malformed or oversize bodies, wrong method) are matched
 * against the spec's templates here so they still get their route.
 */
export function createRouteLabeler(templates: readonly string[]): RouteLabeler {
  // Literal segments before parameters, so `/v1/orgs/search` would win over `/v1/orgs/{orgId}`.
  const patterns = [...new Set(templates)]
    .sort((a, b) => a.split('{').length - b.split('{').length || b.length - a.length)
    .map((template) => ({ template, pattern: templatePattern(template) }));
  return function routeLabel(req: Request): string {
    const matched = (req as Request & { openapi?: { openApiRoute?: string } }).openapi?.openApiRoute;
    if (typeof matched === 'string' && matched.length > 0) return matched;
    return patterns.find(({ pattern }) => pattern.test(req.path))?.template ?? 'unmatched';
  };
}
