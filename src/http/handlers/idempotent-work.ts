import type { Queryable } from '../../store/database.js';
import type { RequestVariables } from '../request-state.js';

/**
 * Records `result` as the response of the request's `Idempotency-Key` inside `tx`, the transaction
 * of the work; nothing when the request carries no key.
 */
export async function recordIn(
  vars: RequestVariables,
  tx: Queryable,
  result: { status: number; body?: unknown; headers?: object },
): Promise<void> {
  await vars.idempotency?.recordIn(tx, result);
}
