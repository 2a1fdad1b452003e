import type { AppDeps } from '../../deps.js';
import type { BuildInfo } from '../build-info.js';
import type { HealthChecks } from '../health.js';
import type { ServerLifecycle } from '../lifecycle.js';
import { HANDLED, type OperationHandlerMap } from '../operations.js';

export interface HealthHandlerDeps {
  deps: Pick<AppDeps, 'config' | 'db' | 'bus' | 'metrics'>;
  health: HealthChecks;
  lifecycle: ServerLifecycle;
  build: BuildInfo;
}

/** getLiveness, getReadiness, getHealth, getInfo, getMetrics. */
export function healthHandlers({ deps, health, lifecycle, build }: HealthHandlerDeps) {
  return {
    getLiveness() {
      return { status: 200, body: { status: 'ok', uptimeSeconds: lifecycle.uptimeSeconds() } };
    },

    async getReadiness() {
      const { ready, checks } = await health.readiness();
      return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not_ready', checks } };
    },

    async getHealth() {
      const { healthy, checks } = await health.report();
      return {
        status: healthy ? 200 : 503,
        body: { status: healthy ? 'ok' : 'down', timestamp: new Date().toISOString(), uptimeSeconds: lifecycle.uptimeSeconds(), checks },
      };
    },

    getInfo() {
      return {
        status: 200,
        body: {
          name: build.name,
          version: build.version,
          commit: build.commit,
          uptimeSeconds: lifecycle.uptimeSeconds(),
          mode: { database: deps.db.kind, bus: deps.bus.kind },
          env: deps.config.env,
        },
      };
    },

    async getMetrics(_input, { res }): Promise<typeof HANDLED> {
      const { registry } = deps.metrics;
      const text = await registry.metrics();
      res.status(200).type(registry.contentType).send(text);
      return HANDLED;
    },
  } satisfies OperationHandlerMap;
}
