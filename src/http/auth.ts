import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { AppError } from '../errors.js';
import type { TenantAuthenticator } from '../tenancy/index.js';
import { authenticateAs, requestState, type Principal } from './request-state.js';

export type { Principal };

/** The gateway an `api-key` belongs to, if it is a live gateway key. */
export type GatewayKeyLookup = (apiKey: string) => Promise<{ gatewayId: string } | undefined>;

/**
 * The calling organization of a tenant operation; anyone else is `unauthenticated`. Tenant
 * handlers scope every read and write by it, never by an id from the request, so another
 * organization's resource answers 404 like an unknown one.
 */
export function callerOrg(principal: Principal): string {
  if (principal.kind !== 'org') throw new AppError('unauthenticated', 'tenant credentials required');
  return principal.orgId;
}

/** Constant-time string comparison that does not leak the expected length through timing either. */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** The token of `Authorization: Bearer <token>`, if present. */
export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization');
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export interface SecurityHandlerOptions {
  /** The admin token to accept; undefined accepts none. */
  adminToken: string | undefined;
  tenantAuth: TenantAuthenticator;
  gatewayKeys: GatewayKeyLookup;
}

/**
 * express-openapi-validator security handlers, one per security scheme in the spec. A handler
 * returns true to accept, after recording the caller as the request's `principal`; throwing or
 * returning false answers 401 `unauthenticated`. `tenantBearer` reads `Authorization: Bearer`
 * (an API key or a JWT), `tenantApiKey` reads `x-api-key`; each checks only its own header, so a
 * credential is verified once per request.
 */
export function securityHandlers({ adminToken, tenantAuth, gatewayKeys }: SecurityHandlerOptions) {
  async function tenant(req: Request, credential: string | undefined): Promise<boolean> {
    if (credential === undefined || credential === '') return false;
    const result = await tenantAuth.authenticate(credential);
    if (!result.ok) {
      const attempt = requestState(req).authAttempt;
      if (attempt !== undefined) attempt.tenantRefusal = result.reason;
      return false;
    }
    return authenticateAs(req, { kind: 'org', ...result.identity });
  }
  function admin(req: Request): boolean {
    const token = bearerToken(req);
    if (adminToken === undefined || token === undefined || !safeEqual(token, adminToken)) return false;
    return authenticateAs(req, { kind: 'admin' });
  }
  async function gateway(req: Request): Promise<boolean> {
    const key = req.get('api-key');
    const found = key === undefined ? undefined : await gatewayKeys(key);
    if (found === undefined) return false;
    return authenticateAs(req, { kind: 'gateway', gatewayId: found.gatewayId });
  }
  return {
    adminToken: admin,
    tenantBearer: (req: Request) => tenant(req, bearerToken(req)),
    tenantApiKey: (req: Request) => tenant(req, req.get('x-api-key')),
    gatewayApiKey: gateway,
  };
}
