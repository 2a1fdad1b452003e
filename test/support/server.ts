import { createRequire } from 'node:module';
import type { Express } from 'express';
import inject from 'light-my-request';
import { createApp } from '../../src/app.js';
import type { Config } from '../../src/config/types.js';
import type { AppDeps } from '../../src/deps.js';
import type { GatewayFleet } from '../../src/gateways/index.js';
import { startServer, type RunningServer, type StartServerOptions } from '../../src/main.js';
import type { RealtimeServer } from '../../src/realtime/index.js';
import type { ConfigOverrides, TestBackend } from './backends.js';

/*
 * The one place tests build a clawgate server: startTestServer (a real listener, for sockets,
 * WebSockets, shutdown, TLS) and createTestApp (the same app in-process, for HTTP semantics).
 * Both take their storage from a TestBackend (forEachBackend), so each test file's data is its own.
 */

export interface TestServerOptions {
  /** Merged into the backend's test config (fresh storage). Ignored when `deps` is given. */
  config?: ConfigOverrides;
  /** Dependencies already built: a restart (`backend.restart`) or a second instance on the same storage. */
  deps?: AppDeps;
  /** Events kept per gateway in the event log; default the fleet's. Ignored when `deps` is given. */
  retention?: number;
  /** Passed to startServer / createApp (extra handlers …). */
  app?: StartServerOptions['app'];
  /** Limits of the two WebSocket channels (short heartbeats, poll intervals …). */
  realtime?: StartServerOptions['realtime'];
  plugins?: StartServerOptions['plugins'];
  /** Where a generated admin token is printed; default nowhere. */
  print?: StartServerOptions['print'];
}

/** What both harnesses offer: requests as fetch `Response`s, with or without the admin token. */
export interface TestTarget {
  config: Config;
  deps: AppDeps;
  /** The fleet whose REST handlers the app mounted (and, on a listener, whose event channel it serves). */
  fleet: GatewayFleet;
  /** The configured admin token (`TEST_ADMIN_TOKEN`), or undefined when the server generated one. */
  adminToken: string | undefined;
  /** `Authorization: Bearer <admin token>` and a JSON content type, plus `extra`. */
  adminHeaders(extra?: Record<string, string>): Record<string, string>;
  /** A request: `request('/health/live')`, `request('/v1/orgs', { method: 'POST', headers, body })`. */
  request(pathAndQuery: string, init?: RequestInit): Promise<Response>;
  /** A request with the admin token; `body` is sent as JSON. */
  admin(
    pathAndQuery: string,
    init?: { method?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Closes what the harness opened (the server, its dependencies). Idempotent. */
  close(): Promise<void>;
}

export interface TestServer extends TestTarget {
  /** `http://127.0.0.1:<port>` (https with TLS) */
  url: string;
  /** `ws://127.0.0.1:<port>` */
  wsUrl: string;
  running: RunningServer;
  realtime: RealtimeServer;
}

async function resolveDeps(backend: TestBackend, options: TestServerOptions): Promise<AppDeps> {
  return (
    options.deps ??
    backend.createDeps({
      ...(options.config === undefined ? {} : { config: options.config }),
      ...(options.retention === undefined ? {} : { deps: { eventRetention: options.retention } }),
    })
  );
}

function targetRequests(
  adminToken: string | undefined,
  request: TestTarget['request'],
): Pick<TestTarget, 'adminHeaders' | 'request' | 'admin'> {
  const adminHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
    authorization: `Bearer ${adminToken ?? ''}`,
    'content-type': 'application/json',
    ...extra,
  });
  return {
    adminHeaders,
    request,
    admin(pathAndQuery, init = {}) {
      const body = init.body === undefined ? {} : { body: JSON.stringify(init.body) };
      return request(pathAndQuery, { method: init.method ?? 'GET', headers: adminHeaders(init.headers), ...body });
    },
  };
}

/**
 * startServer (src/main.ts) on 127.0.0.1, port 0, on the backend's storage, signals not handled.
 * `close()` is the graceful shutdown and closes the dependencies too.
 *
 * @example
 * forEachBackend((backend) => {
 *   let server: TestServer | undefined;
 *   before(async () => { server = await startTestServer(backend); });
 *   after(() => server?.close());
 * });
 */
export async function startTestServer(backend: TestBackend, options: TestServerOptions = {}): Promise<TestServer> {
  const deps = await resolveDeps(backend, options);
  const { fleet } = deps;
  const running = await startServer(deps.config, {
    deps,
    handleSignals: false,
    ...(options.app === undefined ? {} : { app: options.app }),
    print: options.print ?? (() => {}),
    ...(options.realtime === undefined ? {} : { realtime: options.realtime }),
    ...(options.plugins === undefined ? {} : { plugins: options.plugins }),
  });
  const { config } = deps;
  return {
    url: running.url,
    wsUrl: running.url.replace(/^http/, 'ws'),
    config,
    deps,
    fleet,
    running,
    realtime: running.realtime,
    adminToken: config.adminToken,
    ...targetRequests(config.adminToken, (pathAndQuery, init) => fetch(new URL(pathAndQuery, running.url), init)),
    async close() {
      await running.close('test finished');
    },
  };
}

const require = createRequire(import.meta.url);
const LightRequest = require('light-my-request/lib/request.js') as { prototype: object };
const LightResponse = require('light-my-request/lib/response.js') as { prototype: object };

/**
 * A dispatch function for light-my-request. Given an Express app, light-my-request re-parents
 * Express's shared request/response prototypes onto its fakes, which breaks every real server in
 * the same process (mocha workers run many files); this re-parents only this app's own.
 */
function inProcessDispatch(app: Express): inject.DispatchFunc {
  for (const [own, light] of [
    [app.request, LightRequest],
    [app.response, LightResponse],
  ] as const) {
    const shared: object = Object.getPrototypeOf(own) as object;
    Object.setPrototypeOf(own, Object.create(light.prototype, Object.getOwnPropertyDescriptors(shared)) as object);
  }
  return (req, res) => {
    app(req, res);
  };
}

/**
 * createApp on the backend's storage, answering requests in-process (light-my-request): no
 * listener, no socket. For tests about HTTP semantics: statuses, headers, bodies, validation.
 */
export async function createTestApp(
  backend: TestBackend,
  options: Omit<TestServerOptions, 'realtime' | 'plugins' | 'print'> = {},
): Promise<TestTarget> {
  const deps = await resolveDeps(backend, options);
  const { fleet } = deps;
  const { app } = createApp(deps, { ...options.app });
  const dispatch = inProcessDispatch(app);
  const { config } = deps;
  return {
    config,
    deps,
    fleet,
    adminToken: config.adminToken,
    ...targetRequests(config.adminToken, async (pathAndQuery, init = {}) => {
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const hasBody = init.body !== undefined && init.body !== null;
      const body = hasBody ? await new Response(init.body).arrayBuffer() : undefined;
      const res = await inject(dispatch, {
        method: init.method ?? 'GET',
        url: pathAndQuery,
        headers,
        ...(body === undefined ? {} : { payload: Buffer.from(body) }),
      });
      const responseHeaders = new Headers();
      for (const [name, value] of Object.entries(res.headers)) {
        if (value === undefined) continue;
        for (const one of Array.isArray(value) ? value : [String(value)]) responseHeaders.append(name, one);
      }
      const noBody = res.statusCode === 204 || res.statusCode === 304 || init.method === 'HEAD';
      return new Response(noBody ? null : res.rawPayload, { status: res.statusCode, headers: responseHeaders });
    }),
    close: () => deps.close(),
  };
}
