import { randomUUID } from 'node:crypto';
import type { Logger } from 'winston';
import type { Bus } from '../bus/bus.js';
import type { Tier, TierLimits } from '../config/types.js';
import { AppError } from '../errors.js';
import type { Metrics } from '../observability/metrics.js';
import type { Database } from '../store/database.js';
import { toStoreError } from '../store/store-errors.js';
import { periodOf } from './period.js';

/** The quotas of an organization, named as in the API (`Usage.quotas`, `quota.warning`, error details). */
export type QuotaName = 'sessions' | 'messages' | 'concurrentSessions' | 'websocketConnections' | 'skillsPerSession';
/** Counted per UTC month. */
export type MonthlyQuota = 'sessions' | 'messages';
/** Counted while held: leases, released when the resource ends or expired when their instance dies. */
export type ConcurrentQuota = 'concurrentSessions' | 'websocketConnections';

export const QUOTA_NAMES: readonly QuotaName[] = [
  'sessions',
  'messages',
  'concurrentSessions',
  'websocketConnections',
  'skillsPerSession',
];

/** Which tier limit bounds each quota. */
const LIMIT_OF: Record<QuotaName, keyof TierLimits> = {
  sessions: 'sessionsPerMonth',
  messages: 'messagesPerMonth',
  concurrentSessions: 'concurrentSessions',
  websocketConnections: 'wsConnections',
  skillsPerSession: 'skillsPerSession',
};

/** The `quota` label of the quota metrics. */
const METRIC_LABEL: Record<QuotaName, string> = {
  sessions: 'sessions',
  messages: 'messages',
  concurrentSessions: 'concurrent_sessions',
  websocketConnections: 'ws_connections',
  skillsPerSession: 'skills_per_session',
};

/** The bus topic `quota.warning`s travel on to every instance's `/ws` connections. */
export const QUOTA_WARNING_TOPIC = 'quota-warnings';

/** Classes the per-quota advisory locks of `acquire` apart from other advisory locks. */
const LEASE_LOCK_CLASS = 727_274_831;

/** A quota reached 80 % of its limit: sent once per organization, quota and month. */
export interface QuotaWarning {
  orgId: string;
  quota: QuotaName;
  used: number;
  limit: number;
  percent: number;
  /** When a monthly quota resets; null for the others. */
  resetsAt: string | null;
}

/** What a granted reservation left: the usage including it. */
export interface QuotaGrant {
  quota: QuotaName;
  used: number;
  limit: number;
  resetsAt: string | null;
}

/** A held slot of a concurrent quota; `release` frees it (idempotent). */
export interface QuotaLease extends QuotaGrant {
  readonly id: string;
  readonly orgId: string;
  release(): Promise<void>;
}

export interface QuotaUsageReport {
  orgId: string;
  tier: Tier;
  period: { start: string; end: string };
  quotas: Record<QuotaName, { used: number; limit: number; resetsAt: string | null }>;
}

export interface QuotaEngineOptions {
  db: Database;
  bus: Bus;
  metrics: Pick<Metrics, 'quotaUsage' | 'quotaLimit' | 'quotaExceededTotal' | 'errorsTotal'>;
  logger: Pick<Logger, 'warn' | 'error'>;
  /** The limits of each tier (`config.tiers`). */
  tiers: Readonly<Record<Tier, TierLimits>>;
  /** The organization's current tier; a tier change takes effect on the next reservation. */
  tierOf: (orgId: string) => Promise<Tier>;
  /** The clock that picks the month (tests roll it over); lease expiry uses the database's clock. */
  now?: () => Date;
  /** Owner of this instance's leases; default a random id per engine. */
  instanceId?: string;
  /** How long a lease counts without renewal; renewed every third of it. Default 30 s. */
  leaseTtlMs?: number;
}

interface Reservation {
  orgId: string;
  quota: QuotaName;
  /** `YYYY-MM` for monthly quotas, `session:<id>` for per-session ones */
  scope: string;
  amount: number;
  tier?: Tier;
}

/**
 * The quota engine (docs/tenancy.md#quotas): checks and reserves before the work, durably in the
 * database, so every instance shares one exact count and a restart keeps it.
 *
 * - Monthly quotas (`sessions`, `messages`) and per-session ones (`skillsPerSession`) are counters,
 *   reserved by one `insert … on conflict do update … where used + n <= limit` statement: the row
 *   lock makes concurrent reservations queue, so a limit of 100 grants exactly 100. The month is
 *   part of the key, so a new month starts at zero with no reset job.
 * - Concurrent quotas (`concurrentSessions`, `websocketConnections`) are leases: one row per held
 *   slot, owned by this instance and renewed by a heartbeat; a killed instance's slots stop
 *   counting when their leases expire. Acquiring takes a per-quota advisory lock, then counts.
 * - At 80 % a `quota.warning` goes out once per organization, quota and month (a primary key
 *   decides, whichever instance gets there first), through the bus to every instance.
 *
 * Fails closed: a database error refuses the work (`database_unavailable`, 503).
 *
 * @example
 * await quotas.reserve(orgId, 'sessions');               // throws 429 quota_exceeded when used up
 * const lease = await quotas.acquire(orgId, 'websocketConnections');
 * …
 * await lease.release();
 */
