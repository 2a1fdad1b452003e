/**
 * Type-level test, checked by `npm run typecheck` (tsc over test/): what handlers may read from
 * `ctx.vars` and answer. Each `@ts-expect-error` fails the build if its line ever becomes valid.
 */
import type { Router } from 'express';
import { bindOperations } from '../../generated/server/index.js';
import { AppError } from '../../src/errors.js';
import { requestState, type AppHandlers } from '../../src/http/index.js';

export const readsVariables: Partial<AppHandlers> = {
  listApiKeys(_input, { vars }) {
    const orgId: string | undefined = vars.orgId;
    const correlationId: string = vars.correlationId;
    if (vars.principal.kind !== 'org') throw new AppError('unauthenticated');
    void correlationId;
    return { status: 200, body: { items: [], nextCursor: orgId ?? null } };
  },
};

export const unknownVariable: Partial<AppHandlers> = {
  getLiveness(_input, { vars }) {
    // @ts-expect-error there is no `user` among the request variables
    void vars.user;
    return { status: 200, body: { status: 'ok', uptimeSeconds: 1 } };
  },
};

export const readOnlyVariables: Partial<AppHandlers> = {
  getLiveness(_input, { vars }) {
    // @ts-expect-error handlers read the caller; only the security handlers set it
    vars.principal = { kind: 'admin' };
    return { status: 200, body: { status: 'ok', uptimeSeconds: 1 } };
  },
};

export const principalNarrowing: Partial<AppHandlers> = {
  getOrg({ params }, { vars: { principal } }) {
    // @ts-expect-error only an org principal has an orgId
    if (principal.orgId !== params.orgId) throw new AppError('not_found');
    throw new AppError('not_found');
  },
};

export const wrongBody: Partial<AppHandlers> = {
  // @ts-expect-error the liveness body's status is the constant 'ok'
  getLiveness: (_input, { vars }) => ({ status: 200, body: { status: vars.correlationId, uptimeSeconds: 1 } }),
};

export function bindings(router: Router, handlers: Partial<AppHandlers>): void {
  bindOperations(router, handlers, { context: requestState });
  // @ts-expect-error handlers that read ctx.vars need the factory that builds it
  bindOperations(router, handlers);
  // @ts-expect-error the factory must build every variable the handlers read
  bindOperations(router, handlers, { context: () => ({ correlationId: 'c' }) });
}
