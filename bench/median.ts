/**
 * Median of several bench runs (the figures in docs/performance.md are medians of 3):
 *
 *   npm run bench:events -- --json /tmp/events-1.json   # … -2, -3
 *   npm run bench:median -- /tmp/events-1.json /tmp/events-2.json /tmp/events-3.json
 *
 * Works for the JSON of both benches: every numeric figure of `clawgate` and `baseline` is reduced
 * to its median (a side missing from a run is left out of that side's median); the headline
 * figures are printed as a table, all of them as JSON.
 */
import { readFileSync } from 'node:fs';
import { ratio, table } from './support/stats.js';

const HEADLINES: Record<string, string[]> = {
  'gateway-events': [
    'connections',
    'deliveredFrames',
    'missingFrames',
    'deliveredFramesPerS',
    'endToEnd.p50',
    'endToEnd.p95',
    'endToEnd.p99',
    'endToEnd.max',
    'rest.p50',
    'rest.p99',
    'serverCpuPercent',
    'serverCpuMsPerEvent',
    'idleCpuPercent',
    'serverRssMiB',
    'frameBytes',
  ],
  'idle-connections': [
    'sample.heapAndExternalKiB',
    'sample.totalMiB',
    'sample.rssKiB',
    'all.heapAndExternalKiB',
    'all.totalMiB',
    'all.rssKiB',
    'points.1.idleCpuPercent',
    'points.2.idleCpuPercent',
    'points.0.rssMiB',
    'points.2.rssMiB',
    'points.2.serverActiveConnections',
    'connectMs',
    'handshake.p99',
  ],
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function flatten(value: Json, prefix: string, out: Map<string, number>): void {
  if (typeof value === 'number') out.set(prefix, value);
  else if (Array.isArray(value))
    value.forEach((item, index) => flatten(item, prefix === '' ? String(index) : `${prefix}.${index}`, out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) flatten(item, prefix === '' ? key : `${prefix}.${key}`, out);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function medians(runs: Json[]): Record<string, number> {
  const samples = new Map<string, number[]>();
  for (const run of runs) {
    if (run === null || typeof run !== 'object' || 'unavailable' in run) continue;
    const flat = new Map<string, number>();
    flatten(run, '', flat);
    for (const [key, value] of flat) samples.set(key, [...(samples.get(key) ?? []), value]);
  }
  return Object.fromEntries([...samples].map(([key, values]) => [key, median(values)]));
}

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run bench:median -- run-1.json run-2.json run-3.json\n');
  process.exit(2);
}
const runs = files.map(
  (file) =>
    JSON.parse(readFileSync(file, 'utf8')) as {
      bench: string;
      clawgate: Json;
      baseline: Json;
      machine?: Json;
      options?: Json;
    },
);
const bench = runs[0]?.bench ?? '';
if (runs.some((run) => run.bench !== bench)) {
  process.stderr.write('the files come from different benches\n');
  process.exit(2);
}
const clawgate = medians(runs.map((run) => run.clawgate));
const baseline = medians(runs.map((run) => run.baseline));
const rows: Array<Array<string | number | null | undefined>> = [
  [`median of ${runs.length} (${bench})`, 'clawgate', 'baseline', 'ratio'],
];
for (const key of HEADLINES[bench] ?? Object.keys(clawgate))
  rows.push([key, clawgate[key], baseline[key], ratio(clawgate[key], baseline[key])]);
process.stdout.write(`${table(rows)}\n\n${JSON.stringify({ bench, runs: files, clawgate, baseline }, null, 2)}\n`);
