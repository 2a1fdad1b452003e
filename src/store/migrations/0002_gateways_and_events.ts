/**
 * The gateway fleet, APIs with immutable revisions and their deployments, and the
 * durable per-gateway event log.
 *
 * `gateways.last_seq` is the sequence counter: an event is appended by
 * `update gateways set last_seq = last_seq + 1 … returning last_seq` in the transaction of the
 * change that caused it, so the row lock orders appends per gateway and a committed log is always
 * gap-free. `acked_seq` is the highest sequence any connection of the gateway acknowledged: where
 * delivery resumes when the gateway gives no position.
 */
export default `
create table gateways (
  id uuid primary key,
  name text not null unique,
  description text,
  vhost text,
  labels jsonb not null default '{}'::jsonb,
  last_seq bigint not null default 0 check (last_seq >= 0),
  acked_seq bigint not null default 0 check (acked_seq >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table gateway_api_keys (
  id uuid primary key,
  gateway_id uuid not null references gateways (id) on delete cascade,
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  prefix text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);

create index gateway_api_keys_gateway_id_idx on gateway_api_keys (gateway_id);

create table apis (
  id uuid primary key,
  name text not null unique,
  context_path text not null,
  vhost text,
  version text not null,
  description text,
  upstreams jsonb not null,
  revision_id uuid not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- Every version of an API's definition; deployments and runtime artifacts name one of them.
create table api_revisions (
  id uuid primary key,
  api_id uuid not null references apis (id) on delete cascade,
  name text not null,
  context_path text not null,
  vhost text,
  version text not null,
  upstreams jsonb not null,
  created_at timestamptz not null default now()
);

create index api_revisions_api_id_idx on api_revisions (api_id);

create table deployments (
  id uuid primary key,
  api_id uuid not null references apis (id) on delete cascade,
  gateway_id uuid not null references gateways (id) on delete cascade,
  revision_id uuid not null references api_revisions (id) on delete cascade,
  vhost text not null,
  environment text not null,
  created_at timestamptz not null default now(),
  undeployed_at timestamptz
);

-- One active deployment of an API per (gateway, vhost, environment); a new deploy replaces it.
create unique index deployments_active_idx on deployments (api_id, gateway_id, vhost, environment) where undeployed_at is null;
create index deployments_gateway_id_idx on deployments (gateway_id, created_at);
create index deployments_api_id_idx on deployments (api_id, created_at);

create table gateway_events (
  gateway_id uuid not null references gateways (id) on delete cascade,
  seq bigint not null check (seq >= 1),
  event_id uuid not null,
  type text not null,
  payload jsonb not null,
  correlation_id text not null,
  traceparent text,
  created_at timestamptz not null default now(),
  primary key (gateway_id, seq)
);
`;
