import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { createApp, type CreateAppOptions } from './app.js';
import type { Config } from './config/types.js';
import { createDependencies } from './deps.js';
import type { AppDeps } from './deps.js';
import {
  answerClientErrors,
  httpServerOptions,
  limitConnections,
  resolveAdminToken,
  ServerLifecycle,
  type ShutdownHook,
} from './http/index.js';
import {
  attachRealtimeServer,
  closeRevokedConnections,
  createClientChannel,
  createGatewayEventsChannel,
  deliverQuotaWarnings,
  type ClientChannelOptions,
  type GatewayEventsChannelOptions,
  type RealtimeServer,
} from './realtime/index.js';

/** Time closing dependencies always gets, even when draining used up the deadline. */
const DEPS_CLOSE_GRACE_MS = 1000;

/** What a plugin adds to the app: handlers by operationId, the gateway api-key lookup. */
export type PluginAppOptions = Pick<CreateAppOptions, 'handlers' | 'authenticateGateway'>;

/** What a plugin gets once the HTTP(S) server exists, before it listens. */
export interface PluginServerContext {
  httpServer: http.Server | https.Server;
  deps: AppDeps;
  lifecycle: ServerLifecycle;
  /** Bound: may be destructured. */
  onShutdown: (hook: ShutdownHook) => void;
}

/**
 * A capability that needs more than handlers: the WebSocket channels attach to the HTTP server
 * and close their connections at shutdown; the gateway fleet adds handlers and the gateway
 * api-key lookup.
 *
 * @example
 * const realtime: ServerPlugin = {
 *   name: 'realtime',
 *   attach: ({ httpServer, deps, onShutdown }) => {
 *     const ws = attachRealtimeServer({ server: httpServer, deps, channels });
 *     onShutdown(() => ws.close(1000, 'server shutting down'));
 *   },
 * };
 */
export interface ServerPlugin {
  name: string;
  /** Called with the built dependencies before the app is created. */
  app?(deps: AppDeps): PluginAppOptions | Promise<PluginAppOptions>;
  /** Called once the server exists, before it listens. */
  attach?(context: PluginServerContext): void | Promise<void>;
}

export interface StartServerOptions {
  /** Exit on SIGTERM/SIGINT after a graceful shutdown (0), or past the deadline (1). Default true. */
  handleSignals?: boolean;
  /** Dependencies already built (tests); default `createDependencies(config)`. Closed on shutdown either way. */
  deps?: AppDeps;
  /** Passed to createApp (extra handlers, gateway authentication …). */
  app?: Omit<CreateAppOptions, 'lifecycle' | 'adminToken'>;
  /** Capabilities added in order (WebSocket channels, gateway fleet …). */
  plugins?: readonly ServerPlugin[];
  /** Limits of the two WebSocket channels (tests shorten heartbeats); defaults are the spec's. */
  realtime?: {
    client?: ClientChannelOptions;
    gateway?: Omit<GatewayEventsChannelOptions, 'deps' | 'services'>;
    /** Clock of the handshake token buckets (tests); default Redis's clock, or this process's. */
    now?: () => number;
  };
  /** Where the generated admin token is printed at first start; default stdout. */
  print?: (line: string) => void;
  /** How the process ends after a signal; default `process.exit`. */
  exit?: (code: number) => void;
}

export interface RunningServer {
  /**
   * Where a client on this host connects, e.g. `https://127.0.0.1:8443`. Not always the bound
   * address: a server bound to every interface (`0.0.0.0`, `::`) is given its loopback form here,
   * because the wildcard is not an address a client can dial. The start-up log line shows both.
   */
  url: string;
  /** The address actually bound, as `httpServer.address()` reports it, e.g. `http://0.0.0.0:8443`. */
  boundUrl: string;
  port: number;
  httpServer: http.Server | https.Server;
  deps: AppDeps;
  lifecycle: ServerLifecycle;
  /** The WebSocket transport serving `/ws` and the gateway event channel. */
  realtime: RealtimeServer;
  /** Registers a hook run at shutdown after readiness turned 503 and before the listener closes. */
  onShutdown(hook: ShutdownHook): void;
  /**
   * Graceful shutdown: readiness 503, shutdown hooks, stop accepting, let in-flight
   * requests finish (cut off at `config.shutdownTimeoutMs`), close dependencies. Idempotent.
   * Resolves `true` when everything finished in time.
   */
  close(reason?: string): Promise<boolean>;
}

