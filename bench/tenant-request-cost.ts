/**
 * The added cost of tenant authentication + the per-organization rate limit per request.
 *
 * One clawgate child on PostgreSQL + Redis (NODE_ENV=production). Two kinds of request to the same
 * operation, `GET /v1/models` (no handler yet: 501, the same error rendering either way), run in
 * interleaved rounds of a closed loop with `--concurrency` requests in flight:
 *   - baseline: no credential — routing, then 401 at the security step (no request validation, no
 *               PostgreSQL, no Redis);
 *   - tenant:   an API key — the authentication-failure throttle's read (Redis), the key lookup
 *               (PostgreSQL, which also returns the tier), the per-organization count (one Redis
 *               script call), request validation, then 501 with the RateLimit headers.
 * The organization's limit is raised out of the way, so every tenant request takes the full path;
 * a round whose answers are not all 401 (baseline) / 501 (tenant) fails the run.
 * Reported: medians over the rounds of each kind, and tenant − baseline.
 *
 *   npm run bench:tenant -- --database-url postgres://postgres@127.0.0.1:5432/test --redis-url redis://127.0.0.1:6379
 */
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startClawgate } from './support/clawgate.js';
import { hardDeadline, intOption, numberOption, runBench, stringOption, UsageError } from './support/options.js';
import { summarizeProfile } from './support/cpu-profile.js';
import { machineInfo } from './support/machine.js';
import { round, summarize, table } from './support/stats.js';

const HELP = `Usage: npm run bench:tenant -- --database-url URL --redis-url URL [options]

  --database-url URL     PostgreSQL (required: the cost measured is the production path)
  --redis-url URL        Redis (required)
  --concurrency N        requests in flight (default 16)
  --round-s S            seconds per round (default 5)
  --rounds N             rounds of each kind, interleaved (default 3)
  --json FILE            also write the result as JSON
  --cpu-profile          after the rounds, one more tenant round with the server CPU-profiled:
                         self time by package/folder (not part of the figures)
  --deadline S           stop whatever happens after S seconds (default 600)
  -h, --help

Exit 0: measured; 1: a round got answers other than 401 (baseline) / 501 (tenant); 2: bad usage.
`;

interface Round {
  kind: 'baseline' | 'tenant';
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
}

function parseOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      'database-url': { type: 'string' },
      'redis-url': { type: 'string' },
      concurrency: { type: 'string' },
      'round-s': { type: 'string' },
      rounds: { type: 'string' },
      json: { type: 'string' },
      'cpu-profile': { type: 'boolean' },
      deadline: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const databaseUrl = stringOption(values, 'database-url');
  const redisUrl = stringOption(values, 'redis-url');
  const help = values.help === true;
  if (!help && (databaseUrl === undefined || redisUrl === undefined))
    throw new UsageError('--database-url and --redis-url are required: the cost measured is the production path');
  return {
    help,
    databaseUrl: databaseUrl ?? '',
    redisUrl: redisUrl ?? '',
    concurrency: intOption(values, 'concurrency', 16, 1),
    roundMs: numberOption(values, 'round-s', 5) * 1000,
    rounds: intOption(values, 'rounds', 3, 1),
    json: stringOption(values, 'json'),
    cpuProfile: values['cpu-profile'] === true,
    deadlineS: intOption(values, 'deadline', 600, 10),
  };
}

/** The only answers each kind may get: anything else means the run did not measure what it says. */
const EXPECTED_STATUS: Record<Round['kind'], number> = { baseline: 401, tenant: 501 };

