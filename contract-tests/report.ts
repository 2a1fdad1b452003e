import type { OpenApiModel } from './openapi-model.js';
import type { AsyncApiModel, Direction } from './asyncapi-model.js';
import type { FuzzStats } from './fuzz.js';

/** `not-applicable`: the check does not fit this target (e.g. a limit too large to exhaust); counts as nothing. */
export type CheckStatus = 'pass' | 'fail' | 'not-implemented' | 'not-applicable';

/** One line of output. */
export interface CheckResult {
  /** e.g. `rest`, `security`, `negative`, `scenario`, `ws` */
  kind: string;
  /** operationId, scenario name or `channel/message` */
  subject: string;
  name: string;
  status: CheckStatus;
  /** What went wrong (schema errors, unexpected status …). */
  problems: string[];
  /** curl command or frame sequence that shows the problem. */
  reproduction?: string;
  /** How long the check took: the time since the previous check finished (set when recorded). */
  durationMs?: number;
}

/** What was observed per operation and per message; filled as checks run. */
export class Coverage {
  /** operationId → documented statuses → times seen */
  readonly statuses = new Map<string, Map<string, number>>();
  /** operations that answered 501, or could not be tried because a setup step answered 501 */
  readonly notImplemented = new Set<string>();
  /** operations with at least one documented 2xx/3xx answer that matched the spec */
  readonly succeeded = new Set<string>();
  /** `channel|direction|type` → exercised */
  readonly messages = new Map<string, { channel: string; direction: Direction; type: string; exercised: boolean }>();
  /** channels whose handshake never succeeded, with why */
  readonly unreachableChannels = new Map<string, string>();
  /**
   * `channel|direction|type` of server messages that could not be produced because the feature
   * behind them is not implemented: the scenario that expects them stopped at a 501 or the server
   * answered the triggering frame with an `error` of code `not_implemented`.
   */
  readonly notImplementedMessages = new Set<string>();

  constructor(openapi?: OpenApiModel, asyncapi?: AsyncApiModel) {
    for (const op of openapi?.operations ?? []) {
      this.statuses.set(op.operationId, new Map(op.responses.map((r) => [r.status, 0])));
    }
    for (const channel of asyncapi?.channels ?? []) {
      for (const m of channel.messages) {
        this.messages.set(messageKey(channel.id, m.direction, m.type), {
          channel: channel.id,
          direction: m.direction,
          type: m.type,
          exercised: false,
        });
      }
    }
  }

  /** Records a documented status seen for an operation (`documentedAs` is the spec key, e.g. 4XX). */
  recordStatus(operationId: string, documentedAs: string | undefined, status: number, matchedSpec: boolean): void {
    if (status === 501) this.notImplemented.add(operationId);
    if (!documentedAs) return;
    const row = this.statuses.get(operationId);
    if (row) row.set(documentedAs, (row.get(documentedAs) ?? 0) + 1);
    if (matchedSpec && status >= 200 && status < 400) this.succeeded.add(operationId);
  }

  recordMessageNotImplemented(channel: string, direction: Direction, type: string): void {
    if (this.messages.has(messageKey(channel, direction, type)))
      this.notImplementedMessages.add(messageKey(channel, direction, type));
  }

  recordMessage(channel: string, direction: Direction, type: string): void {
    const entry = this.messages.get(messageKey(channel, direction, type));
    if (entry) entry.exercised = true;
  }
}

export function messageKey(channel: string, direction: Direction, type: string): string {
  return `${channel}|${direction}|${type}`;
}

export interface RunSummary {
  checks: CheckResult[];
  coverage: Coverage;
  operationsTotal: number;
  operationsCovered: number;
  operationsNotImplemented: string[];
  operationsUncovered: string[];
  messagesTotal: number;
  messagesCovered: number;
  messagesUncovered: string[];
  failed: number;
  exitCode: number;
  allowNotImplemented: boolean;
  /** The run failed, but `--allow-not-implemented` would have passed it: only 501s and unserved channels. */
  failedOnlyNotImplemented: boolean;
  /** What the property-based requests met (absent when the run stopped before them). */
  fuzz?: FuzzStats;
}

