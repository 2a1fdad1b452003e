export { periodOf, type QuotaPeriod } from './period.js';
export {
  QUOTA_NAMES,
  QUOTA_WARNING_TOPIC,
  QuotaEngine,
  type ConcurrentQuota,
  type MonthlyQuota,
  type QuotaEngineOptions,
  type QuotaGrant,
  type QuotaLease,
  type QuotaName,
  type QuotaUsageReport,
  type QuotaWarning,
} from './quota-engine.js';
