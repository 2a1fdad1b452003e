import type http from 'node:http';
import type https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type ServerOptions, type WebSocket } from 'ws';
import { channels as asyncApiChannels } from '../../generated/asyncapi/schemas.js';
import type { AppDeps } from '../deps.js';
import { AppError, asAppError, logLevelOf } from '../errors.js';
import { pickCorrelationId } from '../observability/correlation-id.js';
import { runWithContext } from '../observability/context.js';
import {
  AUTH_FAILURES_LIMITER,
  authLockError,
  AuthFailureThrottle,
  createRateLimits,
  credentialTarget,
  normalizeAddress,
  type TokenBucketRule,
} from '../limits/index.js';
import { INTERNAL_ERROR, WebSocketConnection, type ChannelRuntime } from './connection.js';
import { refuseUpgrade } from './handshake-refusal.js';
import { MemoryConnectionRegistry } from './registry.js';
import type { Admission, ChannelDefinition, RealtimeServer } from './types.js';

export interface AttachRealtimeServerOptions {
  server: http.Server | https.Server;
  /**
   * Config (outgoing validation outside production, `auth` throttle), logger, metrics, and the
   * rate-limit store (handshake buckets, authentication failures); without one, a local store.
   */
  deps: Pick<AppDeps, 'config' | 'logger' | 'metrics'> & Partial<Pick<AppDeps, 'rateLimits'>>;
  channels: ChannelDefinition[];
  /** Global cap over every channel (`WS_MAX_CONNECTIONS`); past it handshakes get 503. */
  maxConnections: number;
  /**
   * How long a closing handshake may take before the socket is destroyed (peer gone, or a slow
   * consumer that never reads the close frame). Default 5 s.
   */
  closeTimeoutMs?: number;
  /** Clock of the handshake token buckets (tests); default Redis's clock, or this process's. */
  now?: () => number;
}

/** Spec default: 10 invalid frames in a row close the connection with 1008. */
const DEFAULT_MAX_INVALID_FRAMES = 10;
/** Spec default: past 2 pings a second (burst 20) the connection is closed with 1008. */
const DEFAULT_PING_RATE = { ratePerSecond: 2, burst: 20 };
const DEFAULT_CLOSE_TIMEOUT_MS = 5000;
/** RFC 6455 §4.2.1: the key is a base64-encoded 16-byte value. */
const WEBSOCKET_KEY = /^[+/0-9A-Za-z]{22}==$/;

interface ChannelEntry {
  channel: ChannelDefinition;
  runtime: ChannelRuntime;
  handshakeRate: TokenBucketRule;
  /** rate_limit_hits_total{limiter}, and the bucket's name in the rate-limit store */
  limiterLabel: string;
  wss: WebSocketServer;
}

/**
 * The one WebSocket transport of the server. Listens for `upgrade` on the HTTP(S)
 * server and routes by path to a channel. Everything is decided in the upgrade, before a
 * WebSocket exists, in this order: path (404), shutting down (503), per-IP handshake token bucket
 * (429 + Retry-After; shared by every instance through Redis when configured), global cap (503),
 * the authentication failure throttle (429 + Retry-After for a locked source or credential target),
 * the channel's `authenticate` (401/403/…; an `unauthenticated` refusal of a presented credential
 * counts as a failure), global cap again, the channel's `admit` (per-tier caps, which may hold a
 * slot until the socket closes), shutdown and global cap once more. A refusal is a
 * raw HTTP response with the JSON error envelope and a correlation id, counted in
 * `goclaw_errors_total{type=<code>}`.
 *
 * Each channel gets its own `ws` server (`noServer`), because the frame size limit (1009 past it)
 * is a per-server setting of `ws`.
 *
 * @example
 * const channels = [createClientChannel(deps, services)];
 * const realtime = attachRealtimeServer({ server: httpServer, deps, channels, maxConnections: 1000 });
 * running.onShutdown(() => realtime.close(1000, 'server shutting down'));
 */
