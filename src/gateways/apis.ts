import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import { eventCause, type EventCause } from './event-log.js';
import type { Database, Queryable } from '../store/database.js';
import { apiNotFound, type DeploymentService } from './deployments.js';
import { isUniqueViolation } from './gateways.js';
import { isUuid, toIso } from '../store/ids.js';
import { selectPage, type Page, type PageRequest } from '../store/page.js';
import type { components } from '../../generated/openapi/types.js';

type Schemas = components['schemas'];

/** An upstream with its weight resolved (the `ResolvedUpstream` schema). */
export type Upstream = Schemas['ResolvedUpstream'];

/** An API with its latest revision. */
export type Api = Schemas['Api'];

/**
 * What `createApi`/`updateApi` accept: the `CreateApiRequest` schema with the defaults the spec
 * states (`version`, upstream `weight`) left optional, so callers other than the validated HTTP
 * route need not restate them.
 */
export interface ApiInput {
  name: string;
  contextPath: string;
  vhost?: string;
  upstreams: Array<{ url: string; weight?: number }>;
  version?: string;
  description?: string;
}

/** One revision as a proxy applies it. */
export type ApiRuntimeArtifact = Schemas['ApiRuntimeArtifact'];

interface ApiRow {
  id: string;
  name: string;
  context_path: string;
  vhost: string | null;
  version: string;
  description: string | null;
  upstreams: Upstream[];
  revision_id: string;
  created_at: Date | string;
  updated_at: Date | string;
  created_at_cursor: string;
}

interface RevisionRow {
  id: string;
  api_id: string;
  name: string;
  context_path: string;
  vhost: string | null;
  version: string;
  upstreams: Upstream[];
  created_at: Date | string;
}

const COLUMNS =
  'id, name, context_path, vhost, version, description, upstreams, revision_id, created_at, updated_at, created_at::text as created_at_cursor';

