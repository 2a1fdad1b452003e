/**
 * Type-level test, checked by `npm run typecheck` (tsc over test/): handlers whose answers the
 * spec does not allow must not compile. Each `@ts-expect-error` fails the build if its line
 * ever becomes valid, so this file cannot pass vacuously.
 */
import { HANDLED, type OperationHandlers } from '../../../generated/server/index.js';
import type { ClawgateClient } from '../../../generated/sdk/index.js';

const org = {
  id: '0b0e6f0e-8f55-4a3c-9b7e-3d7c2f3a9a11',
  name: 'Acme',
  tier: 'teams',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as const;

export const allowed: Partial<OperationHandlers> = {
  getLiveness: () => ({ status: 200, body: { status: 'ok' } }),
  getOrg: (input) => Promise.resolve({ status: 200 as const, body: { ...org, id: input.params.orgId } }),
  getMetrics: () => ({ status: 200, body: '# HELP up\n' }),
  getHealth: (_input, ctx) => {
    ctx.res.end();
    return HANDLED;
  },
};

export const undocumentedStatus: Partial<OperationHandlers> = {
  // @ts-expect-error 418 is not a documented status of getLiveness
  getLiveness: () => ({ status: 418, body: { status: 'ok' } }),
};

export const wrongBody: Partial<OperationHandlers> = {
  // @ts-expect-error the liveness body's status is the constant 'ok'
  getLiveness: () => ({ status: 200, body: { status: 'fine' } }),
};

export const missingField: Partial<OperationHandlers> = {
  // @ts-expect-error an Org needs id, name, tier, createdAt and updatedAt
  getOrg: () => ({ status: 200, body: { name: 'Acme' } }),
};

export const wrongErrorEnvelope: Partial<OperationHandlers> = {
  // @ts-expect-error error codes come from the spec's ErrorCode enum
  getOrg: () => ({ status: 404, body: { error: { code: 'nope', message: 'x', correlationId: 'c' } } }),
};

export const textAsJson: Partial<OperationHandlers> = {
  // @ts-expect-error /metrics answers text, not an object
  getMetrics: () => ({ status: 200, body: { up: 1 } }),
};

export const unknownOperation: Partial<OperationHandlers> = {
  // @ts-expect-error no such operationId in the spec
  getEverything: () => ({ status: 200, body: {} }),
};

export async function clientCalls(client: ClawgateClient): Promise<void> {
  const live = await client.getLiveness();
  // @ts-expect-error the 2xx body is typed: status is 'ok', not a number
  const status: number = live.status;
  // @ts-expect-error getOrg needs its path parameter
  await client.getOrg({ params: {} });
  void status;
}
