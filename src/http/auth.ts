import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { AppError } from '../errors.js';
import type { ApiKeyService } from '../tenancy/index.js';
import { requestState } from './correlation-id.js';

/** Who is calling, as established by a security handler. */
export type Principal = { kind: 'admin' } | { kind: 'org'; orgId: string; apiKeyId: string };

const principals = new WeakMap<Request, Principal>();

/** The authenticated caller; throws `unauthenticated` for requests no security handler accepted. */
export function principalOf(req: Request): Principal {
  const principal = principals.get(req);
  if (principal === undefined) throw new AppError('unauthenticated');
  return principal;
}

function authenticate(req: Request, principal: Principal): true {
  principals.set(req, principal);
  if (principal.kind === 'org') requestState(req).orgId = principal.orgId;
  return true;
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

/** A tenant credential: `Authorization: Bearer <key>` or `x-api-key: <key>`. */
export function tenantKey(req: Request): string | undefined {
  return bearerToken(req) ?? req.get('x-api-key') ?? undefined;
}

export interface SecurityHandlerOptions {
  adminToken: string;
  apiKeys: ApiKeyService;
}

/**
 * express-openapi-validator security handlers, one per security scheme in the spec. A handler
 * returns true to accept; throwing or returning false answers 401 `unauthenticated`.
 */
export function securityHandlers({ adminToken, apiKeys }: SecurityHandlerOptions) {
  async function tenant(req: Request): Promise<boolean> {
    const key = tenantKey(req);
    if (key === undefined) return false;
    const found = await apiKeys.authenticate(key);
    if (found === undefined) return false;
    return authenticate(req, { kind: 'org', orgId: found.orgId, apiKeyId: found.id });
  }
  function admin(req: Request): boolean {
    const token = bearerToken(req);
    if (token === undefined || !safeEqual(token, adminToken)) return false;
    return authenticate(req, { kind: 'admin' });
  }
  return { admin, tenant };
}