export class QuotaEngine {
  readonly instanceId: string;
  readonly leaseTtlMs: number;
  readonly #db: Database;
  readonly #bus: Bus;
  readonly #metrics: QuotaEngineOptions['metrics'];
  readonly #logger: QuotaEngineOptions['logger'];
  readonly #tiers: QuotaEngineOptions['tiers'];
  readonly #tierOf: QuotaEngineOptions['tierOf'];
  readonly #now: () => Date;
  readonly #pending = new Set<Promise<unknown>>();
  #heldLeases = 0;
  #renewal: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(options: QuotaEngineOptions) {
    this.#db = options.db;
    this.#bus = options.bus;
    this.#metrics = options.metrics;
    this.#logger = options.logger;
    this.#tiers = options.tiers;
    this.#tierOf = options.tierOf;
    this.#now = options.now ?? (() => new Date());
    this.instanceId = options.instanceId ?? randomUUID();
    this.leaseTtlMs = options.leaseTtlMs ?? 30_000;
  }

  /** Reserves `amount` of a monthly quota before the work; throws `quota_exceeded` when it would pass the limit. */
  reserve(orgId: string, quota: MonthlyQuota, options: { amount?: number; tier?: Tier } = {}): Promise<QuotaGrant> {
    const scope = periodOf(this.#now()).key;
    return this.#track(this.#reserve({ orgId, quota, scope, amount: options.amount ?? 1, tier: options.tier }));
  }

  /** Reserves a skill execution in a session; throws `quota_exceeded` past the tier's skills per session. */
  reserveSkill(orgId: string, sessionId: string, options: { amount?: number; tier?: Tier } = {}): Promise<QuotaGrant> {
    const scope = `session:${sessionId}`;
    const reservation = { orgId, quota: 'skillsPerSession' as const, scope, amount: options.amount ?? 1 };
    return this.#track(this.#reserve({ ...reservation, tier: options.tier }));
  }

  /** Gives back a reservation whose work did not happen (never below zero). */
  refund(orgId: string, quota: MonthlyQuota, amount = 1): Promise<void> {
    const scope = periodOf(this.#now()).key;
    return this.#track(
      this.#guard(async () => {
        await this.#db.query(
          `update quota_usage set used = greatest(used - $4::bigint, 0), updated_at = now()
            where org_id = $1 and quota = $2 and scope = $3`,
          [orgId, quota, scope, amount],
        );
      }),
    );
  }

  /** Forgets a session's per-session counters (the session ended). */
  endSession(orgId: string, sessionId: string): Promise<void> {
    return this.#track(
      this.#guard(async () => {
        await this.#db.query(
          `delete from quota_usage where org_id = $1 and quota = 'skillsPerSession' and scope = $2`,
          [orgId, `session:${sessionId}`],
        );
      }),
    );
  }

  /**
   * Takes a slot of a concurrent quota, held until `release()` (or, if this instance dies, until
   * the lease expires); throws `quota_exceeded` when every slot is taken.
   */
  acquire(orgId: string, quota: ConcurrentQuota, options: { tier?: Tier } = {}): Promise<QuotaLease> {
    return this.#track(this.#acquire(orgId, quota, options.tier));
  }

  /**
   * Usage against limits of every quota of the organization, this month and now. `tier`, when the
   * caller knows it (a tenant request's credential lookup returned it), saves looking it up.
   */
  usage(orgId: string, options: { tier?: Tier } = {}): Promise<QuotaUsageReport> {
    return this.#guard(async () => {
      const tier = options.tier ?? (await this.#tierOf(orgId));
      const period = periodOf(this.#now());
      const resetsAt = period.end.toISOString();
      const { rows } = await this.#db.query<{ quota: QuotaName; used: number | string | null }>(
        `select quota, sum(used) as used from quota_usage
          where org_id = $1 and quota in ('sessions', 'messages') and scope = $2 group by quota
         union all
         select 'skillsPerSession', max(used) from quota_usage where org_id = $1 and quota = 'skillsPerSession'
         union all
         select quota, count(*) from quota_leases where org_id = $1 and expires_at > now() group by quota`,
        [orgId, period.key],
      );
      const used = (quota: QuotaName) => Number(rows.find((row) => row.quota === quota)?.used ?? 0);
      const quotas = {} as QuotaUsageReport['quotas'];
      for (const quota of QUOTA_NAMES) {
        const limit = this.#limit(tier, quota);
        quotas[quota] = { used: used(quota), limit, resetsAt: isMonthly(quota) ? resetsAt : null };
        this.#observe(orgId, quota, quotas[quota].used, limit);
      }
      return { orgId, tier, period: { start: period.start.toISOString(), end: resetsAt }, quotas };
    });
  }

  /**
   * Calls `handler` with every `quota.warning` of any instance (through the bus). Returns the
   * function that stops it.
   */
  async onWarning(handler: (warning: QuotaWarning) => void): Promise<() => Promise<void>> {
    return this.#bus.subscribe(QUOTA_WARNING_TOPIC, (message) => {
      let warning: QuotaWarning;
      try {
        warning = JSON.parse(message) as QuotaWarning;
      } catch (err) {
        this.#metrics.errorsTotal.inc({ type: 'quota_warning' });
        this.#logger.warn('dropped an unreadable quota warning', { error: (err as Error).message });
        return;
      }
      handler(warning);
    });
  }

  /** Stops renewing leases, waits for releases in flight, and frees what this instance still holds. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearInterval(this.#renewal);
    await Promise.allSettled([...this.#pending]);
    await this.#db.query('delete from quota_leases where owner = $1', [this.instanceId]).catch((err: unknown) => {
      // They expire by themselves.
      this.#logger.warn('freeing quota leases at shutdown failed', { error: (err as Error).message });
    });
  }

  async #reserve({ orgId, quota, scope, amount, tier: given }: Reservation): Promise<QuotaGrant> {
    return this.#guard(async () => {
      const tier = given ?? (await this.#tierOf(orgId));
      const limit = this.#limit(tier, quota);
      const resetsAt = isMonthly(quota) ? periodOf(this.#now()).end.toISOString() : null;
      // One statement: the row lock of the upsert queues concurrent reservations, each re-checking the limit.
      const { rows } = await this.#db.query<{ used: number | string }>(
        `insert into quota_usage (org_id, quota, scope, used)
         select $1::uuid, $2::text, $3::text, $4::bigint where $4::bigint <= $5::bigint
         on conflict (org_id, quota, scope) do update
           set used = quota_usage.used + excluded.used, updated_at = now()
           where quota_usage.used + excluded.used <= $5::bigint
         returning used`,
        [orgId, quota, scope, amount, limit],
      );
      const granted = rows[0];
      if (granted === undefined) {
        const current = await this.#db.query<{ used: number | string }>(
          'select used from quota_usage where org_id = $1 and quota = $2 and scope = $3',
          [orgId, quota, scope],
        );
        const used = Number(current.rows[0]?.used ?? 0);
        this.#observe(orgId, quota, used, limit);
        throw this.#exceeded(tier, { quota, limit, used, resetsAt });
      }
      const grant = { quota, used: Number(granted.used), limit, resetsAt };
      this.#observe(orgId, quota, grant.used, limit);
      // The reservation holds whatever happens to the warning.
      await this.#warnOnce(orgId, grant).catch((err: unknown) => this.#warningFailed(err));
      return grant;
    });
  }

  async #acquire(orgId: string, quota: ConcurrentQuota, given: Tier | undefined): Promise<QuotaLease> {
    return this.#guard(async () => {
      const tier = given ?? (await this.#tierOf(orgId));
      const limit = this.#limit(tier, quota);
      const id = randomUUID();
      const taken = await this.#db.transaction(async (tx) => {
        // Counting and inserting are two statements: the lock makes them one step per organization and quota.
        await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [LEASE_LOCK_CLASS, `${orgId}:${quota}`]);
        await tx.query('delete from quota_leases where org_id = $1 and quota = $2 and expires_at <= now()', [
          orgId,
          quota,
        ]);
        const { rows } = await tx.query<{ held: number | string }>(
          'select count(*) as held from quota_leases where org_id = $1 and quota = $2',
          [orgId, quota],
        );
        const held = Number(rows[0]?.held ?? 0);
        if (held >= limit) return { granted: false, used: held };
        await tx.query(
          `insert into quota_leases (lease_id, org_id, quota, owner, expires_at)
           values ($1, $2, $3, $4, now() + $5::double precision * interval '1 millisecond')`,
          [id, orgId, quota, this.instanceId, this.leaseTtlMs],
        );
        return { granted: true, used: held + 1 };
      });
      this.#observe(orgId, quota, taken.used, limit);
      if (!taken.granted) throw this.#exceeded(tier, { quota, limit, used: taken.used, resetsAt: null });
      this.#leaseTaken();
      const grant = { quota, used: taken.used, limit, resetsAt: null };
      let released: Promise<void> | undefined;
      const lease: QuotaLease = {
        ...grant,
        id,
        orgId,
        release: () => (released ??= this.#track(this.#release(lease))),
      };
      // The slot is ours whatever happens to the warning.
      await this.#warnOnce(orgId, grant).catch((err: unknown) => this.#warningFailed(err));
      return lease;
    });
  }

  async #release(lease: QuotaLease): Promise<void> {
    this.#heldLeases -= 1;
    try {
      const { rows } = await this.#db.query<{ used: number | string }>(
        `with gone as (delete from quota_leases where lease_id = $1 returning 1)
         select (select count(*) from quota_leases where org_id = $2 and quota = $3 and expires_at > now())
              - (select count(*) from gone) as used`,
        [lease.id, lease.orgId, lease.quota],
      );
      this.#observe(lease.orgId, lease.quota, Math.max(0, Number(rows[0]?.used ?? 0)), lease.limit);
    } catch (err) {
      // The lease expires by itself once it is no longer renewed.
      this.#metrics.errorsTotal.inc({ type: 'quota_release' });
      this.#logger.warn('releasing a quota lease failed: it expires by itself', {
        quota: lease.quota,
        error: (err as Error).message,
      });
    }
  }

  /** Renews this instance's leases every third of their lifetime while it holds any. */
  #leaseTaken(): void {
    this.#heldLeases += 1;
    if (this.#renewal !== undefined || this.#closed) return;
    this.#renewal = setInterval(
      () => {
        if (this.#heldLeases <= 0) return;
        this.#db
          .query(
            `update quota_leases set expires_at = now() + $2::double precision * interval '1 millisecond'
              where owner = $1`,
            [this.instanceId, this.leaseTtlMs],
          )
          .catch((err: unknown) => {
            this.#metrics.errorsTotal.inc({ type: 'quota_lease_renewal' });
            this.#logger.warn('renewing quota leases failed', { error: (err as Error).message });
          });
      },
      Math.max(1, Math.floor(this.leaseTtlMs / 3)),
    );
    this.#renewal.unref();
  }

  /** At 80 % of the limit: the first caller to insert the month's warning row publishes it. */
  async #warnOnce(orgId: string, grant: QuotaGrant): Promise<void> {
    if (grant.limit <= 0 || grant.used * 5 < grant.limit * 4) return;
    const { rowCount } = await this.#db.query(
      `insert into quota_warnings (org_id, quota, period) values ($1, $2, $3)
       on conflict (org_id, quota, period) do nothing returning org_id`,
      [orgId, grant.quota, periodOf(this.#now()).key],
    );
    if (rowCount === 0) return;
    const warning: QuotaWarning = {
      orgId,
      quota: grant.quota,
      used: grant.used,
      limit: grant.limit,
      percent: Math.min(100, Math.floor((grant.used * 100) / grant.limit)),
      resetsAt: grant.resetsAt,
    };
    await this.#bus.publish(QUOTA_WARNING_TOPIC, JSON.stringify(warning)).catch((err: unknown) => {
      this.#warningFailed(err);
    });
  }

  #warningFailed(err: unknown): void {
    this.#metrics.errorsTotal.inc({ type: 'quota_warning' });
    this.#logger.error('a quota warning could not be sent', { error: (err as Error).message });
  }

  #limit(tier: Tier, quota: QuotaName): number {
    return this.#tiers[tier][LIMIT_OF[quota]];
  }

  #observe(orgId: string, quota: QuotaName, used: number, limit: number): void {
    this.#metrics.quotaUsage.set({ org_id: orgId, quota: METRIC_LABEL[quota] }, used);
    this.#metrics.quotaLimit.set({ org_id: orgId, quota: METRIC_LABEL[quota] }, limit);
  }

  #exceeded(tier: Tier, details: QuotaGrant): AppError {
    this.#metrics.quotaExceededTotal.inc({ tier, quota: METRIC_LABEL[details.quota] });
    const { quota, limit, resetsAt } = details;
    // Monthly: until the month ends (at most a day, as the header allows); else when a dead instance's slots free.
    const retryAfter =
      resetsAt === null
        ? Math.ceil(this.leaseTtlMs / 1000)
        : Math.min(86_400, Math.max(1, Math.ceil((Date.parse(resetsAt) - this.#now().getTime()) / 1000)));
    const what = isMonthly(quota) ? `monthly quota '${quota}'` : `quota '${quota}'`;
    return new AppError('quota_exceeded', `the ${tier} tier's ${what} of ${limit} is used up`, {
      details,
      headers: { 'Retry-After': String(retryAfter) },
    });
  }

  /** Database failures become `database_unavailable`: quotas fail closed. */
  async #guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw toStoreError(err);
    }
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#pending.add(work);
    const done = () => this.#pending.delete(work);
    work.then(done, done);
    return work;
  }
}

function isMonthly(quota: QuotaName): quota is MonthlyQuota {
  return quota === 'sessions' || quota === 'messages';
}