export function attachRealtimeServer(options: AttachRealtimeServerOptions): RealtimeServer {
  const { server, deps, maxConnections } = options;
  const { logger, metrics } = deps;
  const closeTimeoutMs = options.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
  const registry = new MemoryConnectionRegistry();
  // Without shared dependencies (tests, benches), the limits are this server's own, closed with it.
  const rateLimits = deps.rateLimits ?? createRateLimits({ logger, metrics });
  const authThrottle = new AuthFailureThrottle({
    limits: rateLimits,
    maxFailures: deps.config.auth.failureLimit,
    windowMs: deps.config.auth.failureWindowMs,
  });
  const entries = new Map<string, ChannelEntry>();
  let closing = false;

  for (const channel of options.channels) {
    validateChannel(channel);
    if (entries.has(channel.path)) throw new Error(`two WebSocket channels on the path ${channel.path}`);
    const metricsLabel = channel.metricsLabel ?? defaultMetricsLabel(channel.name);
    // `closeTimeout` exists in ws ≥ 8.18 but not yet in @types/ws.
    const wssOptions: ServerOptions & { closeTimeout: number } = {
      noServer: true,
      clientTracking: false,
      maxPayload: channel.maxPayloadBytes,
      perMessageDeflate: false,
      skipUTF8Validation: false,
      closeTimeout: closeTimeoutMs,
    };
    entries.set(channel.path, {
      channel,
      handshakeRate: channel.handshakeRate,
      limiterLabel: metricsLabel === 'client' ? 'ws_handshake' : `${metricsLabel}_handshake`,
      wss: new WebSocketServer(wssOptions),
      runtime: {
        channel,
        metricsLabel,
        knownTypes: new Set(channel.messageTypes ?? specMessageTypes(channel.name)),
        validateOutgoing: deps.config.env !== 'production',
        maxConsecutiveInvalidFrames: channel.maxConsecutiveInvalidFrames ?? DEFAULT_MAX_INVALID_FRAMES,
        pingRate: channel.pingRate ?? DEFAULT_PING_RATE,
        logger,
        metrics,
      },
    });
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // Until ws owns the socket, a reset by the peer must not become an uncaught 'error'.
    const onSocketError = (err: Error) =>
      logger.debug('socket error during a WebSocket handshake', { error: err.message });
    socket.on('error', onSocketError);
    const correlationId = pickCorrelationId(headerOf(req, 'x-request-id'), headerOf(req, 'traceparent'));
    runWithContext({ correlationId }, () => {
      handleUpgrade(req, socket, head, correlationId, onSocketError).catch((err: unknown) => {
        metrics.errorsTotal.inc({ type: 'internal_error' });
        logger.error('WebSocket handshake failed', { error: err instanceof Error ? err.message : String(err) });
        refuseUpgrade(socket, new AppError('internal_error'), correlationId);
      });
    });
  };

  async function handleUpgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    correlationId: string,
    onSocketError: (err: Error) => void,
  ): Promise<void> {
    const path = pathOf(req.url);
    const entry = entries.get(path);
    const address = remoteAddressOf(req);
    const refuse = (error: AppError, limiter = entry?.limiterLabel): void => {
      metrics.errorsTotal.inc({ type: error.code });
      if (limiter !== undefined && error.code === 'rate_limited')
        metrics.rateLimitHitsTotal.inc({ limiter, tier: 'none' });
      logger.log(logLevelOf(error), 'WebSocket handshake refused', {
        path,
        status: error.status,
        code: error.code,
        reason: error.message,
        remoteAddress: address,
      });
      refuseUpgrade(socket, error, correlationId);
    };

    // 1. Route by path.
    if (entry === undefined) return refuse(new AppError('route_not_found', `no WebSocket channel at ${path}`));
    const problem = handshakeProblem(req);
    if (problem !== undefined) return refuse(new AppError('validation_failed', problem));
    // 2. Not while shutting down.
    if (closing) return refuse(new AppError('service_unavailable', 'the server is shutting down'));
    // 3. Per-IP handshake rate, before any work is spent on the request.
    const decision = await rateLimits.take(entry.limiterLabel, address, entry.handshakeRate, options.now?.());
    if (!decision.allowed) {
      return refuse(
        new AppError(
          'rate_limited',
          `too many WebSocket handshakes from this address; retry in ${decision.retryAfterSeconds} s`,
          {
            headers: { 'Retry-After': String(decision.retryAfterSeconds) },
          },
        ),
      );
    }
    // 4. Global cap (checked again after authentication, which awaits).
    const atCapacity = () => registry.count() >= maxConnections;
    const capacityError = () =>
      new AppError('service_unavailable', `the server holds its maximum of ${maxConnections} WebSocket connections`);
    if (atCapacity()) return refuse(capacityError());
    // 5. Credential guessing: a locked source or target is refused before the credential is checked.
    const credential = entry.channel.presentedCredential?.(req);
    const target = credential === undefined ? undefined : credentialTarget(credential.kind, credential.value);
    const targets = target === undefined ? [] : [target];
    if (credential !== undefined) {
      const lock = await authThrottle.check(address, targets);
      if (lock.locked) {
        return refuse(authLockError(lock), AUTH_FAILURES_LIMITER);
      }
    }
    // 6. The channel's authentication.
    let principal: unknown;
    try {
      principal = await entry.channel.authenticate(req);
    } catch (err) {
      const error = asAppError(err);
      if (error.code === 'unauthenticated' && credential !== undefined)
        await authThrottle.recordFailure(address, targets);
      if (error.code === 'internal_error') {
        logger.error('WebSocket authentication failed', {
          path,
          error: err instanceof Error ? err.message : String(err),
          stack: err instanceof Error ? err.stack : undefined,
        });
      }
      return refuse(error);
    }
    if (socket.destroyed) return;
    if (closing) return refuse(new AppError('service_unavailable', 'the server is shutting down'));
    if (atCapacity()) return refuse(capacityError());
    // 7. The channel's own caps; a slot it holds is freed when the socket closes, however that happens.
    let admission: Admission | void;
    try {
      admission = await entry.channel.admit?.(principal, registry);
    } catch (err) {
      return refuse(asAppError(err));
    }
    if (admission !== undefined) {
      const held = admission;
      const release = () => {
        held.release().catch((err: unknown) => {
          metrics.errorsTotal.inc({ type: 'ws_admission_release' });
          logger.warn('releasing a WebSocket admission failed', { error: (err as Error).message });
        });
      };
      if (socket.destroyed) return release();
      socket.once('close', release);
    }
    // Admission awaited: what was checked before it may have changed meanwhile.
    if (closing) return refuse(new AppError('service_unavailable', 'the server is shutting down'));
    if (atCapacity()) return refuse(capacityError());
    entry.wss.handleUpgrade(req, socket, head, (ws) => {
      socket.off('error', onSocketError);
      open(entry, ws, req, principal, correlationId);
    });
  }

  function open(
    entry: ChannelEntry,
    ws: WebSocket,
    req: IncomingMessage,
    principal: unknown,
    correlationId: string,
  ): void {
    const { runtime } = entry;
    const conn = new WebSocketConnection(
      ws,
      runtime,
      { principal, remoteAddress: remoteAddressOf(req), correlationId },
      (closed, code) => {
        registry.remove(closed);
        metrics.connectedClients.dec();
        metrics.websocketConnectionsActive.dec({ channel: runtime.metricsLabel });
        metrics.websocketConnectionDurationSeconds.observe(
          { channel: runtime.metricsLabel },
          (Date.now() - closed.connectedAt.getTime()) / 1000,
        );
        logger.debug('WebSocket closed', { channel: closed.channel, connectionId: closed.id, code });
      },
    );
    registry.add(conn);
    metrics.connectedClients.inc();
    metrics.websocketConnectionsActive.inc({ channel: runtime.metricsLabel });
    logger.debug('WebSocket opened', {
      channel: conn.channel,
      connectionId: conn.id,
      remoteAddress: conn.remoteAddress,
    });

    const failed = (err: unknown) => {
      metrics.errorsTotal.inc({ type: 'ws_connection_setup' });
      logger.error('WebSocket channel setup failed: closing with 1011', {
        channel: conn.channel,
        connectionId: conn.id,
        error: err instanceof Error ? err.message : String(err),
      });
      conn.close(INTERNAL_ERROR, 'internal error');
    };
    try {
      const setup = entry.channel.onConnection(conn, req);
      if (setup instanceof Promise) setup.then(() => conn.markReady(), failed);
      else conn.markReady();
    } catch (err) {
      failed(err);
    }
  }

  const shadowed = [...entries.keys()].filter((path) => routerOf(server).owner(path) !== undefined);
  if (shadowed.length > 0)
    logger.warn('a later attachRealtimeServer takes over WebSocket paths on this server', { paths: shadowed });
  routerOf(server).add({ owns: (path) => entries.has(path), onUpgrade });

  let closed: Promise<void> | undefined;
  async function closeAll(code: number, reason: string): Promise<void> {
    closing = true;
    const open = registry.all() as Array<WebSocketConnection>;
    logger.info('closing WebSocket connections', { count: open.length, code, reason });
    const allClosed = Promise.all(
      open.map(
        (conn) =>
          new Promise<void>((resolve) => {
            conn.onClose(() => resolve());
            conn.close(code, reason);
          }),
      ),
    );
    // ws destroys sockets whose peer does not answer within closeTimeoutMs; this is the backstop.
    let backstop: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      allClosed.then(() => true),
      new Promise<false>((resolve) => {
        backstop = setTimeout(() => resolve(false), closeTimeoutMs + 1000);
        backstop.unref();
      }),
    ]);
    clearTimeout(backstop);
    if (!inTime) {
      const left = registry.all() as Array<WebSocketConnection>;
      logger.warn('WebSocket connections did not close in time: terminated', { count: left.length });
      for (const conn of left) conn.terminate();
    }
    for (const entry of entries.values()) entry.wss.close();
    if (rateLimits !== deps.rateLimits) await rateLimits.close();
  }

  return {
    registry,
    close(code = 1000, reason = 'server shutting down') {
      closed ??= closeAll(code, reason);
      return closed;
    },
  };
}