/**
 * The composition root: builds the dependencies once (`createDependencies`: database, bus,
 * counters, services, gateway fleet), injects them into the app and both WebSocket channels,
 * listens on HTTP or HTTPS (when `config.tls` is set), and handles SIGTERM/SIGINT. Shutdown
 * closes the channels, drains HTTP, then calls `deps.close()` once.
 *
 * @example
 * const server = await startServer(loadConfig(), { handleSignals: true });
 * console.log(server.url);
 */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  const deps = options.deps ?? (await createDependencies(config));
  const { logger } = deps;
  try {
    const admin = await resolveAdminToken({ configured: config.adminToken, stateDir: config.stateDir });
    if (admin.source === 'generated') {
      // Printed once, on the console only: the log file must never hold the secret.
      (options.print ?? ((line) => process.stdout.write(`${line}\n`)))(
        `clawgate: generated an admin token (saved to ${admin.file}; set CLAWGATE_ADMIN_TOKEN to choose one):\n  ${admin.token}`,
      );
    } else if (admin.source === 'file') {
      logger.info('using the admin token saved in the state dir', { file: admin.file });
    }

    const lifecycle = new ServerLifecycle();
    const plugins = options.plugins ?? [];
    const appOptions = await collectAppOptions(plugins, deps, options.app ?? {});
    const { app } = createApp(deps, { ...appOptions, lifecycle, adminToken: admin.token });
    // Node's timeouts bound slow clients; past the connection cap new connections get 503.
    const serverOptions = httpServerOptions(config.http);
    const httpServer = config.tls
      ? https.createServer({
          ...serverOptions,
          cert: await readFile(config.tls.certFile),
          key: await readFile(config.tls.keyFile),
        })
      : http.createServer(serverOptions);
    const limit = limitConnections(httpServer, {
      maxConnections: config.http.maxConnections,
      logger,
      metrics: deps.metrics,
      secure: config.tls !== undefined,
    });
    httpServer.on('request', limit(app));
    answerClientErrors(httpServer, deps);
    // WebSockets: both channels on this server; at shutdown every connection gets 1000 first.
    const realtime = attachRealtimeServer({
      server: httpServer,
      deps,
      maxConnections: config.ws.maxConnections,
      // Half the shutdown deadline at most: in-flight HTTP requests need the rest.
      closeTimeoutMs: Math.min(5000, Math.floor(config.shutdownTimeoutMs / 2)),
      ...(options.realtime?.now === undefined ? {} : { now: options.realtime.now }),
      channels: [
        createClientChannel(deps, deps.services, options.realtime?.client),
        // The fleet whose REST handlers the app mounted: stats and deliveries share one instance.
        createGatewayEventsChannel({ ...options.realtime?.gateway, deps, services: deps.fleet }),
      ],
    });
    lifecycle.onShutdown(() => realtime.close(1000, 'server shutting down'));
    const stopQuotaWarnings = await deliverQuotaWarnings(deps.quotas, realtime.registry);
    lifecycle.onShutdown(() => stopQuotaWarnings());
    // Revoked keys and deleted organizations close their `/ws` connections, whichever instance revoked them.
    const stopClosingRevoked = await closeRevokedConnections({ bus: deps.bus, registry: realtime.registry, logger });
    lifecycle.onShutdown(() => stopClosingRevoked());
    for (const plugin of plugins) {
      await plugin.attach?.({ httpServer, deps, lifecycle, onShutdown: (hook) => lifecycle.onShutdown(hook) });
    }
    await listen(httpServer, config.port, config.host);

    const bound = httpServer.address() as AddressInfo;
    const { port } = bound;
    const scheme = config.tls ? 'https' : 'http';
    const boundUrl = `${scheme}://${urlHost(bound.address)}:${port}`;
    const url = `${scheme}://${urlHost(connectableHost(bound.address))}:${port}`;
    const reachable = url === boundUrl ? '' : ` (reachable at ${url})`;
    logger.info(`listening on ${boundUrl}${reachable}`, {
      host: bound.address,
      port,
      tls: config.tls !== undefined,
      env: config.env,
    });

    let closing: Promise<boolean> | undefined;
    const close = (reason = 'close requested'): Promise<boolean> => {
      closing ??= shutDown({ httpServer, deps, lifecycle, timeoutMs: config.shutdownTimeoutMs, reason });
      return closing;
    };
    const running: RunningServer = {
      url,
      boundUrl,
      port,
      httpServer,
      deps,
      lifecycle,
      realtime,
      onShutdown: (hook) => lifecycle.onShutdown(hook),
      close,
    };
    if (options.handleSignals ?? true) handleSignals(running, options.exit ?? ((code) => process.exit(code)));
    return running;
  } catch (err) {
    await deps.close().catch(() => {});
    throw err;
  }
}

