import { randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { GatewayDoorbell } from './doorbell.js';
import { eventCause, type EventCause, type GatewayEventFrame, type GatewayEventLog } from './event-log.js';
import type { Database, Queryable } from '../store/database.js';
import { gatewayNotFound } from './gateways.js';
import { isUuid, toIso } from '../store/ids.js';
import { selectPage, type Page, type PageQuery, type PageRequest } from '../store/page.js';
import type { components } from '../../generated/openapi/types.js';

type Schemas = components['schemas'];

/** One deployment of an API revision to a gateway. */
export type Deployment = Schemas['Deployment'];

export type DeployInput = Schemas['DeployApiRequest'];

interface DeploymentRow {
  id: string;
  api_id: string;
  gateway_id: string;
  revision_id: string;
  vhost: string;
  environment: string;
  created_at: Date | string;
  undeployed_at: Date | string | null;
  created_at_cursor: string;
}

const COLUMNS =
  'id, api_id, gateway_id, revision_id, vhost, environment, created_at, undeployed_at, created_at::text as created_at_cursor';

function toDeployment(row: DeploymentRow): Deployment {
  return {
    id: row.id,
    apiId: row.api_id,
    gatewayId: row.gateway_id,
    revisionId: row.revision_id,
    vhost: row.vhost,
    environment: row.environment,
    status: row.undeployed_at === null ? 'deployed' : 'undeployed',
    deployedAt: toIso(row.created_at),
    undeployedAt: toIso(row.undeployed_at),
  };
}

export function apiNotFound(id: string): AppError {
  return new AppError('not_found', `API ${id} not found`);
}

/** Runs last inside the transaction of a change, so what it writes commits with the change or not at all. */
export type BeforeCommit<T> = (tx: Queryable, result: T) => Promise<void>;

/** Events appended in a transaction, rung after it commits. */
export type AppendedEvents = Array<{ gatewayId: string; event: GatewayEventFrame }>;

/**
 * Deployments of API revisions to gateways. Every deploy and undeploy appends its event
 * (`api.deployed` / `api.undeployed`) to the gateway's log in the same transaction, then rings the
 * gateway's doorbell once committed.
 */
export class DeploymentService {
  readonly #db: Database;
  readonly #log: GatewayEventLog;
  readonly #doorbell: GatewayDoorbell;

  constructor({ db, eventLog, doorbell }: { db: Database; eventLog: GatewayEventLog; doorbell: GatewayDoorbell }) {
    this.#db = db;
    this.#log = eventLog;
    this.#doorbell = doorbell;
  }

  /**
   * Deploys revision `input.revisionId` of the API to a gateway. An active deployment of this API
   * on the same (gateway, vhost, environment) is replaced. `options.beforeCommit` joins the
   * transaction (the idempotency record of the request is written there).
   */
  async deploy(
    apiId: string,
    input: DeployInput,
    cause?: EventCause,
    options: { beforeCommit?: BeforeCommit<Deployment> } = {},
  ): Promise<Deployment> {
    if (!isUuid(apiId)) throw apiNotFound(apiId);
    if (!isUuid(input.gatewayId)) throw gatewayNotFound(input.gatewayId);
    if (!isUuid(input.revisionId))
      throw new AppError('not_found', `revision ${input.revisionId} of API ${apiId} not found`);
    const why = eventCause(cause);
    const appended: AppendedEvents = [];
    const deployment = await this.#db.transaction(async (tx) => {
      // Lock order everywhere: API, then gateways (by id), then deployments. The gateway row lock
      // is also the append's ordering point, so two deploys to one gateway serialise here.
      const api = await tx.query('select 1 from apis where id = $1 for share', [apiId]);
      if (api.rowCount === 0) throw apiNotFound(apiId);
      const gateway = await tx.query('select id from gateways where id = $1 for update', [input.gatewayId]);
      if (gateway.rowCount === 0) throw gatewayNotFound(input.gatewayId);
      const revision = await tx.query('select 1 from api_revisions where id = $1 and api_id = $2', [
        input.revisionId,
        apiId,
      ]);
      if (revision.rowCount === 0)
        throw new AppError('not_found', `revision ${input.revisionId} of API ${apiId} not found`);
      await tx.query(
        `update deployments set undeployed_at = now()
          where api_id = $1 and gateway_id = $2 and vhost = $3 and environment = $4 and undeployed_at is null`,
        [apiId, input.gatewayId, input.vhost, input.environment],
      );
      const { rows } = await tx.query<DeploymentRow>(
        `insert into deployments (id, api_id, gateway_id, revision_id, vhost, environment)
         values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
        [randomUUID(), apiId, input.gatewayId, input.revisionId, input.vhost, input.environment],
      );
      const row = rows[0] as DeploymentRow;
      const event = await this.#log.append(
        tx,
        input.gatewayId,
        {
          type: 'api.deployed',
          payload: {
            apiUuid: apiId,
            revisionId: input.revisionId,
            vhost: input.vhost,
            environment: input.environment,
            deploymentId: row.id,
          },
        },
        why,
      );
      appended.push({ gatewayId: input.gatewayId, event });
      const deployment = toDeployment(row);
      await options.beforeCommit?.(tx, deployment);
      return deployment;
    });
    await this.ring(appended);
    return deployment;
  }

  /** Undeploys an active deployment; undeploying twice (or an unknown id) is `not_found`. */
  async undeploy(
    apiId: string,
    deploymentId: string,
    cause?: EventCause,
    options: { beforeCommit?: BeforeCommit<void> } = {},
  ): Promise<void> {
    if (!isUuid(apiId)) throw apiNotFound(apiId);
    if (!isUuid(deploymentId)) throw deploymentNotFound(deploymentId);
    const why = eventCause(cause);
    const appended = await this.#db.transaction(async (tx) => {
      const api = await tx.query('select 1 from apis where id = $1 for share', [apiId]);
      if (api.rowCount === 0) throw apiNotFound(apiId);
      const { rows } = await tx.query<DeploymentRow>(
        `select ${COLUMNS} from deployments where id = $1 and api_id = $2 and undeployed_at is null`,
        [deploymentId, apiId],
      );
      const row = rows[0];
      if (row === undefined) throw deploymentNotFound(deploymentId);
      const events = await this.undeployInTransaction(tx, [row], why);
      await options.beforeCommit?.(tx);
      return events;
    });
    await this.ring(appended);
  }

  /**
   * Marks `rows` undeployed and appends one `api.undeployed` per row, in `tx`. Gateways are locked
   * in id order so concurrent multi-gateway changes cannot deadlock. Returns what to ring.
   */
  async undeployInTransaction(tx: Queryable, rows: DeploymentRow[], cause: EventCause): Promise<AppendedEvents> {
    const appended: AppendedEvents = [];
    const ordered = [...rows].sort((a, b) => (a.gateway_id < b.gateway_id ? -1 : a.gateway_id > b.gateway_id ? 1 : 0));
    const gatewayIds = [...new Set(ordered.map((row) => row.gateway_id))];
    for (const gatewayId of gatewayIds) await tx.query('select 1 from gateways where id = $1 for update', [gatewayId]);
    for (const row of ordered) {
      const updated = await tx.query(
        'update deployments set undeployed_at = now() where id = $1 and undeployed_at is null',
        [row.id],
      );
      if (updated.rowCount === 0) continue;
      const event = await this.#log.append(
        tx,
        row.gateway_id,
        {
          type: 'api.undeployed',
          payload: {
            apiUuid: row.api_id,
            revisionId: row.revision_id,
            vhost: row.vhost,
            environment: row.environment,
            deploymentId: row.id,
          },
        },
        cause,
      );
      appended.push({ gatewayId: row.gateway_id, event });
    }
    return appended;
  }

  /** The active deployments of an API, for `deleteApi` (which holds the API row lock). */
  async activeForApi(tx: Queryable, apiId: string): Promise<DeploymentRow[]> {
    const { rows } = await tx.query<DeploymentRow>(
      `select ${COLUMNS} from deployments where api_id = $1 and undeployed_at is null order by gateway_id`,
      [apiId],
    );
    return rows;
  }

  /** Active and past deployments of an API, newest first. */
  async listForApi(apiId: string, request: PageRequest = {}): Promise<Page<Deployment>> {
    if (!isUuid(apiId)) throw apiNotFound(apiId);
    const query: PageQuery = { columns: COLUMNS, table: 'deployments', where: 'api_id = $1', params: [apiId] };
    const page = await selectPage(this.#db, { ...query, order: 'newest-first' }, request, toDeployment);
    // An empty page is either an API without deployments or no API at all.
    if (page.items.length === 0 && !(await this.#exists('apis', apiId))) throw apiNotFound(apiId);
    return page;
  }

  /** The active deployments of a gateway, oldest first (what a gateway resyncs from). */
  async listForGateway(gatewayId: string, request: PageRequest = {}): Promise<Page<Deployment>> {
    if (!isUuid(gatewayId)) throw gatewayNotFound(gatewayId);
    const where = 'gateway_id = $1 and undeployed_at is null';
    const query: PageQuery = { columns: COLUMNS, table: 'deployments', where, params: [gatewayId] };
    const page = await selectPage(this.#db, query, request, toDeployment);
    // An empty page is either a gateway without active deployments or no gateway at all.
    if (page.items.length === 0 && !(await this.#exists('gateways', gatewayId))) throw gatewayNotFound(gatewayId);
    return page;
  }

  async #exists(table: 'apis' | 'gateways', id: string): Promise<boolean> {
    return (await this.#db.query(`select 1 from ${table} where id = $1`, [id])).rowCount > 0;
  }

  /** Rings every gateway that got events, once each, with its highest sequence number. */
  async ring(appended: AppendedEvents): Promise<void> {
    const highest = new Map<string, number>();
    for (const { gatewayId, event } of appended)
      highest.set(gatewayId, Math.max(highest.get(gatewayId) ?? 0, event.seq));
    await Promise.all([...highest].map(([gatewayId, seq]) => this.#doorbell.ring(gatewayId, seq)));
  }
}

function deploymentNotFound(id: string): AppError {
  return new AppError('not_found', `deployment ${id} not found`);
}

export type { DeploymentRow };
