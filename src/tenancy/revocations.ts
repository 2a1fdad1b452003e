import { AfterCommitPublisher, type AfterCommitPublisherOptions } from '../bus/after-commit.js';

/** The bus topic on which every instance hears that tenant credentials stopped being valid. */
export const TENANT_REVOCATIONS_TOPIC = 'tenant-revocations';

/** A credential that no longer opens anything: live connections made with it are closed everywhere. */
export type TenantRevocation =
  | { kind: 'api_key_revoked'; orgId: string; apiKeyId: string }
  /** every credential of the organization: its keys and its JWTs */
  | { kind: 'org_deleted'; orgId: string };

export function encodeRevocation(revocation: TenantRevocation): string {
  return JSON.stringify(revocation);
}

/** Anything that is not a revocation decodes to undefined (ignored). */
export function decodeRevocation(message: string): TenantRevocation | undefined {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, orgId, apiKeyId } = value as Record<string, unknown>;
  if (typeof orgId !== 'string') return undefined;
  if (kind === 'org_deleted') return { kind, orgId };
  if (kind === 'api_key_revoked' && typeof apiKeyId === 'string') return { kind, orgId, apiKeyId };
  return undefined;
}

/** Where the tenancy services announce revocations; `RevocationAnnouncer` puts them on the bus. */
export interface RevocationSink {
  announce(revocation: TenantRevocation): Promise<void>;
}

/**
 * Publishes revocations after their commit. Never throws: the revocation is committed either way
 * and authentication reads the database, so a failed publish only leaves already open connections
 * open; it is logged and counted.
 */
export class RevocationAnnouncer implements RevocationSink {
  readonly #publisher: AfterCommitPublisher;

  constructor(options: AfterCommitPublisherOptions) {
    this.#publisher = new AfterCommitPublisher(options);
  }

  announce(revocation: TenantRevocation): Promise<void> {
    return this.#publisher.publish(
      TENANT_REVOCATIONS_TOPIC,
      encodeRevocation(revocation),
      'announcing a revocation failed; connections made with it stay open',
      { ...revocation },
    );
  }
}
