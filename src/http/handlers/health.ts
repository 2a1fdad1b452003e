import type { AppDeps } from '../../deps.js';
import type { VersionInfo } from '../../version.js';
import type { HealthChecks } from '../health.js';
import type { ServerLifecycle } from '../lifecycle.js';
import type { AppHandlers } from '../request-state.js';

export interface HealthHandlerDeps {
  deps: Pick<AppDeps, 'config' | 'db' | 'bus' | 'metrics'>;
  health: HealthChecks;
  lifecycle: ServerLifecycle;
  build: VersionInfo;
}

type HealthOperations = Pick<AppHandlers, 'getLiveness' | 'getReadiness' | 'getHealth' | 'getInfo' | 'getMetrics'>;

/** getLiveness, getReadiness, getHealth, getInfo, getMetrics. */
export function healthHandlers({ deps, health, lifecycle, build }: HealthHandlerDeps): HealthOperations {
  return {
    getLiveness() {
      return { status: 200, body: { status: 'ok', uptimeSeconds: lifecycle.uptimeSeconds() } };
    },

    async getReadiness() {
      const { ready, checks } = await health.readiness();
      return ready
        ? { status: 200, body: { status: 'ready', checks } }
        : { status: 503, body: { status: 'not_ready', checks } };
    },

    async getHealth() {
      const { healthy, checks } = await health.report();
      const report = { timestamp: new Date().toISOString(), uptimeSeconds: lifecycle.uptimeSeconds(), checks };
      return healthy
        ? { status: 200, body: { status: 'ok', ...report } }
        : { status: 503, body: { status: 'down', ...report } };
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

    async getMetrics() {
      return { status: 200, contentType: 'text/plain; version=0.0.4', body: await deps.metrics.registry.metrics() };
    },
  };
}
