/** A monthly quota period: the UTC calendar month that contains a moment. */
export interface QuotaPeriod {
  /** `YYYY-MM`, the key monthly counters are stored under */
  key: string;
  /** 00:00 UTC on the 1st */
  start: Date;
  /** 00:00 UTC on the 1st of the next month: when the monthly quotas reset */
  end: Date;
}

/**
 * The UTC month of `at`. Monthly counters are keyed by it, so a new month starts from zero by
 * itself: there is no reset job to miss.
 *
 * @example
 * periodOf(new Date('2025-10-15T10:00:00Z')).key; // '2025-10'
 */
export function periodOf(at: Date): QuotaPeriod {
  const year = at.getUTCFullYear();
  const month = at.getUTCMonth();
  return {
    key: `${year}-${String(month + 1).padStart(2, '0')}`,
    start: new Date(Date.UTC(year, month, 1)),
    end: new Date(Date.UTC(year, month + 1, 1)),
  };
}