function toApi(row: ApiRow): Api {
  return {
    id: row.id,
    name: row.name,
    contextPath: row.context_path,
    vhost: row.vhost,
    version: row.version,
    description: row.description,
    upstreams: row.upstreams,
    revisionId: row.revision_id,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

function resolveUpstreams(upstreams: ApiInput['upstreams']): Upstream[] {
  return upstreams.map((upstream) => ({ url: upstream.url, weight: upstream.weight ?? 1 }));
}

/**
 * APIs and their revisions. Every create and update writes a new immutable revision, which
 * deployments and runtime artifacts name; deleting an API undeploys it everywhere first, so each
 * gateway gets `api.undeployed`.
 */
export class ApiService {
  readonly #db: Database;
  readonly #deployments: DeploymentService;

  constructor({ db, deployments }: { db: Database; deployments: DeploymentService }) {
    this.#db = db;
    this.#deployments = deployments;
  }

  /** Creates an API and its first revision. A taken name is `conflict`. */
  async create(input: ApiInput): Promise<Api> {
    const id = randomUUID();
    return this.#unique(input.name, () =>
      this.#db.transaction(async (tx) => {
        const revisionId = randomUUID();
        const { rows } = await tx.query<ApiRow>(
          `insert into apis (id, name, context_path, vhost, version, description, upstreams, revision_id)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${COLUMNS}`,
          [
            id,
            input.name,
            input.contextPath,
            input.vhost ?? null,
            input.version ?? 'v1',
            input.description ?? null,
            JSON.stringify(resolveUpstreams(input.upstreams)),
            revisionId,
          ],
        );
        await this.#writeRevision(tx, id, revisionId, input);
        return toApi(rows[0] as ApiRow);
      }),
    );
  }

  /** APIs, oldest first. */
  list(request: PageRequest = {}): Promise<Page<Api>> {
    return selectPage(this.#db, { columns: COLUMNS, table: 'apis' }, request, toApi);
  }

  async get(id: string): Promise<Api> {
    if (!isUuid(id)) throw apiNotFound(id);
    const { rows } = await this.#db.query<ApiRow>(`select ${COLUMNS} from apis where id = $1`, [id]);
    const row = rows[0];
    if (row === undefined) throw apiNotFound(id);
    return toApi(row);
  }

  /** Replaces the definition with a new revision; deployments keep theirs until redeployed. */
  async update(id: string, input: ApiInput): Promise<Api> {
    if (!isUuid(id)) throw apiNotFound(id);
    return this.#unique(input.name, () =>
      this.#db.transaction(async (tx) => {
        const revisionId = randomUUID();
        const { rows } = await tx.query<ApiRow>(
          `update apis set name = $2, context_path = $3, vhost = $4, version = $5, description = $6, upstreams = $7,
                  revision_id = $8, updated_at = now()
            where id = $1 returning ${COLUMNS}`,
          [
            id,
            input.name,
            input.contextPath,
            input.vhost ?? null,
            input.version ?? 'v1',
            input.description ?? null,
            JSON.stringify(resolveUpstreams(input.upstreams)),
            revisionId,
          ],
        );
        const row = rows[0];
        if (row === undefined) throw apiNotFound(id);
        await this.#writeRevision(tx, id, revisionId, input);
        return toApi(row);
      }),
    );
  }

  /** Undeploys every active deployment (one `api.undeployed` per gateway log), then deletes. */
  async delete(id: string, cause?: EventCause): Promise<void> {
    if (!isUuid(id)) throw apiNotFound(id);
    const why = eventCause(cause);
    const appended = await this.#db.transaction(async (tx) => {
      const locked = await tx.query('select 1 from apis where id = $1 for update', [id]);
      if (locked.rowCount === 0) throw apiNotFound(id);
      const active = await this.#deployments.activeForApi(tx, id);
      const events = await this.#deployments.undeployInTransaction(tx, active, why);
      await tx.query('delete from apis where id = $1', [id]);
      return events;
    });
    await this.#deployments.ring(appended);
  }

  /**
   * The runtime artifact of an API for the gateway `gatewayId`: only an API with an active
   * deployment on that gateway is visible (anything else is `not_found`). Defaults to the
   * latest revision; `revisionId` picks one of the API's revisions.
   */
  async runtimeArtifact(apiId: string, gatewayId: string, revisionId?: string): Promise<ApiRuntimeArtifact> {
    if (!isUuid(apiId)) throw apiNotFound(apiId);
    if (revisionId !== undefined && !isUuid(revisionId)) throw revisionNotFound(apiId, revisionId);
    const { rows } = await this.#db.query<RevisionRow>(
      `select r.id, r.api_id, r.name, r.context_path, r.vhost, r.version, r.upstreams, r.created_at
         from apis a join api_revisions r on r.id = coalesce($3::uuid, a.revision_id) and r.api_id = a.id
        where a.id = $1
          and exists (select 1 from deployments d where d.api_id = a.id and d.gateway_id = $2 and d.undeployed_at is null)`,
      [apiId, gatewayId, revisionId ?? null],
    );
    const row = rows[0];
    if (row === undefined) throw revisionId === undefined ? apiNotFound(apiId) : revisionNotFound(apiId, revisionId);
    return {
      apiId: row.api_id,
      revisionId: row.id,
      name: row.name,
      version: row.version,
      contextPath: row.context_path,
      vhost: row.vhost,
      upstreams: row.upstreams,
      routes: [{ pathPrefix: row.context_path, methods: [] }],
      createdAt: toIso(row.created_at),
    };
  }

  async #writeRevision(tx: Queryable, apiId: string, revisionId: string, input: ApiInput): Promise<void> {
    await tx.query(
      `insert into api_revisions (id, api_id, name, context_path, vhost, version, upstreams)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        revisionId,
        apiId,
        input.name,
        input.contextPath,
        input.vhost ?? null,
        input.version ?? 'v1',
        JSON.stringify(resolveUpstreams(input.upstreams)),
      ],
    );
  }

  async #unique<T>(name: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', `an API named ${JSON.stringify(name)} already exists`);
      throw error;
    }
  }
}

function revisionNotFound(apiId: string, revisionId: string): AppError {
  return new AppError('not_found', `revision ${revisionId} of API ${apiId} not found`);
}
