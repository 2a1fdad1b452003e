import type { AppDeps } from '../deps.js';

/** The logger and metrics as the HTTP layer sees them (built by `createDependencies`). */
export type HttpLogger = AppDeps['logger'];
export type HttpMetrics = AppDeps['metrics'];
