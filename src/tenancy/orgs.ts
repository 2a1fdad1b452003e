import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { Database } from '../store/database.js';
import type { ApiKeyService, IssuedApiKey } from './api-keys.js';
import type { RevocationSink } from './revocations.js';
import { isUuid, toIso } from '../store/ids.js';
import { selectPage, type Page, type PageRequest } from '../store/page.js';
import type { components } from '../../generated/openapi/types.js';

type Schemas = components['schemas'];

export type OrgTier = Schemas['Tier'];

export type Org = Schemas['Org'];

interface OrgRow {
  id: string;
  name: string;
  tier: OrgTier;
  created_at: Date | string;
  created_at_cursor: string;
  updated_at: Date | string;
}

const COLUMNS = 'id, name, tier, created_at, created_at::text as created_at_cursor, updated_at';
/** Postgres' unique_violation. */
const UNIQUE_VIOLATION = '23505';

function toOrg(row: OrgRow): Org {
  return {
    id: row.id,
    name: row.name,
    tier: row.tier,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Organizations (tenants) and their tier. */
export class OrgService {
  readonly #db: Database;
  readonly #apiKeys: ApiKeyService;
  readonly #revocations: RevocationSink | undefined;

  constructor({
    db,
    apiKeys,
    revocations,
  }: {
    db: Database;
    apiKeys: ApiKeyService;
    revocations?: RevocationSink | undefined;
  }) {
    this.#db = db;
    this.#apiKeys = apiKeys;
    this.#revocations = revocations;
  }

  /** Creates an org and its first API key in one transaction; the key's secret is returned once. */
  async create(input: { name: string; tier: OrgTier }): Promise<{ org: Org; apiKey: IssuedApiKey }> {
    try {
      return await this.#db.transaction(async (tx) => {
        const { rows } = await tx.query<OrgRow>(
          `insert into orgs (id, name, tier) values ($1, $2, $3) returning ${COLUMNS}`,
          [randomUUID(), input.name, input.tier],
        );
        const row = rows[0];
        if (row === undefined) throw new Error('insert into orgs returned no row');
        const apiKey = await this.#apiKeys.issue(row.id, { name: 'default' }, tx);
        return { org: toOrg(row), apiKey };
      });
    } catch (err) {
      throw conflictOnDuplicateName(err, input.name);
    }
  }

  /** Organizations, oldest first. */
  list(request: PageRequest = {}): Promise<Page<Org>> {
    return selectPage(this.#db, { columns: COLUMNS, table: 'orgs' }, request, toOrg);
  }

  async get(id: string): Promise<Org> {
    if (!isUuid(id)) throw orgNotFound(id);
    const { rows } = await this.#db.query<OrgRow>(`select ${COLUMNS} from orgs where id = $1`, [id]);
    const row = rows[0];
    if (row === undefined) throw orgNotFound(id);
    return toOrg(row);
  }

  async update(id: string, patch: { name?: string; tier?: OrgTier }): Promise<Org> {
    if (!isUuid(id)) throw orgNotFound(id);
    try {
      const { rows } = await this.#db.query<OrgRow>(
        `update orgs set name = coalesce($2, name), tier = coalesce($3, tier), updated_at = now()
          where id = $1 returning ${COLUMNS}`,
        [id, patch.name ?? null, patch.tier ?? null],
      );
      const row = rows[0];
      if (row === undefined) throw orgNotFound(id);
      return toOrg(row);
    } catch (err) {
      throw conflictOnDuplicateName(err, patch.name);
    }
  }

  /**
   * Deletes the org; its API keys (and later sessions) go with it through foreign-key cascades.
   * Once committed, its connections (by key or JWT) are closed on every instance.
   */
  async delete(id: string): Promise<void> {
    if (!isUuid(id)) throw orgNotFound(id);
    const { rowCount } = await this.#db.query('delete from orgs where id = $1', [id]);
    if (rowCount === 0) throw orgNotFound(id);
    await this.#revocations?.announce({ kind: 'org_deleted', orgId: id });
  }
}

function orgNotFound(id: string): AppError {
  return new AppError('not_found', `organization ${id} not found`);
}

function conflictOnDuplicateName(err: unknown, name: string | undefined): unknown {
  const code = typeof err === 'object' && err !== null && 'code' in err ? err.code : undefined;
  if (code === UNIQUE_VIOLATION)
    return new AppError('conflict', `an organization named '${name ?? ''}' already exists`, { cause: err });
  return err;
}