/** A realtime server as the per-HTTP-server upgrade router sees it. */
interface UpgradeTarget {
  owns(path: string): boolean;
  onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/**
 * One `upgrade` listener per HTTP server, whatever the number of `attachRealtimeServer` calls on
 * it: two listeners would both answer the same socket. A path goes to the most recently attached
 * realtime server that has a channel there (so a test or bench harness can replace a channel of
 * the server `startServer` built); any other path to the most recent one, which answers 404.
 */
const routers = new WeakMap<
  object,
  { add(target: UpgradeTarget): void; owner(path: string): UpgradeTarget | undefined }
>();

function routerOf(server: http.Server | https.Server) {
  let router = routers.get(server);
  if (router === undefined) {
    const targets: UpgradeTarget[] = [];
    const owner = (path: string) => targets.findLast((target) => target.owns(path));
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      // Already answered by an earlier listener (the connection cap).
      if (socket.writableEnded || socket.destroyed) return;
      const target = owner(pathOf(req.url)) ?? targets.at(-1);
      if (target === undefined) socket.destroy();
      else target.onUpgrade(req, socket, head);
    });
    router = { add: (target) => targets.push(target), owner };
    routers.set(server, router);
  }
  return router;
}

function validateChannel(channel: ChannelDefinition): void {
  const { name, heartbeat, maxPayloadBytes, maxBufferedBytes } = channel;
  if (!channel.path.startsWith('/')) throw new Error(`channel ${name}: path must start with '/', got ${channel.path}`);
  if (!(heartbeat.intervalMs > 0 && heartbeat.timeoutMs > heartbeat.intervalMs)) {
    // The read deadline is refreshed by the pong to each ping: it must outlast one ping interval.
    throw new Error(
      `channel ${name}: heartbeat.timeoutMs (${heartbeat.timeoutMs}) must be larger than heartbeat.intervalMs (${heartbeat.intervalMs}) > 0`,
    );
  }
  if (!(maxPayloadBytes > 0)) throw new Error(`channel ${name}: maxPayloadBytes must be positive`);
  if (!(maxBufferedBytes > 0)) throw new Error(`channel ${name}: maxBufferedBytes must be positive`);
}