export function summarize(checks: CheckResult[], coverage: Coverage, allowNotImplemented: boolean): RunSummary {
  const ops = [...coverage.statuses.keys()];
  const covered = ops.filter((op) => coverage.succeeded.has(op));
  const notImplemented = ops.filter((op) => !coverage.succeeded.has(op) && coverage.notImplemented.has(op));
  const uncovered = ops.filter((op) => !coverage.succeeded.has(op) && !coverage.notImplemented.has(op));
  const messages = [...coverage.messages.values()];
  const messagesCovered = messages.filter((m) => m.exercised);
  const messagesUncovered = messages.filter((m) => !m.exercised);
  // With --allow-not-implemented, messages of a channel that refuses the handshake are excused;
  // messages of a reachable channel that were not exercised are not.
  // The same holds for messages whose feature is not implemented yet (see notImplementedMessages).
  const notImplementedMessage = (m: { channel: string; direction: Direction; type: string }) =>
    coverage.unreachableChannels.has(m.channel) ||
    coverage.notImplementedMessages.has(messageKey(m.channel, m.direction, m.type));
  const failed = checks.filter((c) => c.status === 'fail').length;
  const coverageFailsWith = (allow: boolean) =>
    uncovered.length > 0 ||
    (!allow && notImplemented.length > 0) ||
    messagesUncovered.some((m) => !(allow && notImplementedMessage(m)));
  const coverageFails = coverageFailsWith(allowNotImplemented);
  return {
    checks,
    coverage,
    operationsTotal: ops.length,
    operationsCovered: covered.length,
    operationsNotImplemented: notImplemented,
    operationsUncovered: uncovered,
    messagesTotal: messages.length,
    messagesCovered: messagesCovered.length,
    messagesUncovered: messagesUncovered.map((m) => `${m.channel} ${arrow(m.direction)} ${m.type}`),
    failed,
    exitCode: failed > 0 || coverageFails ? 1 : 0,
    allowNotImplemented,
    failedOnlyNotImplemented: failed === 0 && coverageFails && !coverageFailsWith(true),
  };
}

const arrow = (d: Direction) => (d === 'server-to-client' ? 'server→client' : 'client→server');
const LABEL: Record<CheckStatus, string> = {
  pass: 'PASS',
  fail: 'FAIL',
  'not-implemented': 'N-I ',
  'not-applicable': 'N-A ',
};

/** One line per check as it finishes. */
export function formatCheckLine(check: CheckResult): string {
  const first = check.problems[0] ? ` — ${check.problems[0]}` : '';
  return `${LABEL[check.status]} [${check.kind}] ${check.subject}: ${check.name}${first}`;
}

