/** The soak's verdicts on errors and memory. Pure functions, no I/O. */

/** An injected fault: from injection until the harness saw the system healthy again (ms, monotonic). */
export interface FaultWindow {
  kind: string;
  startedAt: number;
  recoveredAt: number;
}

/**
 * Whether a call that ran from `startedAt` to `endedAt` overlaps a fault window, stretched by
 * `graceMs` after recovery (clients and pools settle a little after the harness's probe passes).
 */
export function duringFault(
  windows: readonly FaultWindow[],
  startedAt: number,
  endedAt: number,
  graceMs: number,
): FaultWindow | undefined {
  return windows.find((window) => startedAt <= window.recoveredAt + graceMs && endedAt >= window.startedAt);
}

/** Error codes a 5xx may carry while a dependency or an instance is down (docs/errors.md). */
export const FAULT_5XX_CODES: ReadonlySet<string> = new Set(['database_unavailable', 'service_unavailable']);

export interface RssSample {
  /** seconds since the load started */
  t: number;
  mib: number;
}

export interface RssSpread {
  samples: number;
  fromS: number;
  toS: number;
  minMiB: number;
  maxMiB: number;
  /** max / min − 1 */
  spread: number;
}

/** Spread of the samples taken in the last `windowS` seconds up to `endS`; undefined without samples. */
export function rssSpread(samples: readonly RssSample[], endS: number, windowS: number): RssSpread | undefined {
  const inWindow = samples.filter((sample) => sample.t >= endS - windowS && sample.t <= endS);
  if (inWindow.length === 0) return undefined;
  const values = inWindow.map((sample) => sample.mib);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    samples: inWindow.length,
    fromS: inWindow[0]?.t ?? 0,
    toS: inWindow[inWindow.length - 1]?.t ?? 0,
    minMiB: min,
    maxMiB: max,
    spread: min > 0 ? max / min - 1 : Number.POSITIVE_INFINITY,
  };
}

export interface RssFloor extends RssSpread {
  /** the per-bucket minima, oldest first */
  floors: number[];
  /** last floor / first floor − 1: how much the floor rose over the window (negative when it fell) */
  growth: number;
}

/**
 * The RSS floor over the last `windowS` seconds: the lowest sample of each `bucketS`-long slice
 * (what is left after the garbage collector's cycle), their spread, and how much the floor rose
 * from the first slice to the last. A V8 heap grows between major collections and drops back at
 * each, so raw samples swing widely on a steady load; a leak shows as a rising floor (`growth`),
 * which the swing does not hide. A floor that falls is not a leak.
 * The default slice is half the window: a major collection can be more than a minute apart under
 * load, so a slice must be long enough to hold one.
 */
export function rssFloor(
  samples: readonly RssSample[],
  endS: number,
  windowS: number,
  bucketS = windowS / 2,
): RssFloor | undefined {
  const inWindow = samples.filter((sample) => sample.t >= endS - windowS && sample.t <= endS);
  if (inWindow.length === 0) return undefined;
  const buckets = new Map<number, number>();
  for (const sample of inWindow) {
    const bucket = Math.min(Math.floor((endS - sample.t) / bucketS), Math.ceil(windowS / bucketS) - 1);
    buckets.set(bucket, Math.min(buckets.get(bucket) ?? Number.POSITIVE_INFINITY, sample.mib));
  }
  const floors = [...buckets.entries()].sort(([a], [b]) => b - a).map(([, mib]) => mib);
  const spread = rssSpread(
    floors.map((mib, index) => ({ t: index, mib })),
    floors.length,
    floors.length,
  ) as RssSpread;
  const growth = (floors.at(-1) ?? 0) / (floors[0] ?? 1) - 1;
  return {
    ...spread,
    samples: inWindow.length,
    fromS: inWindow[0]?.t ?? 0,
    toS: inWindow.at(-1)?.t ?? 0,
    floors,
    growth,
  };
}

/** `90`, `90s`, `10m`, `1h` → seconds. */
export function parseDurationS(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(s|m|h)?$/.exec(text.trim());
  if (match === null) return undefined;
  const value = Number(match[1]) * ({ s: 1, m: 60, h: 3600 }[match[2] ?? 's'] ?? 1);
  return value > 0 ? value : undefined;
}
