import { writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { fromPackageRoot } from '../src/package-root.js';
import { loadOpenApi } from './openapi-model.js';
import { loadAsyncApi, type AsyncApiModel } from './asyncapi-model.js';
import { SchemaValidator } from './json-schema.js';
import {
  Coverage,
  formatCheckLine,
  formatJunit,
  formatReport,
  summarize,
  type CheckResult,
  type RunSummary,
} from './report.js';
import { interpolateMap, type RunContext } from './run-context.js';
import { runOperationChecks } from './rest-checks.js';
import { loadScenarios, runScenario, type Scenario } from './scenarios.js';
import { runChannelChecks } from './ws-checks.js';
import { runFuzzChecks, type FuzzStats } from './fuzz.js';
import { runTenancyChecks } from './tenancy-checks.js';
import { DEFAULT_FUZZ_RUNS, DEFAULT_SEED } from './defaults.js';
import { remoteTarget, startInProcessServer, type InProcessOptions, type Target } from './target.js';

export type { RunSummary, CheckResult } from './report.js';
export { DEFAULT_FUZZ_RUNS, DEFAULT_SEED } from './defaults.js';

export interface ContractTestOptions {
  /** Test a running deployment at this base URL; default: start clawgate in-process. */
  url?: string;
  /** Admin token of that deployment (in-process: generated). */
  adminToken?: string;
  /** A tenant API key to act as; default: the setup scenario creates an organization and its key. */
  apiKey?: string;
  /** default `specs/openapi.yaml` of this package */
  openapi?: string;
  /** default `specs/asyncapi.yaml` of this package; `false` skips WebSocket checks */
  asyncapi?: string | false;
  /** scenario directory; default `contract-tests/scenarios` */
  scenarios?: string;
  /** Operations answering 501 and unreachable channels are reported but do not fail the run. */
  allowNotImplemented?: boolean;
  /** write JUnit XML here */
  junit?: string;
  /** handshakes fired at once to provoke the WebSocket rate limit; 0 skips that check; default 40 */
  rateLimitProbe?: number;
  /** wait for a WebSocket reply frame; default 3000 ms */
  replyTimeoutMs?: number;
  /** seed for generated data and the property-based requests (printed, so a run can be repeated); default 1 */
  seed?: number;
  /** property-based requests in all, spread over the operations; 0 skips them; default `DEFAULT_FUZZ_RUNS` */
  runs?: number;
  /** in-process server on real PostgreSQL / Redis */
  databaseUrl?: string;
  redisUrl?: string;
  /** where lines go; default stdout */
  out?: (line: string) => void;
  /**
   * Progress while the runner starts its own server, written as it happens (no newline added);
   * default stderr, so stdout stays the report.
   */
  progress?: (text: string) => void;
}

const fromRoot = (rel: string) => fromPackageRoot(rel);

/**
 * Runs the contract tests against a live server and returns what happened. Steps:
 * 1. read both specs; 2. start the server (or use `url`); 3. setup scenarios (credentials);
 * 4. per-operation REST checks; 5. scenarios (stateful flows, WebSocket triggers);
 * 6. per-channel WebSocket checks, then the tenancy limits (rate limit, /ws quota); 7. property-based
 * requests (last: they may leave many resources behind); 8. coverage and verdict.
 */
export async function runContractTests(options: ContractTestOptions = {}): Promise<RunSummary> {
  const out = options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const openapiFile = options.openapi ?? fromRoot('specs/openapi.yaml');
  const asyncapiFile = options.asyncapi === false ? undefined : (options.asyncapi ?? fromRoot('specs/asyncapi.yaml'));
  const openapi = await loadOpenApi(openapiFile);
  const asyncapi: AsyncApiModel | undefined = asyncapiFile ? await loadAsyncApi(asyncapiFile) : undefined;
  const scenarios = await loadScenarios(options.scenarios ?? fromRoot('contract-tests/scenarios'));
  const seed = options.seed ?? DEFAULT_SEED;
  const runs = options.runs ?? DEFAULT_FUZZ_RUNS;

  const target: Target = options.url
    ? remoteTarget(options.url, options.adminToken)
    : await startWithProgress(
        {
          ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
          ...(options.redisUrl ? { redisUrl: options.redisUrl } : {}),
        },
        options.progress ?? ((text) => process.stderr.write(text)),
      );
  out(`clawgate contract tests against ${target.description}`);
  out(
    `specs: ${openapiFile}${asyncapiFile ? `, ${asyncapiFile}` : ''}; ${scenarios.length} scenario file(s); ` +
      `seed ${seed}, ${runs} property-based request(s) (--seed ${seed} --runs ${runs} repeats them)`,
  );
  if (options.allowNotImplemented) {
    out(
      '--allow-not-implemented: operations answering 501 and unreachable channels are reported as N-I and do not fail this run',
    );
  }
  out('');

  const checks: CheckResult[] = [];
  let fuzz: FuzzStats | undefined;
  const coverage = new Coverage(openapi, asyncapi);
  const setup = scenarios.filter((s) => s.setup);
  const vars = new Map<string, string>([['run', randomBytes(4).toString('hex')]]);
  const secrets = new Map<string, string>();
  const adminToken = options.adminToken ?? target.adminToken;
  if (adminToken) {
    vars.set('adminToken', adminToken);
    secrets.set(adminToken, 'CT_ADMIN_TOKEN');
  }
  if (options.apiKey) {
    vars.set('apiKey', options.apiKey);
    secrets.set(options.apiKey, 'CT_API_KEY');
  }
  let seedCounter = seed;
  let lastRecordedAt = performance.now();
  const merged = (pick: (s: Scenario) => Record<string, string> | undefined) => () =>
    Object.assign({}, ...setup.map((s) => interpolateMap(pick(s), vars))) as Record<string, string>;
  const ctx: RunContext = {
    baseUrl: target.baseUrl,
    openapi,
    ...(asyncapi ? { asyncapi } : {}),
    validator: new SchemaValidator(),
    coverage,
    vars,
    secrets,
    credentials: merged((s) => s.credentials),
    otherCredentials: merged((s) => s.otherCredentials),
    websocket(channelId) {
      const specs = setup.map((s) => s.websocket?.[channelId]).filter((w) => w !== undefined);
      if (specs.length === 0) return undefined;
      const headers: Record<string, string> = {};
      const query: Record<string, string> = {};
      const missing: string[] = [];
      for (const w of specs) {
        const h = interpolateMap(w.headers, vars);
        const q = interpolateMap(w.query, vars);
        missing.push(
          ...Object.keys(w.headers ?? {}).filter((k) => !(k in h)),
          ...Object.keys(w.query ?? {}).filter((k) => !(k in q)),
        );
        Object.assign(headers, h);
        Object.assign(query, q);
      }
      return { headers, query, missing };
    },
    setupNotImplemented: [],
    record(check) {
      if (check.kind === 'setup' && check.status === 'not-implemented')
        ctx.setupNotImplemented.push(`${check.subject} ${check.name}`);
      const now = performance.now();
      checks.push({ ...check, durationMs: check.durationMs ?? now - lastRecordedAt });
      lastRecordedAt = now;
      out(formatCheckLine(check));
    },
    seed: () => seedCounter++,
  };

  try {
    for (const scenario of setup) await runScenario(ctx, scenario);
    await runOperationChecks(ctx);
    for (const scenario of scenarios.filter((s) => !s.setup)) await runScenario(ctx, scenario);
    for (const channel of asyncapi?.channels ?? []) {
      await runChannelChecks(ctx, channel, {
        rateLimitProbe: options.rateLimitProbe ?? 40,
        replyTimeoutMs: options.replyTimeoutMs ?? 3000,
      });
    }
    // After the channel checks, which need this address's handshake budget whole; these wait for it.
    await runTenancyChecks(ctx);
    fuzz = await runFuzzChecks(ctx, { seed, runs });
  } finally {
    try {
      await target.stop();
    } catch (err) {
      // Not a contract failure, but the operator should know the server did not stop cleanly.
      out(`warning: stopping ${target.description} failed: ${(err as Error).message}`);
    }
  }

  const summary = { ...summarize(checks, coverage, options.allowNotImplemented ?? false), ...(fuzz ? { fuzz } : {}) };
  out(formatReport(summary));
  if (options.junit) {
    await writeFile(options.junit, formatJunit(summary));
    out(`JUnit XML written to ${options.junit}`);
  }
  return summary;
}

/** Starts the in-process server, saying what it starts and how long that took (PGlite takes seconds). */
async function startWithProgress(options: InProcessOptions, progress: (text: string) => void): Promise<Target> {
  const database = options.databaseUrl ? 'PostgreSQL' : 'embedded PGlite';
  const bus = options.redisUrl ? 'Redis' : 'in-process bus';
  progress(`starting clawgate (${database}, ${bus})… `);
  const startedAt = performance.now();
  try {
    const target = await startInProcessServer(options);
    progress(`ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s\n`);
    return target;
  } catch (err) {
    progress('failed\n');
    throw err;
  }
}

/**
 * `clawgate contract-test` / `npm run test:contract`: runs and returns the exit code
 * (0 all passed with full coverage, 1 failures or coverage gaps, 2 the run could not start).
 */
export async function runContractTestCommand(options: ContractTestOptions = {}): Promise<number> {
  try {
    return (await runContractTests(options)).exitCode;
  } catch (err) {
    const write = options.out ?? ((line: string) => process.stderr.write(`${line}\n`));
    write(`contract tests could not run: ${(err as Error).message}`);
    return 2;
  }
}