/** The full report after the run: failures with reproductions, coverage tables, verdict. */
export function formatReport(summary: RunSummary): string {
  const out: string[] = [];
  const failures = summary.checks.filter((c) => c.status === 'fail');
  if (failures.length > 0) {
    out.push('', `Failures (${failures.length})`, '='.repeat(12));
    failures.forEach((c, i) => {
      out.push('', `${i + 1}) [${c.kind}] ${c.subject}: ${c.name}`);
      for (const p of c.problems) out.push(`   - ${p}`);
      if (c.reproduction) {
        out.push('   reproduce:');
        for (const line of c.reproduction.split('\n')) out.push(`     ${line}`);
      }
    });
  }

  out.push('', 'Operation coverage (documented statuses: seen count, or "-" when never exercised)');
  const rows = [...summary.coverage.statuses.entries()].map(([op, statuses]) => {
    const state = summary.coverage.succeeded.has(op)
      ? 'covered'
      : summary.coverage.notImplemented.has(op)
        ? 'NOT IMPLEMENTED (501)'
        : 'NOT COVERED';
    const cells = [...statuses.entries()].map(([s, n]) => `${s}:${n > 0 ? n : '-'}`).join(' ');
    return [op, state, cells] as const;
  });
  const w0 = Math.max(9, ...rows.map((r) => r[0].length));
  const w1 = Math.max(5, ...rows.map((r) => r[1].length));
  out.push(`  ${'operation'.padEnd(w0)}  ${'state'.padEnd(w1)}  statuses`);
  for (const [op, state, cells] of rows) out.push(`  ${op.padEnd(w0)}  ${state.padEnd(w1)}  ${cells}`);
  const statusCells = [...summary.coverage.statuses.values()].flatMap((m) => [...m.values()]);
  const exercisedCells = statusCells.filter((n) => n > 0).length;
  out.push(
    `  documented statuses exercised: ${exercisedCells}/${statusCells.length} (informational: 5xx/429 cannot all be provoked)`,
  );

  if (summary.coverage.messages.size > 0) {
    out.push('', 'Message coverage');
    const byChannel = new Map<string, string[]>();
    for (const m of summary.coverage.messages.values()) {
      const lines = byChannel.get(m.channel) ?? [];
      const state = m.exercised
        ? 'exercised      '
        : summary.coverage.notImplementedMessages.has(messageKey(m.channel, m.direction, m.type))
          ? 'NOT IMPLEMENTED'
          : 'NOT COVERED    ';
      lines.push(`    ${state} ${arrow(m.direction)} ${m.type}`);
      byChannel.set(m.channel, lines);
    }
    for (const [channel, lines] of byChannel) {
      const why = summary.coverage.unreachableChannels.get(channel);
      out.push(`  ${channel}${why ? ` — CHANNEL UNREACHABLE: ${why}` : ''}`);
      out.push(...lines);
    }
    for (const direction of ['client-to-server', 'server-to-client'] as const) {
      const all = [...summary.coverage.messages.values()].filter((m) => m.direction === direction);
      out.push(`  ${arrow(direction)}: ${all.filter((m) => m.exercised).length}/${all.length} exercised`);
    }
  }

  const count = (s: CheckStatus) => summary.checks.filter((c) => c.status === s).length;
  const pct = (a: number, b: number) => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));
  out.push(
    '',
    'Summary',
    `  checks: ${count('pass')} passed, ${count('fail')} failed, ${count('not-implemented')} not implemented` +
      (count('not-applicable') > 0 ? `, ${count('not-applicable')} not applicable` : ''),
    `  operations covered: ${summary.operationsCovered}/${summary.operationsTotal} (${pct(summary.operationsCovered, summary.operationsTotal)}%)` +
      `; not implemented (501): ${summary.operationsNotImplemented.length}; not covered: ${summary.operationsUncovered.length}`,
    `  messages covered: ${summary.messagesCovered}/${summary.messagesTotal} (${pct(summary.messagesCovered, summary.messagesTotal)}%)`,
  );
  if (summary.fuzz) {
    const f = summary.fuzz;
    out.push(
      `  property-based requests: ${f.requests} (seed ${f.seed}, --runs ${f.runs}); ${f.serverErrors} answered 5xx, ` +
        `${f.undocumented} with an undocumented status, ${f.noResponse} without an answer; ${f.failedRequests} broke the contract`,
    );
  }
  if (summary.operationsUncovered.length > 0) out.push(`  not covered: ${summary.operationsUncovered.join(', ')}`);
  if (
    summary.allowNotImplemented &&
    (summary.operationsNotImplemented.length > 0 || summary.coverage.unreachableChannels.size > 0)
  ) {
    out.push(
      `  --allow-not-implemented: ${summary.operationsNotImplemented.length} not-implemented operation(s) and ` +
        `${summary.coverage.unreachableChannels.size} unreachable channel(s) are NOT counted as failures in this run`,
    );
  }
  out.push(`  result: ${summary.exitCode === 0 ? 'PASSED' : 'FAILED'} (exit code ${summary.exitCode})`);
  if (summary.failedOnlyNotImplemented) out.push(notImplementedHint(summary));
  return out.join('\n');
}