async function main(settings: Omit<ReturnType<typeof parseOptions>, 'help'>): Promise<number> {
  hardDeadline(settings.deadlineS * 1000, 'bench:tenant');
  const { concurrency, roundMs, rounds } = settings;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'clawgate-bench-tenant-'));
  const { server, client } = await startClawgate({
    workDir,
    databaseUrl: settings.databaseUrl,
    redisUrl: settings.redisUrl,
    maxConnections: 1000,
    nodeEnv: 'production',
    env: { CLAWGATE_TIER_OPEN_SOURCE_RATE_LIMIT_PER_MINUTE: String(1_000_000_000) },
  });
  const created = await client.createOrg({ body: { name: `bench-tenant-${Date.now()}`, tier: 'open_source' } });
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL('/v1/models', server.url);
  const headersOf = { baseline: {}, tenant: { 'x-api-key': created.apiKey.key } };
  try {
    // Warm-up: JIT, connection pools, the script cached in Redis.
    await loop('tenant', 2000);
    await loop('baseline', 2000);
    const results: Round[] = [];
    for (let i = 0; i < rounds; i += 1) {
      for (const kind of i % 2 === 0 ? (['baseline', 'tenant'] as const) : (['tenant', 'baseline'] as const)) {
        const result = await loop(kind, roundMs);
        results.push(result);
        process.stderr.write(`${kind}: ${JSON.stringify(result)}\n`);
      }
    }
    const median = (kind: Round['kind'], key: 'perSecond' | 'p50' | 'p99') => {
      const sorted = results
        .filter((r) => r.kind === kind)
        .map((r) => r[key])
        .sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] as number;
    };
    const summary = {
      baseline: {
        perSecond: median('baseline', 'perSecond'),
        p50: median('baseline', 'p50'),
        p99: median('baseline', 'p99'),
      },
      tenant: { perSecond: median('tenant', 'perSecond'), p50: median('tenant', 'p50'), p99: median('tenant', 'p99') },
    };
    const added = {
      p50Ms: round(summary.tenant.p50 - summary.baseline.p50, 3),
      p99Ms: round(summary.tenant.p99 - summary.baseline.p99, 3),
      throughputRatio: round(summary.tenant.perSecond / summary.baseline.perSecond, 3),
    };
    process.stdout.write(
      table([
        ['', 'req/s', 'p50 ms', 'p99 ms'],
        ['baseline (no credential → 401)', summary.baseline.perSecond, summary.baseline.p50, summary.baseline.p99],
        ['tenant (auth + rate limit → 501)', summary.tenant.perSecond, summary.tenant.p50, summary.tenant.p99],
        ['added / ratio', added.throughputRatio, added.p50Ms, added.p99Ms],
      ]) + '\n',
    );
    if (settings.cpuProfile) {
      await server.startProfile();
      await loop('tenant', roundMs);
      const shares = summarizeProfile(await server.stopProfile());
      process.stdout.write(
        '\nserver self time during a profiled tenant round:\n' +
          table([['where', 'self ms', '%'], ...shares.map((share) => [share.where, share.selfMs, share.percent])]) +
          '\n',
      );
    }
    if (settings.json !== undefined) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(
        settings.json,
        JSON.stringify({ concurrency, roundMs, rounds: results, summary, added, machine: machineInfo() }, null, 2),
      );
    }
    const unexpected = results.filter((r) =>
      Object.keys(r.statuses).some((status) => Number(status) !== EXPECTED_STATUS[r.kind]),
    );
    for (const r of unexpected)
      process.stderr.write(
        `bench:tenant: a ${r.kind} round got ${JSON.stringify(r.statuses)}, expected only ${EXPECTED_STATUS[r.kind]}\n`,
      );
    return unexpected.length === 0 ? 0 : 1;
  } finally {
    await client.deleteOrg({ params: { orgId: created.org.id } }).catch(() => {});
    agent.destroy();
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }

  /** A closed loop of `concurrency` workers for `ms`, one kind of request. */
  async function loop(kind: Round['kind'], ms: number): Promise<Round> {
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const started = performance.now();
    const deadline = started + ms;
    const worker = async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        const status = await get(kind);
        latencies.push(performance.now() - sent);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const elapsed = performance.now() - started;
    const summary = summarize(latencies);
    return {
      kind,
      requests: latencies.length,
      perSecond: Math.round((latencies.length / elapsed) * 1000),
      p50: round(summary.p50, 3),
      p99: round(summary.p99, 3),
      statuses,
    };
  }

  function get(kind: Round['kind']): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.get(url, { agent, headers: headersOf[kind] }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  }
}

runBench('bench:tenant', HELP, parseOptions, main);
