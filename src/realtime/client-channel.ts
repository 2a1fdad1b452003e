import type { IncomingMessage } from 'node:http';
import {
  validateClientChannelClientMessage,
  validateClientChannelServerMessage,
} from '../../generated/asyncapi/validators.js';
import type { ClientChannelClientMessage, ClientConnectionAckMessage } from '../../generated/asyncapi/messages.js';
import type { AppDeps } from '../deps.js';
import { AppError } from '../errors.js';
import type { OrgTier, Services, TenantIdentity } from '../tenancy/index.js';
import { pongFrame } from './frames.js';
import type { ChannelDefinition, ConnectionRegistry, RealtimeConnection } from './types.js';

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
  /** concurrent `/ws` connections per organization, by tier; default 5 / 20 / 100 */
  connectionCaps?: Record<OrgTier, number>;
}

export const CLIENT_CHANNEL_DEFAULTS = {
  path: '/ws',
  maxPayloadBytes: 512 * 1024,
  heartbeat: { intervalMs: 54_000, timeoutMs: 60_000 },
  maxBufferedBytes: 1024 * 1024,
  handshakeRate: { ratePerSecond: 5, burst: 10 },
  connectionCaps: { open_source: 5, teams: 20, government: 100 } satisfies Record<OrgTier, number>,
} as const;

/**
 * The tenant client channel `/ws` (specs/asyncapi.yaml `clientChannel`). Authenticates the upgrade
 * with a tenant API key or JWT (`Authorization: Bearer`, `x-api-key` or `?token=`), caps connections
 * per organization by tier (429 `quota_exceeded`), sends `connection.ack`, answers `ping` with
 * `pong`. A connection opened with a JWT is closed with 1008 when the token expires; revoked keys
 * and deleted organizations are closed by `closeRevokedConnections`. Session, chat and skill
 * messages are valid frames answered with `error` `not_implemented` until sessions land.
 *
 * @example
 * attachRealtimeServer({ server, deps, channels: [createClientChannel(deps, services)], maxConnections: 1000 });
 */
export function createClientChannel(
  deps: Pick<AppDeps, 'metrics'>,
  services: Pick<Services, 'tenantAuth'>,
  options: ClientChannelOptions = {},
): ChannelDefinition<ClientPrincipal, ClientChannelClientMessage> {
  const maxPayloadBytes = options.maxPayloadBytes ?? CLIENT_CHANNEL_DEFAULTS.maxPayloadBytes;
  const heartbeat = options.heartbeat ?? CLIENT_CHANNEL_DEFAULTS.heartbeat;
  const caps = options.connectionCaps ?? CLIENT_CHANNEL_DEFAULTS.connectionCaps;

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

    admit(principal: ClientPrincipal, registry: ConnectionRegistry): void {
      const limit = caps[principal.tier];
      const open = registry
        .byChannel('clientChannel')
        .filter((conn) => (conn.principal as ClientPrincipal).orgId === principal.orgId).length;
      if (open >= limit) {
        deps.metrics.quotaExceededTotal.inc({ tier: principal.tier, quota: 'ws_connections' });
        throw new AppError(
          'quota_exceeded',
          `the ${principal.tier} tier allows ${limit} concurrent WebSocket connections per organization`,
          {
            details: { quota: 'websocketConnections', limit, used: open },
          },
        );
      }
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