/** Why a run that found no defect still failed, and the flag that reports such gaps without failing. */
function notImplementedHint(summary: RunSummary): string {
  const reasons = [
    ...(summary.operationsNotImplemented.length > 0
      ? [`${summary.operationsNotImplemented.length} operation(s) answer 501 (not implemented)`]
      : []),
    ...(summary.coverage.unreachableChannels.size > 0
      ? [`${summary.coverage.unreachableChannels.size} channel(s) are not served`]
      : []),
  ];
  if (reasons.length === 0) reasons.push('some messages depend on features not implemented yet');
  return (
    `  failed only because ${reasons.join(', ')}: nothing that is implemented broke the contract; ` +
    'rerun with --allow-not-implemented to report these without failing'
  );
}

/** Seconds with millisecond precision, as JUnit's `time` attribute wants them. */
const junitSeconds = (ms: number) => (ms / 1000).toFixed(3);

/**
 * JUnit XML: one testsuite per check kind, one testcase per check; N-I checks are `skipped`.
 * Every testcase and testsuite has a `time` in seconds.
 */
export function formatJunit(summary: RunSummary): string {
  const esc = (s: string) =>
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these control characters, even escaped
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
  const kinds = [...new Set(summary.checks.map((c) => c.kind))];
  const suites = kinds.map((kind) => {
    const checks = summary.checks.filter((c) => c.kind === kind);
    const cases = checks.map((c) => {
      const time = junitSeconds(c.durationMs ?? 0);
      const head = `    <testcase classname="contract.${esc(kind)}.${esc(c.subject)}" name="${esc(c.name)}" time="${time}">`;
      if (c.status === 'pass') return `${head}</testcase>`;
      const text = esc([...c.problems, ...(c.reproduction ? ['', c.reproduction] : [])].join('\n'));
      if (c.status === 'not-implemented' || c.status === 'not-applicable')
        return `${head}<skipped message="${c.status === 'not-implemented' ? 'not implemented' : 'not applicable'}">${text}</skipped></testcase>`;
      return `${head}<failure message="${esc(c.problems[0] ?? 'failed')}">${text}</failure></testcase>`;
    });
    const failures = checks.filter((c) => c.status === 'fail').length;
    const skipped = checks.filter((c) => c.status === 'not-implemented' || c.status === 'not-applicable').length;
    const time = junitSeconds(sumDurations(checks));
    const attributes = `tests="${checks.length}" failures="${failures}" skipped="${skipped}" time="${time}"`;
    return `  <testsuite name="contract-${esc(kind)}" ${attributes}>\n${cases.join('\n')}\n  </testsuite>`;
  });
  const coverageFailures = summary.exitCode !== 0 && summary.failed === 0 ? 1 : 0;
  const coverageCase = [
    `  <testsuite name="contract-coverage" tests="1" failures="${coverageFailures}" time="0.000">`,
    `    <testcase classname="contract.coverage" name="operation and message coverage" time="0.000">${
      summary.exitCode !== 0 && summary.failed === 0
        ? `<failure message="coverage below 100%">${esc(
            `operations not covered: ${summary.operationsUncovered.join(', ') || 'none'}; not implemented: ${summary.operationsNotImplemented.join(', ') || 'none'}; messages not covered: ${summary.messagesUncovered.join(', ') || 'none'}`,
          )}</failure>`
        : ''
    }</testcase>`,
    '  </testsuite>',
  ].join('\n');
  const total = summary.checks.length + 1;
  const failures = summary.failed + (summary.exitCode !== 0 && summary.failed === 0 ? 1 : 0);
  const time = junitSeconds(sumDurations(summary.checks));
  const head = `<testsuites name="clawgate contract tests" tests="${total}" failures="${failures}" time="${time}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${head}\n${suites.join('\n')}\n${coverageCase}\n</testsuites>\n`;
}

function sumDurations(checks: readonly CheckResult[]): number {
  return checks.reduce((sum, c) => sum + (c.durationMs ?? 0), 0);
}
