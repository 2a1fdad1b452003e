import type { IncomingMessage } from 'node:http';
import {
  validateClientChannelClientMessage,
  validateClientChannelServerMessage,
} from '../../generated/asyncapi/validators.js';
import type {
  ClientChannelClientMessage,
  ClientConnectionAckMessage,
  QuotaWarningMessage,
} from '../../generated/asyncapi/messages.js';
import type { AppDeps } from '../deps.js';
import type { QuotaWarning } from '../quotas/index.js';
import { AppError } from '../errors.js';
import type { Services, TenantIdentity } from '../tenancy/index.js';
import { pongFrame } from './frames.js';
import type { Admission, ChannelDefinition, ConnectionRegistry, RealtimeConnection } from './types.js';

/** Who holds a `/ws` connection: the organization, its tier, and the API key or JWT it was opened with. */
export type ClientPrincipal = TenantIdentity;

/** Limits of the client channel; defaults as listed in docs/configuration.md. */
export interface ClientChannelOptions {
  /** default 512 KiB */
  maxPayloadBytes?: number;
  /** default ping every 54 s, read deadline 60 s */
  heartbeat?: { intervalMs: number; timeoutMs: number };
  /** default 1 MiB */
  maxBufferedBytes?: number;
  /** default 5 handshakes/s per IP, burst 10 */
  handshakeRate?: { ratePerSecond: number; burst: number };
}

export const CLIENT_CHANNEL_DEFAULTS = {
  path: '/ws',
  maxPayloadBytes: 512 * 1024,
  heartbeat: { intervalMs: 54_000, timeoutMs: 60_000 },
  maxBufferedBytes: 1024 * 1024,
  handshakeRate: { ratePerSecond: 5, burst: 10 },
} as const;

/**
 * The tenant client channel `/ws` (specs/asyncapi.yaml `clientChannel`). Authenticates the upgrade
 * with a tenant API key or JWT (`Authorization: Bearer`, `x-api-key` or `?token=`), caps connections
 * per organization by tier across every instance (429 `quota_exceeded`, through `deps.quotas`), sends
 * `connection.ack`, answers `ping` with `pong`. `deliverQuotaWarnings` sends `quota.warning`s. A
 * connection opened with a JWT is closed with 1008 when the token expires; revoked keys and deleted
 * organizations are closed by `closeRevokedConnections`. Session, chat and skill messages are valid
 * frames answered with `error` `not_implemented` until sessions land.
 *
 * @example
 * attachRealtimeServer({ server, deps, channels: [createClientChannel(deps, services)], maxConnections: 1000 });
 */
export function createClientChannel(
  deps: Pick<AppDeps, 'quotas'>,
  services: Pick<Services, 'tenantAuth'>,
  options: ClientChannelOptions = {},
): ChannelDefinition<ClientPrincipal, ClientChannelClientMessage> {
  const maxPayloadBytes = options.maxPayloadBytes ?? CLIENT_CHANNEL_DEFAULTS.maxPayloadBytes;
  const heartbeat = options.heartbeat ?? CLIENT_CHANNEL_DEFAULTS.heartbeat;

  return {
    name: 'clientChannel',
    path: CLIENT_CHANNEL_DEFAULTS.path,
    maxPayloadBytes,
    heartbeat,
    maxBufferedBytes: options.maxBufferedBytes ?? CLIENT_CHANNEL_DEFAULTS.maxBufferedBytes,
    handshakeRate: options.handshakeRate ?? CLIENT_CHANNEL_DEFAULTS.handshakeRate,

    async authenticate(req: IncomingMessage): Promise<ClientPrincipal> {
      const credential = credentialOf(req);
      if (credential === undefined) {
        throw new AppError(
          'unauthenticated',
          'a tenant API key or JWT is required: Authorization: Bearer <credential>, x-api-key, or ?token=',
        );
      }
      const result = await services.tenantAuth.authenticate(credential);
      if (!result.ok) throw new AppError('unauthenticated', result.reason);
      return result.identity;
    },

    presentedCredential(req: IncomingMessage) {
      const value = credentialOf(req);
      return value === undefined ? undefined : { kind: 'tenant' as const, value };
    },

    // The cap is global: a lease in the database per connection, held until the socket closes.
    admit(principal: ClientPrincipal): Promise<Admission> {
      return deps.quotas.acquire(principal.orgId, 'websocketConnections', { tier: principal.tier });
    },

    validateIncoming: validateClientChannelClientMessage,
    validateOutgoing: validateClientChannelServerMessage,

    onConnection(conn: RealtimeConnection<ClientPrincipal, ClientChannelClientMessage>): void {
      const now = new Date().toISOString();
      const ack: ClientConnectionAckMessage = {
        type: 'connection.ack',
        correlationId: conn.correlationId.slice(0, 128),
        timestamp: now,
        payload: {
          connectionId: conn.id,
          orgId: conn.principal.orgId,
          tier: conn.principal.tier,
          serverTime: now,
          heartbeatIntervalMs: heartbeat.intervalMs,
          maxFrameBytes: maxPayloadBytes,
        },
      };
      conn.send(ack);
      const { credential } = conn.principal;
      if (credential.type === 'jwt') closeAtExpiry(conn, credential.expiresAt);
      conn.onMessage((message: ClientChannelClientMessage) => {
        switch (message.type) {
          case 'ping':
            conn.send(pongFrame(message));
            return;
          case 'session.join':
          case 'session.leave':
          case 'message.send':
          case 'skill.execute':
            throw new AppError(
              'not_implemented',
              `'${message.type}' is not available yet: sessions arrive in a later release`,
            );
        }
      });
    },
  };
}

/** `Authorization: Bearer <key>`, else `x-api-key`, else the `token` query parameter (browsers). */
function credentialOf(req: IncomingMessage): string | undefined {
  const authorization = req.headers.authorization;
  const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (bearer !== undefined) return bearer;
  const apiKey = req.headers['x-api-key'];
  const headerKey = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  if (headerKey !== undefined && headerKey !== '') return headerKey;
  const token = new URL(req.url ?? '/', 'http://localhost').searchParams.get('token');
  return token === null || token === '' ? undefined : token;
}

/**
 * Sends every `quota.warning` (from any instance, through the bus) to this instance's `/ws`
 * connections of the organization. Returns the function that stops it.
 *
 * @example
 * const stop = await deliverQuotaWarnings(deps.quotas, realtime.registry);
 * lifecycle.onShutdown(stop);
 */
export function deliverQuotaWarnings(
  quotas: Pick<AppDeps['quotas'], 'onWarning'>,
  registry: ConnectionRegistry,
): Promise<() => Promise<void>> {
  return quotas.onWarning((warning: QuotaWarning) => {
    const { orgId, ...payload } = warning;
    const frame: QuotaWarningMessage = { type: 'quota.warning', timestamp: new Date().toISOString(), payload };
    for (const conn of registry.byChannel('clientChannel')) {
      if ((conn.principal as ClientPrincipal).orgId === orgId) conn.send(frame);
    }
  });
}

/** Longest delay `setTimeout` takes (about 24.8 days); a later expiry is reached in several steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Closes the connection with 1008 `token expired` when its JWT expires. */
function closeAtExpiry(conn: RealtimeConnection, expiresAt: Date): void {
  let timer: NodeJS.Timeout | undefined;
  const wait = () => {
    const left = expiresAt.getTime() - Date.now();
    if (left <= 0) {
      conn.close(1008, 'token expired');
      return;
    }
    timer = setTimeout(wait, Math.min(left, MAX_TIMER_MS));
    timer.unref();
  };
  conn.onClose(() => clearTimeout(timer));
  wait();
}