/** Handlers of every plugin merged over the given ones; only one plugin may authenticate gateways. */
async function collectAppOptions(
  plugins: readonly ServerPlugin[],
  deps: AppDeps,
  base: Omit<CreateAppOptions, 'lifecycle' | 'adminToken'>,
): Promise<Omit<CreateAppOptions, 'lifecycle' | 'adminToken'>> {
  const merged = { ...base, handlers: { ...base.handlers } };
  for (const plugin of plugins) {
    const added = (await plugin.app?.(deps)) ?? {};
    Object.assign(merged.handlers, added.handlers);
    if (added.authenticateGateway !== undefined) {
      if (merged.authenticateGateway !== undefined)
        throw new Error(`plugin ${plugin.name}: gateway authentication is already provided`);
      merged.authenticateGateway = added.authenticateGateway;
    }
  }
  return merged;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A wildcard address accepts connections on every interface; a client dials loopback instead. */
function connectableHost(address: string): string {
  if (address === '0.0.0.0' || address === '') return '127.0.0.1';
  if (address === '::') return '::1';
  return address;
}

function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

async function shutDown({
  httpServer,
  deps,
  lifecycle,
  timeoutMs,
  reason,
}: {
  httpServer: http.Server;
  deps: AppDeps;
  lifecycle: ServerLifecycle;
  timeoutMs: number;
  reason: string;
}): Promise<boolean> {
  const { logger } = deps;
  const deadline = Date.now() + timeoutMs;
  // 1. Readiness turns 503 before anything else.
  lifecycle.beginShutdown();
  logger.info(`shutting down: ${reason}`, { deadlineMs: timeoutMs });
  // 2. Hooks: the WebSocket layer closes its connections with 1000.
  await lifecycle.runShutdownHooks(reason, (err) => logger.error('shutdown hook failed', { error: String(err) }));
  // 3. Stop accepting; in-flight requests finish; keep-alive sockets close as soon as they are idle.
  const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  httpServer.on('request', (_req: http.IncomingMessage, res: http.ServerResponse) =>
    res.setHeader('Connection', 'close'),
  );
  const idleSweep = setInterval(() => httpServer.closeIdleConnections(), 50);
  httpServer.closeIdleConnections();
  let inTime = await Promise.race([
    drained.then(() => true),
    delay(Math.max(0, deadline - Date.now())).then(() => false),
  ]);
  clearInterval(idleSweep);
  if (!inTime) {
    logger.error(
      `shutdown deadline of ${timeoutMs} ms passed with requests still in flight: closing their connections`,
    );
    httpServer.closeAllConnections();
    await drained;
    // Let the cut-off responses emit 'close' (and be access-logged) before the logger closes.
    await new Promise((resolve) => setImmediate(resolve));
  }
  // 4. Pools, bus, Redis, then the logger (deps.close() flushes it: nothing may log after it).
  logger.info(inTime ? 'requests drained; closing dependencies' : 'closing dependencies after a forced drain');
  try {
    await Promise.race([
      deps.close(),
      // After a forced drain the deadline is spent; closing pools still gets a short grace.
      delay(Math.max(DEPS_CLOSE_GRACE_MS, deadline - Date.now())).then(() => {
        throw new Error(`dependencies did not close within ${timeoutMs} ms`);
      }),
    ]);
  } catch (err) {
    inTime = false;
    process.stderr.write(
      `clawgate: closing dependencies failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
  }
  return inTime;
}

function handleSignals(server: RunningServer, exit: (code: number) => void): void {
  let received: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received !== undefined) {
      process.stderr.write(`clawgate: second ${signal} during shutdown (after ${received}): exiting now\n`);
      exit(1);
      return;
    }
    received = signal;
    const timeoutMs = server.deps.config.shutdownTimeoutMs;
    // Past the deadline the process goes, whatever is still running; the reason is logged first.
    const force = setTimeout(
      () => {
        process.stderr.write(`clawgate: graceful shutdown did not finish within ${timeoutMs} ms: forcing exit\n`);
        exit(1);
      },
      timeoutMs + DEPS_CLOSE_GRACE_MS + 500,
    );
    force.unref();
    server.close(signal).then(
      (inTime) => {
        clearTimeout(force);
        exit(inTime ? 0 : 1);
      },
      (err: unknown) => {
        // The logger may already be closed at this point.
        process.stderr.write(`clawgate: shutdown failed: ${err instanceof Error ? err.message : String(err)}\n`);
        exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
