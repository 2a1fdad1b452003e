/**
 * Idempotency records: one row per (caller, `Idempotency-Key`), claimed by an insert before the
 * work (the primary key makes a second claim lose) and completed with the response — in the
 * transaction of the work where the operation allows it. Secret-bearing responses are kept only
 * redacted (`secret_withheld`). Rows are deleted after `expires_at`; an `in_flight` row whose
 * `locked_until` has passed belongs to a request that died and may be taken over.
 */
export default `
create table idempotency_keys (
  principal_kind text not null check (principal_kind in ('admin', 'org', 'gateway')),
  -- '' for the admin token, else the organization or gateway id
  principal_id text not null,
  key text not null check (char_length(key) between 1 and 255),
  operation_id text not null,
  fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
  state text not null check (state in ('in_flight', 'completed')),
  claim_token uuid not null,
  locked_until timestamptz not null,
  response_status integer check (response_status between 100 and 599),
  response_body jsonb,
  response_headers jsonb not null default '{}'::jsonb,
  secret_withheld boolean not null default false,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (principal_kind, principal_id, key)
);

create index idempotency_keys_expires_at_idx on idempotency_keys (expires_at);
`;
