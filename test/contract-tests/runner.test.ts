import { expect } from 'chai';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  runContractTestCommand,
  runContractTests,
  type ContractTestOptions,
  type RunSummary,
} from '../../contract-tests/index.js';
import { startFixtureServer, type Defect, type FixtureServer } from './support/fixture-server.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Run {
  summary: RunSummary;
  output: string;
}

/** Runs the real runner against a fixture server with the fixture specs and scenarios. */
async function runAgainst(server: FixtureServer, extra: Partial<ContractTestOptions> = {}): Promise<Run> {
  const lines: string[] = [];
  const summary = await runContractTests({
    url: server.url,
    adminToken: server.token,
    openapi: path.join(fixtures, 'openapi.yaml'),
    asyncapi: path.join(fixtures, 'asyncapi.yaml'),
    scenarios: path.join(fixtures, 'scenarios'),
    rateLimitProbe: 20,
    replyTimeoutMs: 1000,
    seed: 1,
    runs: 200,
    out: (line) => lines.push(line),
    ...extra,
  });
  return { summary, output: lines.join('\n') };
}

async function withServer<T>(defects: Defect[], fn: (server: FixtureServer) => Promise<T>): Promise<T> {
  const server = await startFixtureServer(defects);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

const failureTexts = (summary: RunSummary) =>
  summary.checks
    .filter((c) => c.status === 'fail')
    .map((c) => `${c.kind} ${c.subject}: ${c.name} — ${c.problems.join(' | ')}`);

describe('contract-test runner', () => {
  it('passes a server that implements the fixture specs correctly, with full coverage', async () => {
    const { summary, output } = await withServer([], (s) => runAgainst(s));
    expect(failureTexts(summary)).to.deep.equal([]);
    expect(summary.exitCode).to.equal(0);
    expect(summary.operationsCovered).to.equal(summary.operationsTotal);
    expect(summary.messagesCovered).to.equal(summary.messagesTotal);
    expect(output).to.match(/^PASS \[negative\] createItem: malformed JSON body$/m);
    expect(output).to.match(/^PASS \[ws\] events: oversize frame .* close 1009$/m);
    expect(output).to.match(/result: PASSED \(exit code 0\)/);
    // edge cases and property-based requests ran, and their refusals came from the spec (422 on searchItems)
    expect(output).to.match(/^PASS \[negative\] listItems: query "limit" = Infinity$/m);
    expect(output).to.match(/^PASS \[negative\] searchItems: query "q" with an unpaired surrogate$/m);
    expect(output).to.match(/^PASS \[negative\] createItem: Content-Encoding: br on bytes that are not br data$/m);
    expect(output).to.match(/^PASS \[fuzz\] createItem: \d+ generated request\(s\) \(--seed 1 --runs 200\)$/m);
    expect(summary.fuzz).to.include({ requests: 200, serverErrors: 0, undocumented: 0, failedRequests: 0 });
  });

  // Each defect alone must fail the run, and the report must name it.
  const defects: { defect: Defect; reported: RegExp }[] = [
    { defect: 'undocumented-status', reported: /undocumented status 410/ },
    {
      defect: 'missing-required-field',
      reported: /createItem: .*response body: \(root\) must have required property 'kind'/,
    },
    { defect: 'wrong-content-type', reported: /getHealth: .*undocumented content type "text\/html"/ },
    { defect: 'message-violates-schema', reported: /"pong" frame: \/payload\/serverTime must be string/ },
    {
      defect: 'missing-auth-check',
      reported:
        /security listItems: no credentials .*security not enforced: a request without credentials was answered with HTTP 200/,
    },
    {
      defect: 'server-error',
      reported: /negative createItem: "name" longer than maxLength 20 — invalid input caused HTTP 500/,
    },
    {
      defect: 'not-gone-after-delete',
      reported: /items lifecycle: step 5: gone after delete — expected HTTP 404, got 200/,
    },
    { defect: 'cross-tenant-read', reported: /getItem: another tenant's credentials .*answered with HTTP 200/ },
    {
      defect: 'ws-missing-auth-check',
      reported: /ws events: handshake without credentials .*the handshake was accepted/,
    },
    {
      defect: 'ws-ignores-invalid-frames',
      reported: /ws events: invalid frame: frame that is not JSON .*invalid frame was ignored/,
    },
    {
      defect: 'non-finite-limit-crash',
      reported: /negative listItems: query "limit" = Infinity — invalid input caused HTTP 500/,
    },
    { defect: 'undocumented-400', reported: /negative searchItems: unknown query parameter — undocumented status 400/ },
    {
      defect: 'bad-compression-crash',
      reported:
        /negative createItem: Content-Encoding: gzip on bytes that are not gzip data — invalid input caused HTTP 500/,
    },
    {
      defect: 'accepts-nul',
      reported: /negative createItem: body \/name with a NUL character — invalid input accepted with HTTP 201/,
    },
    {
      defect: 'ws-accepts-invalid-since',
      reported:
        /ws events: handshake with invalid query "since" → 400 — "since: not-valid!" violates its schema but the handshake was accepted/,
    },
  ];
  for (const { defect, reported } of defects) {
    it(`fails a server with the defect "${defect}" and names it`, async () => {
      const { summary, output } = await withServer([defect], (s) => runAgainst(s));
      expect(summary.exitCode).to.equal(1);
      expect(failureTexts(summary).join('\n')).to.match(reported);
      expect(output).to.match(/result: FAILED \(exit code 1\)/);
    });
  }

  it('finds with property-based requests a crash no fixed check provokes, and reports a replayable request', async () => {
    const defect: Defect[] = ['crash-on-kind-b-count-7'];
    const without = await withServer(defect, (s) => runAgainst(s, { runs: 0 }));
    expect(failureTexts(without.summary)).to.deep.equal([]);

    const runs = 2000;
    const first = await withServer(defect, (s) => runAgainst(s, { runs, seed: 7 }));
    expect(first.summary.exitCode).to.equal(1);
    const failures = first.summary.checks.filter((c) => c.kind === 'fuzz' && c.status === 'fail' && c.reproduction);
    expect(failures.length).to.be.greaterThan(0);
    for (const failure of failures) {
      expect(failure.subject).to.equal('createItem');
      expect(failure.name).to.include('(--seed 7 --runs 2000)');
      expect(failure.problems.join('\n')).to.match(/server error: HTTP 500/);
      // the exact request: curl, and the same as data (method, path, query, headers, body)
      expect(failure.reproduction).to.match(/^curl -sS -i -X POST ".*\/items"/);
      const request = JSON.parse(/# request: (.*)$/m.exec(failure.reproduction ?? '')?.[1] ?? '{}') as {
        method: string;
        path: string;
        headers: Record<string, string>;
        body: string;
      };
      expect(request).to.include({ method: 'POST', path: '/items' });
      expect(request.headers.authorization).to.equal('Bearer ${CT_ADMIN_TOKEN}');
      expect(JSON.parse(request.body)).to.include({ kind: 'b', count: 7 });
    }
    expect(first.summary.fuzz).to.include({ requests: runs });
    expect(first.summary.fuzz?.serverErrors).to.be.greaterThan(0);
    expect(first.output).to.match(/property-based requests: 2000 \(seed 7, --runs 2000\); [1-9]\d* answered 5xx/);

    // The same seed and runs send the same requests, so the same failures come back.
    const again = await withServer(defect, (s) => runAgainst(s, { runs, seed: 7 }));
    const shown = (run: Run) =>
      run.summary.checks
        .filter((c) => c.kind === 'fuzz' && c.status === 'fail')
        .map((c) => `${c.name}\n${(c.reproduction ?? '').replace(/127\.0\.0\.1:\d+/g, 'host')}`);
    expect(shown(again)).to.deep.equal(shown(first));
  });

  it('prints a curl reproduction without the credential, and the frame sequence for WebSocket failures', async () => {
    const { output } = await withServer(['missing-required-field', 'message-violates-schema'], (s) => runAgainst(s));
    expect(output).to.include('curl -sS -i -X POST');
    expect(output).to.include('-H "authorization: Bearer ${CT_ADMIN_TOKEN}"');
    expect(output).not.to.match(/tenant-a-[0-9a-f-]{36}/);
    expect(output).to.match(/→ \{"type":"ping".*\n.*← \{"type":"pong".*"serverTime":\d+/);
  });

  it('reports 501 operations and unreachable channels as not implemented, failing unless allowed', async () => {
    const defects: Defect[] = ['delete-not-implemented', 'ws-not-served'];
    const strict = await withServer(defects, (s) => runAgainst(s));
    expect(failureTexts(strict.summary)).to.deep.equal([]);
    expect(strict.summary.exitCode).to.equal(1);
    expect(strict.summary.operationsNotImplemented).to.deep.equal(['deleteItem']);
    expect(strict.output).to.match(/deleteItem\s+NOT IMPLEMENTED \(501\)/);
    expect(strict.output).to.match(/events — CHANNEL UNREACHABLE: handshake refused with HTTP 404/);
    expect(strict.output).to.match(
      /^N-I {2}\[ws-coverage\] events\/item.created: server→client message exercised — not covered/m,
    );
    expect(strict.summary.failedOnlyNotImplemented).to.equal(true);
    expect(strict.output).to.include(
      '  failed only because 1 operation(s) answer 501 (not implemented), 1 channel(s) are not served: ' +
        'nothing that is implemented broke the contract; ' +
        'rerun with --allow-not-implemented to report these without failing',
    );

    const allowed = await withServer(defects, (s) => runAgainst(s, { allowNotImplemented: true }));
    expect(allowed.summary.exitCode).to.equal(0);
    expect(allowed.output).to.match(/deleteItem\s+NOT IMPLEMENTED \(501\)/);
    expect(allowed.output).to.match(
      /--allow-not-implemented: 1 not-implemented operation\(s\) and 1 unreachable channel\(s\) are NOT counted/,
    );
    expect(allowed.output).to.not.include('failed only because');
  });

  it('reports a server message whose trigger answers 501 as not implemented, failing unless allowed', async () => {
    const strict = await withServer(['create-not-implemented'], (s) => runAgainst(s));
    expect(strict.summary.exitCode).to.equal(1);
    expect(strict.output).to.match(/failed only because 3 operation\(s\) answer 501 .*--allow-not-implemented/);
    expect(strict.output).to.match(/NOT IMPLEMENTED server→client item\.created/);
    expect(strict.output).to.match(
      /^N-I {2}\[ws-coverage\] events\/item\.created: .*not implemented: the scenario that produces it stopped/m,
    );

    const allowed = await withServer(['create-not-implemented'], (s) => runAgainst(s, { allowNotImplemented: true }));
    expect(failureTexts(allowed.summary)).to.deep.equal([]);
    expect(allowed.summary.exitCode).to.equal(0);
  });

  it('fails with --allow-not-implemented when a working trigger never produces its message', async () => {
    const { summary } = await withServer(['no-item-created-event'], (s) =>
      runAgainst(s, { allowNotImplemented: true }),
    );
    expect(summary.exitCode).to.equal(1);
    expect(failureTexts(summary).join('\n')).to.match(/item events: step 4: .*no "item\.created" frame/);
    expect(failureTexts(summary).join('\n')).to.match(
      /ws-coverage events\/item\.created: .*not covered: no check or scenario produced this message/,
    );
  });

  it('still fails with --allow-not-implemented when a real defect is present', async () => {
    const { summary } = await withServer(['delete-not-implemented', 'wrong-content-type'], (s) =>
      runAgainst(s, { allowNotImplemented: true }),
    );
    expect(summary.exitCode).to.equal(1);
  });

  it('does not blame 501s for a run that a real defect fails', async () => {
    const defects: Defect[] = ['delete-not-implemented', 'wrong-content-type'];
    const { summary, output } = await withServer(defects, (s) => runAgainst(s));
    expect(summary.exitCode).to.equal(1);
    expect(summary.failedOnlyNotImplemented).to.equal(false);
    expect(output).to.not.include('failed only because');
  });

  it('writes JUnit XML with one testcase per check and the failures marked', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ct-junit-'));
    try {
      const file = path.join(dir, 'contract.xml');
      const { summary } = await withServer(['wrong-content-type'], (s) => runAgainst(s, { junit: file }));
      const xml = await readFile(file, 'utf8');
      expect(xml).to.match(/^<\?xml version="1.0"/);
      const tests = summary.checks.length + 1;
      const counts = `tests="${tests}" failures="${summary.failed}"`;
      expect(xml).to.match(new RegExp(`<testsuites name="clawgate contract tests" ${counts} time="\\d+\\.\\d{3}">`));
      expect(xml).to.match(
        new RegExp(
          /<testcase classname="contract.rest.getHealth" name="positive request" time="\d+\.\d{3}">/.source +
            /<failure message="undocumented content type &quot;text\/html&quot;/.source,
        ),
      );
      // Every testsuite and testcase says how long it took, in seconds; a suite is the sum of its cases.
      const tags = xml.match(/<(testsuites|testsuite|testcase) [^>]*>/g) ?? [];
      expect(tags.length).to.equal(1 + new Set(summary.checks.map((c) => c.kind)).size + 1 + summary.checks.length + 1);
      for (const tag of tags) expect(tag).to.match(/ time="\d+\.\d{3}"/);
      const seconds = (tag: string) => Number(/ time="([\d.]+)"/.exec(tag)?.[1]);
      const total = seconds(tags[0] ?? '');
      expect(total).to.be.greaterThan(0);
      const cases = tags.filter((tag) => tag.startsWith('<testcase ')).map(seconds);
      expect(cases.reduce((a, b) => a + b, 0)).to.be.closeTo(total, 0.001 * cases.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shows progress on its own channel while it starts clawgate in-process', async function () {
    this.timeout(120_000); // the embedded database takes seconds to start on a busy machine
    const progress: string[] = [];
    const lines: string[] = [];
    await runContractTests({
      openapi: path.join(fixtures, 'openapi.yaml'),
      asyncapi: false,
      scenarios: path.join(fixtures, 'scenarios'),
      seed: 1,
      runs: 0,
      out: (line) => lines.push(line),
      progress: (text) => progress.push(text),
    });
    expect(progress.join('')).to.match(/^starting clawgate \(embedded PGlite, in-process bus\)… ready in \d+\.\d s\n$/);
    expect(lines.join('\n')).to.not.include('starting clawgate');
  });

  it('exits 2 with a message when a spec cannot be read', async () => {
    const lines: string[] = [];
    const code = await runContractTestCommand({
      url: 'http://127.0.0.1:9',
      openapi: path.join(fixtures, 'missing.yaml'),
      out: (l) => lines.push(l),
    });
    expect(code).to.equal(2);
    expect(lines.join('\n')).to.match(/contract tests could not run: .*missing\.yaml/);
  });
});
