/** Organizations with their tier and their API keys, stored as SHA-256 hashes. */
export default `
create table orgs (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  tier text not null default 'open_source' check (tier in ('open_source', 'teams', 'government')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table api_keys (
  id uuid primary key default gen_random_uuid(),
  org_id uuid not null references orgs (id) on delete cascade,
  name text not null,
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  prefix text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);

create index api_keys_org_id_idx on api_keys (org_id);
`;
