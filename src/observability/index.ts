export { currentContext, runWithContext, type RequestContext } from './context.js';
export { pickCorrelationId } from './correlation-id.js';
export { closeLogger, createLogger, logFileLayout, type Logger } from './logger.js';
export { createMetrics, type Metrics } from './metrics.js';
export { instrumentRedis } from './redis-metrics.js';
export { isSecretKey, redact, REDACTED } from './redact.js';
