import { randomUUID } from 'node:crypto';
import type { Database, Queryable } from './database.js';

/** Whose key it is: keys of different callers never meet. `id` is '' for the admin token. */
export interface IdempotencyScope {
  kind: 'admin' | 'org' | 'gateway';
  id: string;
}

/** What a completed request answered, as kept for replays. */
export interface RecordedResponse {
  status: number;
  /** The JSON body; absent for 204. Redacted when `secretWithheld`. */
  body?: unknown;
  /** Response headers worth replaying (Location). */
  headers: Record<string, string>;
  /** The body carried a secret shown once: what is kept is redacted and must not be replayed as the answer. */
  secretWithheld: boolean;
}

/** This request's hold on a key, from `claim` to `complete` or `release`. */
export interface IdempotencyClaim {
  readonly scope: IdempotencyScope;
  readonly key: string;
  readonly token: string;
}

export interface ClaimRequest {
  scope: IdempotencyScope;
  key: string;
  operationId: string;
  /** SHA-256 (hex) of what makes two requests the same one: method, path, body. */
  fingerprint: string;
}

/** What `claim` found: the key is ours now, or an earlier request with it finished, is running, or differed. */
export type ClaimOutcome =
  | { kind: 'claimed'; claim: IdempotencyClaim }
  | { kind: 'completed'; response: RecordedResponse }
  | { kind: 'in_flight'; retryAfterSeconds: number }
  | { kind: 'mismatch' };

export interface IdempotencyRecordsOptions {
  db: Database;
  /** How long a completed response is kept (and a key stays taken); default 24 h. */
  retentionMs?: number;
  /** How long an unfinished claim holds the key before another request may take it over. */
  leaseMs?: number;
}

interface RecordRow {
  fingerprint: string;
  state: 'in_flight' | 'completed';
  claim_token: string;
  response_status: number | null;
  response_body: unknown;
  response_headers: Record<string, string> | null;
  secret_withheld: boolean;
  lease_left_ms: number | string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The idempotency records of `idempotency_keys` (docs/idempotency.md). The claim is one
 * `insert … on conflict do update … where` statement, so two instances claiming one key at once
 * cannot both win: the primary key decides. Times come from the database clock, shared by every
 * instance.
 *
 * @example
 * const outcome = await records.claim({ scope: { kind: 'admin', id: '' }, key, operationId, fingerprint });
 * if (outcome.kind === 'claimed') {
 *   await db.transaction(async (tx) => { …; await records.complete(outcome.claim, response, tx); });
 * }
 */
export class IdempotencyRecords {
  readonly #db: Database;
  readonly retentionMs: number;
  readonly leaseMs: number;

  constructor({ db, retentionMs = DAY_MS, leaseMs = 60_000 }: IdempotencyRecordsOptions) {
    this.#db = db;
    this.retentionMs = retentionMs;
    this.leaseMs = leaseMs;
  }

  /**
   * Claims `request.key` for this request. A free key, an expired record, or an abandoned claim
   * (lease over) of the same request becomes ours; otherwise says what holds the key.
   */
  async claim(request: ClaimRequest): Promise<ClaimOutcome> {
    const { scope, key, operationId, fingerprint } = request;
    const token = randomUUID();
    // Twice at most: the row we lost to may expire and be purged between the two statements.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const claimed = await this.#db.query(
        `insert into idempotency_keys
           (principal_kind, principal_id, key, operation_id, fingerprint, state, claim_token, locked_until, expires_at)
         values ($1, $2, $3, $4, $5, 'in_flight', $6,
                 now() + $7::double precision * interval '1 millisecond',
                 now() + $8::double precision * interval '1 millisecond')
         on conflict (principal_kind, principal_id, key) do update
           set operation_id = excluded.operation_id, fingerprint = excluded.fingerprint, state = 'in_flight',
               claim_token = excluded.claim_token, locked_until = excluded.locked_until,
               expires_at = excluded.expires_at, created_at = now(), response_status = null,
               response_body = null, response_headers = '{}'::jsonb, secret_withheld = false
           where idempotency_keys.expires_at <= now()
              or (idempotency_keys.state = 'in_flight' and idempotency_keys.locked_until <= now()
                  and idempotency_keys.fingerprint = excluded.fingerprint)
         returning claim_token`,
        [scope.kind, scope.id, key, operationId, fingerprint, token, this.leaseMs, this.retentionMs],
      );
      if (claimed.rowCount > 0) return { kind: 'claimed', claim: { scope, key, token } };
      const { rows } = await this.#db.query<RecordRow>(
        `select fingerprint, state, claim_token, response_status, response_body, response_headers, secret_withheld,
                extract(epoch from (locked_until - now())) * 1000 as lease_left_ms
           from idempotency_keys
          where principal_kind = $1 and principal_id = $2 and key = $3 and expires_at > now()`,
        [scope.kind, scope.id, key],
      );
      const row = rows[0];
      if (row === undefined) continue;
      if (row.fingerprint !== fingerprint) return { kind: 'mismatch' };
      if (row.state === 'in_flight') {
        return { kind: 'in_flight', retryAfterSeconds: Math.max(1, Math.ceil(Number(row.lease_left_ms) / 1000)) };
      }
      const response: RecordedResponse = {
        status: row.response_status ?? 200,
        headers: row.response_headers ?? {},
        secretWithheld: row.secret_withheld,
      };
      if (row.response_body !== null) response.body = row.response_body;
      return { kind: 'completed', response };
    }
    // The key was freed and taken again between our statements: as busy as it gets.
    return { kind: 'in_flight', retryAfterSeconds: 1 };
  }

  /**
   * Records the response of a claimed request, through `on`: the work's own transaction where
   * there is one, so the work and its record commit together or not at all (default: the
   * database, after the work). Returns false when the claim is no longer ours (its lease ran out
   * and another request took the key over).
   */
  async complete(claim: IdempotencyClaim, response: RecordedResponse, on: Queryable = this.#db): Promise<boolean> {
    const updated = await on.query(
      `update idempotency_keys
          set state = 'completed', response_status = $5, response_body = $6::jsonb, response_headers = $7::jsonb,
              secret_withheld = $8, locked_until = now(),
              expires_at = now() + $9::double precision * interval '1 millisecond'
        where principal_kind = $1 and principal_id = $2 and key = $3 and claim_token = $4 and state = 'in_flight'`,
      [
        claim.scope.kind,
        claim.scope.id,
        claim.key,
        claim.token,
        response.status,
        response.body === undefined ? null : JSON.stringify(response.body),
        JSON.stringify(response.headers),
        response.secretWithheld,
        this.retentionMs,
      ],
    );
    return updated.rowCount > 0;
  }

  /** Gives the key back after a failed request, so a retry runs again. A completed record stays. */
  async release(claim: IdempotencyClaim): Promise<void> {
    await this.#db.query(
      `delete from idempotency_keys
        where principal_kind = $1 and principal_id = $2 and key = $3 and claim_token = $4 and state = 'in_flight'`,
      [claim.scope.kind, claim.scope.id, claim.key, claim.token],
    );
  }

  /** Deletes up to `limit` expired records (bounded, so one run never holds the table long). Returns how many. */
  async purgeExpired(limit = 1000): Promise<number> {
    const deleted = await this.#db.query(
      `delete from idempotency_keys
        where (principal_kind, principal_id, key) in (
          select principal_kind, principal_id, key from idempotency_keys where expires_at <= now() limit $1)`,
      [limit],
    );
    return deleted.rowCount;
  }
}
