import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Database, Queryable } from '../store/database.js';
import { isUuid, toIso } from '../store/ids.js';
import { selectPage, type Page, type PageRequest } from '../store/page.js';
import type { components } from '../../generated/openapi/types.js';
import type { RevocationSink } from './revocations.js';

type Schemas = components['schemas'];
type OrgTier = Schemas['Tier'];

/** An API key as listed: never the secret, only its visible prefix. */
export type ApiKey = Schemas['ApiKey'];

/** A key just created: the only moment the secret is shown. */
export type IssuedApiKey = Schemas['CreatedApiKey'];

interface ApiKeyRow {
  id: string;
  name: string | null;
  prefix: string;
  created_at: Date | string;
  created_at_cursor: string;
  expires_at: Date | string | null;
  last_used_at: Date | string | null;
}

/** `cg_` + 32 random bytes; the prefix shown in listings is the first 10 characters. */
const KEY_PREFIX = 'cg_';
const SHOWN_PREFIX_LENGTH = 10;
/** Issued keys have 46 characters; anything much longer is not looked up. */
const MAX_KEY_LENGTH = 200;
const COLUMNS = 'id, name, prefix, created_at, created_at::text as created_at_cursor, expires_at, last_used_at';

/** Whether `value` has the format of a tenant key (anything else cannot match one). */
export function isApiKeyFormat(value: string): boolean {
  return value.startsWith(KEY_PREFIX) && value.length <= MAX_KEY_LENGTH;
}

/** Keys are stored as their sha-256 hash (hex); the secret itself is never written anywhere. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

function toApiKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: toIso(row.created_at),
    expiresAt: toIso(row.expires_at),
    lastUsedAt: toIso(row.last_used_at),
  };
}

/** Organization API keys: issue, list, revoke, and look up by secret for authentication. */
export class ApiKeyService {
  readonly #db: Database;
  readonly #revocations: RevocationSink | undefined;

  constructor({ db, revocations }: { db: Database; revocations?: RevocationSink | undefined }) {
    this.#db = db;
    this.#revocations = revocations;
  }

  /**
   * Issues a new key for `orgId`. `tx` lets org creation issue the first key in its own
   * transaction. An `expiresAt` in the past is refused.
   */
  async issue(
    orgId: string,
    options: { name?: string | null; expiresAt?: string | null } = {},
    tx: Queryable = this.#db,
  ): Promise<IssuedApiKey> {
    const expiresAt = options.expiresAt ?? null;
    if (expiresAt !== null && !(Date.parse(expiresAt) > Date.now())) {
      throw new AppError('validation_failed', 'expiresAt must be in the future', {
        details: [{ path: '/body/expiresAt', message: 'must be in the future' }],
      });
    }
    const key = KEY_PREFIX + randomBytes(32).toString('base64url');
    const prefix = key.slice(0, SHOWN_PREFIX_LENGTH);
    const { rows } = await tx.query<ApiKeyRow>(
      `insert into api_keys (id, org_id, name, key_hash, prefix, expires_at)
       values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
      // The table requires a name: an unnamed key is called by its prefix.
      [randomUUID(), orgId, options.name ?? prefix, hashApiKey(key), prefix, expiresAt],
    );
    const row = rows[0];
    if (row === undefined) throw new Error('insert into api_keys returned no row');
    const { lastUsedAt: _unused, ...listed } = toApiKey(row);
    return { ...listed, key };
  }

  /** The live (not revoked) keys of one organization, oldest first. */
  list(orgId: string, request: PageRequest = {}): Promise<Page<ApiKey>> {
    const query = { columns: COLUMNS, table: 'api_keys', where: 'org_id = $1 and revoked_at is null', params: [orgId] };
    return selectPage(this.#db, query, request, toApiKey);
  }

  /**
   * Revokes a live key of `orgId`; an unknown, already revoked or other organization's key is
   * `not_found`. Once committed, connections opened with the key are closed on every instance.
   */
  async revoke(orgId: string, keyId: string): Promise<void> {
    if (!isUuid(keyId)) throw keyNotFound(keyId);
    const { rowCount } = await this.#db.query(
      'update api_keys set revoked_at = now() where id = $1 and org_id = $2 and revoked_at is null',
      [keyId, orgId],
    );
    if (rowCount === 0) throw keyNotFound(keyId);
    await this.#revocations?.announce({ kind: 'api_key_revoked', orgId, apiKeyId: keyId });
  }

  /**
   * The live (not revoked, not expired) key with this secret, or undefined. Records its use at
   * most once a minute, so authentication is not a write per request.
   */
  async authenticate(key: string): Promise<{ id: string; orgId: string; tier: OrgTier } | undefined> {
    if (!isApiKeyFormat(key)) return undefined;
    // Looked up by hash (an index lookup, not a comparison of secrets): no timing tells how much matched.
    const { rows } = await this.#db.query<{ id: string; org_id: string; tier: OrgTier; stale: boolean }>(
      `select k.id, k.org_id, o.tier,
              (k.last_used_at is null or k.last_used_at < now() - interval '1 minute') as stale
         from api_keys k join orgs o on o.id = k.org_id
        where k.key_hash = $1 and k.revoked_at is null and (k.expires_at is null or k.expires_at > now())`,
      [hashApiKey(key)],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    if (row.stale) await this.#db.query('update api_keys set last_used_at = now() where id = $1', [row.id]);
    return { id: row.id, orgId: row.org_id, tier: row.tier };
  }
}

function keyNotFound(id: string): AppError {
  return new AppError('not_found', `API key ${id} not found`);
}
