/**
 * Quota usage (docs/tenancy.md#quotas). Counters: one row per organization, quota and scope — the
 * UTC month (`2025-10`) for monthly quotas, `session:<id>` for per-session ones — so a new month
 * starts from zero without any reset job. Leases: one row per open concurrent resource (a `/ws`
 * connection, a session), owned by an instance that renews `expires_at`; a crashed instance's
 * leases stop counting once they expire. Warnings: one row per organization, quota and month, the
 * primary key making the 80 % warning happen once.
 */
export default `
create table quota_usage (
  org_id uuid not null references orgs (id) on delete cascade,
  quota text not null,
  scope text not null,
  used bigint not null check (used >= 0),
  updated_at timestamptz not null default now(),
  primary key (org_id, quota, scope)
);

create table quota_leases (
  lease_id uuid primary key,
  org_id uuid not null references orgs (id) on delete cascade,
  quota text not null,
  owner text not null,
  expires_at timestamptz not null
);

create index quota_leases_org_quota_idx on quota_leases (org_id, quota, expires_at);
create index quota_leases_owner_idx on quota_leases (owner);

create table quota_warnings (
  org_id uuid not null references orgs (id) on delete cascade,
  quota text not null,
  period text not null,
  warned_at timestamptz not null default now(),
  primary key (org_id, quota, period)
);
`;
