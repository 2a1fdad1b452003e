import type { Logger } from 'winston';
import type { Bus } from './bus/bus.js';
import type { Config } from './config/types.js';
import type { CounterStore } from './limits/counter-store.js';
import type { Metrics } from './observability/metrics.js';
import type { Database } from './store/database.js';

/** Everything the app is built from. `createDependencies(config)` builds it; tests may pass their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  db: Database;
  bus: Bus;
  counters: CounterStore;
  /** Present when REDIS_URL is configured; the readiness check pings it. */
  redis?: { ping(): Promise<void> };
  /** Closes everything built here (bus, counters, Redis clients, database), in that order. */
  close(): Promise<void>;
}
