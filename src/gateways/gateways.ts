import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../errors.js';
import type { GatewayDoorbell } from './doorbell.js';
import { eventCause, type EventCause, type GatewayEventLog } from './event-log.js';
import type { Database } from '../store/database.js';
import { hashApiKey } from '../tenancy/api-keys.js';
import { isUuid, toIso } from '../store/ids.js';
import { selectPage, type Page, type PageRequest } from '../store/page.js';
import type { components } from '../../generated/openapi/types.js';

type Schemas = components['schemas'];

/** A registered gateway, as listed (never its key). */
export type Gateway = Schemas['Gateway'];

/** A gateway just registered: the only moment its key is shown. */
export type RegisteredGateway = Schemas['RegisteredGateway'];

/** A key just issued by a rotation. */
export type IssuedGatewayKey = Schemas['GatewayApiKey'];

export type RegisterGatewayInput = Schemas['RegisterGatewayRequest'];

/** A partial change of a gateway's settings (`updateGateway`); null clears description / vhost. */
export type UpdateGatewayInput = Schemas['UpdateGatewayRequest'];

type GatewaySetting = 'name' | 'description' | 'vhost' | 'labels';
const SETTINGS: readonly GatewaySetting[] = ['name', 'description', 'vhost', 'labels'];

/** Labels compare by content, not key order. */
function sameSetting(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b;
  const entries = (value: object) =>
    JSON.stringify(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return entries(a) === entries(b);
}

/** Who a gateway `api-key` belongs to. */
export interface GatewayCredential {
  gatewayId: string;
  keyId: string;
}

/** A page of a gateway's event log. */
export type GatewayEventPage = Schemas['GatewayEventPage'];

interface GatewayRow {
  id: string;
  name: string;
  description: string | null;
  vhost: string | null;
  labels: Record<string, string>;
  created_at: Date | string;
  updated_at: Date | string;
  created_at_cursor: string;
}

/** `cg_gw_` + 32 random bytes in hex; listings and rotation show the first 10 characters. */
const KEY_PREFIX = 'cg_gw_';
const SHOWN_PREFIX_LENGTH = 10;
const COLUMNS = 'id, name, description, vhost, labels, created_at, updated_at, created_at::text as created_at_cursor';

function toGateway(row: GatewayRow): Gateway {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    vhost: row.vhost,
    labels: row.labels ?? {},
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

export function gatewayNotFound(id: string): AppError {
  return new AppError('not_found', `gateway ${id} not found`);
}

/** PostgreSQL `unique_violation`, raised the same way by pg and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

function newKey(): { apiKey: string; prefix: string; hash: string } {
  const apiKey = KEY_PREFIX + randomBytes(32).toString('hex');
  return { apiKey, prefix: apiKey.slice(0, SHOWN_PREFIX_LENGTH), hash: hashApiKey(apiKey) };
}

/**
 * The gateway fleet: registration with a key shown once and stored hashed, listing, delete
 * and key rotation. Deleting or rotating rings the gateway's topic so its live connections, on any
 * instance, are closed with 1008.
 */
export class GatewayService {
  readonly #db: Database;
  readonly #log: GatewayEventLog;
  readonly #doorbell: GatewayDoorbell;

  constructor({ db, eventLog, doorbell }: { db: Database; eventLog: GatewayEventLog; doorbell: GatewayDoorbell }) {
    this.#db = db;
    this.#log = eventLog;
    this.#doorbell = doorbell;
  }

  /** Registers a gateway and issues its first key. A taken name is `conflict`. */
  async register(input: RegisterGatewayInput): Promise<RegisteredGateway> {
    const id = randomUUID();
    const key = newKey();
    try {
      return await this.#db.transaction(async (tx) => {
        const { rows } = await tx.query<GatewayRow>(
          `insert into gateways (id, name, description, vhost, labels) values ($1, $2, $3, $4, $5) returning ${COLUMNS}`,
          [id, input.name, input.description ?? null, input.vhost ?? null, JSON.stringify(input.labels ?? {})],
        );
        await tx.query('insert into gateway_api_keys (id, gateway_id, key_hash, prefix) values ($1, $2, $3, $4)', [
          randomUUID(),
          id,
          key.hash,
          key.prefix,
        ]);
        return { ...toGateway(rows[0] as GatewayRow), apiKey: key.apiKey };
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', `a gateway named ${JSON.stringify(input.name)} already exists`);
      throw error;
    }
  }

  /** Gateways, oldest first. */
  list(request: PageRequest = {}): Promise<Page<Gateway>> {
    return selectPage(this.#db, { columns: COLUMNS, table: 'gateways' }, request, toGateway);
  }

  async get(id: string): Promise<Gateway> {
    if (!isUuid(id)) throw gatewayNotFound(id);
    const { rows } = await this.#db.query<GatewayRow>(`select ${COLUMNS} from gateways where id = $1`, [id]);
    const row = rows[0];
    if (row === undefined) throw gatewayNotFound(id);
    return toGateway(row);
  }

  /**
   * Changes some settings. When anything actually changed, `gateway.config.updated` (the changed
   * setting names and the settings after the change) is appended to the gateway's log in the same
   * transaction and the doorbell rings after commit. A taken name is `conflict`.
   */
  async update(id: string, input: UpdateGatewayInput, cause?: EventCause): Promise<Gateway> {
    if (!isUuid(id)) throw gatewayNotFound(id);
    const why = eventCause(cause);
    let seq: number | undefined;
    try {
      const updated = await this.#db.transaction(async (tx) => {
        const { rows } = await tx.query<GatewayRow>(`select ${COLUMNS} from gateways where id = $1 for update`, [id]);
        const current = rows[0];
        if (current === undefined) throw gatewayNotFound(id);
        const before = toGateway(current);
        const changes = SETTINGS.filter(
          (setting) => input[setting] !== undefined && !sameSetting(input[setting], before[setting]),
        );
        if (changes.length === 0) return before;
        const after = { ...before, ...Object.fromEntries(changes.map((setting) => [setting, input[setting]])) };
        const result = await tx.query<GatewayRow>(
          `update gateways set name = $2, description = $3, vhost = $4, labels = $5, updated_at = now() where id = $1 returning ${COLUMNS}`,
          [id, after.name, after.description, after.vhost, JSON.stringify(after.labels)],
        );
        const event = await this.#log.append(
          tx,
          id,
          {
            type: 'gateway.config.updated',
            payload: {
              gatewayId: id,
              changes,
              config: { name: after.name, description: after.description, vhost: after.vhost, labels: after.labels },
            },
          },
          why,
        );
        seq = event.seq;
        return toGateway(result.rows[0] as GatewayRow);
      });
      if (seq !== undefined) await this.#doorbell.ring(id, seq);
      return updated;
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('conflict', `a gateway named ${JSON.stringify(input.name)} already exists`);
      throw error;
    }
  }

  /** Deletes the gateway with its keys, deployments and event log; its live connections are closed. */
  async delete(id: string): Promise<void> {
    if (!isUuid(id)) throw gatewayNotFound(id);
    const { rowCount } = await this.#db.query('delete from gateways where id = $1', [id]);
    if (rowCount === 0) throw gatewayNotFound(id);
    await this.#doorbell.signal(id, { kind: 'close', reason: 'deleted' });
  }

  /** Issues a new key and revokes every previous one; connections that used an old key are closed. */
  async rotateKey(id: string): Promise<IssuedGatewayKey> {
    if (!isUuid(id)) throw gatewayNotFound(id);
    const key = newKey();
    const keyId = randomUUID();
    const issued = await this.#db.transaction(async (tx) => {
      const locked = await tx.query('select id from gateways where id = $1 for update', [id]);
      if (locked.rowCount === 0) throw gatewayNotFound(id);
      await tx.query('update gateway_api_keys set revoked_at = now() where gateway_id = $1 and revoked_at is null', [
        id,
      ]);
      const { rows } = await tx.query<{ created_at: Date | string }>(
        'insert into gateway_api_keys (id, gateway_id, key_hash, prefix) values ($1, $2, $3, $4) returning created_at',
        [keyId, id, key.hash, key.prefix],
      );
      return {
        gatewayId: id,
        apiKey: key.apiKey,
        prefix: key.prefix,
        createdAt: toIso((rows[0] as { created_at: Date | string }).created_at),
      };
    });
    await this.#doorbell.signal(id, { kind: 'close', reason: 'rotated', keepKeyId: keyId });
    return issued;
  }

  /** The gateway a live (not revoked) key belongs to, or undefined. */
  async authenticate(apiKey: string): Promise<GatewayCredential | undefined> {
    if (!apiKey.startsWith(KEY_PREFIX) || apiKey.length > 200) return undefined;
    const { rows } = await this.#db.query<{ id: string; gateway_id: string }>(
      'select id, gateway_id from gateway_api_keys where key_hash = $1 and revoked_at is null',
      [hashApiKey(apiKey)],
    );
    const row = rows[0];
    return row === undefined ? undefined : { gatewayId: row.gateway_id, keyId: row.id };
  }

  /** Whether the key `keyId` of the gateway is still live (not revoked, gateway not deleted). */
  async isKeyLive(gatewayId: string, keyId: string): Promise<boolean> {
    const { rowCount } = await this.#db.query(
      'select 1 from gateway_api_keys where id = $1 and gateway_id = $2 and revoked_at is null',
      [keyId, gatewayId],
    );
    return rowCount > 0;
  }

  /** Events with `seq > after`, in order, at most `limit` (`listGatewayEvents`). */
  async events(
    gatewayId: string,
    { after = 0, limit = 100 }: { after?: number; limit?: number } = {},
  ): Promise<GatewayEventPage> {
    if (!isUuid(gatewayId)) throw gatewayNotFound(gatewayId);
    // Items first: a position read afterwards is never behind the items it describes.
    const items = await this.#log.readAfter(gatewayId, after, limit);
    const position = await this.#log.position(gatewayId);
    if (position === undefined) throw gatewayNotFound(gatewayId);
    return { items, latestSeq: position.latestSeq, oldestRetainedSeq: position.oldestRetainedSeq };
  }
}