function defaultMetricsLabel(name: string): string {
  if (name === 'clientChannel') return 'client';
  if (name === 'gatewayEvents') return 'gateway';
  return name;
}

/** Every message type of an AsyncAPI channel, both directions, from the generated metadata. */
function specMessageTypes(name: string): string[] {
  const meta = (asyncApiChannels as Record<string, { server?: { messages: object }; client?: { messages: object } }>)[
    name
  ];
  if (meta === undefined) return [];
  return [...Object.keys(meta.server?.messages ?? {}), ...Object.keys(meta.client?.messages ?? {})];
}

/** What `ws` would refuse with a plain-text 400, refused here with the envelope instead. */
function handshakeProblem(req: IncomingMessage): string | undefined {
  if (req.method !== 'GET') return `a WebSocket handshake must be a GET, not ${req.method ?? '?'}`;
  if (headerOf(req, 'upgrade')?.toLowerCase() !== 'websocket') return 'the Upgrade header must be "websocket"';
  const key = headerOf(req, 'sec-websocket-key');
  if (key === undefined || !WEBSOCKET_KEY.test(key)) return 'missing or invalid Sec-WebSocket-Key';
  const version = headerOf(req, 'sec-websocket-version');
  if (version !== '13' && version !== '8') return 'unsupported Sec-WebSocket-Version (13 is supported)';
  return undefined;
}

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The peer's address; IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is shown as IPv4 so one host has one bucket. */
export function remoteAddressOf(req: IncomingMessage): string {
  return normalizeAddress(req.socket.remoteAddress);
}
