import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = path.join(ROOT, 'scripts/spec-diff.ts');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = path.join(ROOT, 'test/fixtures/spec-diff');

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });
}

function runScript(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run spec:diff (scripts/spec-diff.ts) in a git repository', function () {
  this.timeout(60000);
  let repo: string;

  before(() => {
    repo = mkdtempSync(path.join(os.tmpdir(), 'clawgate-spec-diff-'));
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'README.md'), 'no specs yet\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'empty');
    git(repo, 'tag', 'no-specs');
    mkdirSync(path.join(repo, 'specs'));
    writeFileSync(
      path.join(repo, 'specs/openapi.yaml'),
      readFileSync(path.join(FIXTURES, 'request-max-lowered/before.yaml')),
    );
    writeFileSync(
      path.join(repo, 'specs/asyncapi.yaml'),
      readFileSync(path.join(FIXTURES, 'message-removed/before.yaml')),
    );
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'specs v1');
    git(repo, 'tag', 'v1');
  });

  after(() => rmSync(repo, { recursive: true, force: true }));

  it('exits 0 and says so when nothing changed', () => {
    const result = runScript(repo, 'v1');
    expect(result.stdout).to.contain('No changes to the specs since v1.');
    expect(result.status).to.equal(0);
  });

  it('counts specs missing at the revision as all added: exit 0', () => {
    const result = runScript(repo, 'no-specs');
    expect(result.stdout).to.contain('[path-added] openapi /items');
    expect(result.stdout).to.contain('[channel-added] asyncapi channel events');
    expect(result.stdout).to.contain('No breaking changes.');
    expect(result.status).to.equal(0);
  });

  it('lists breaking changes in the work tree and exits 1; --json gives the same list', () => {
    writeFileSync(
      path.join(repo, 'specs/openapi.yaml'),
      readFileSync(path.join(FIXTURES, 'request-max-lowered/after.yaml')),
    );
    writeFileSync(
      path.join(repo, 'specs/asyncapi.yaml'),
      readFileSync(path.join(FIXTURES, 'message-removed/compatible.yaml')),
    );
    const text = runScript(repo, 'v1');
    expect(text.stdout).to.match(
      /Breaking changes since v1 \(1\):\n {2}✗ \[request-max-lowered\] openapi POST \/items › request body \(application\/json\)\.name: maxLength 50 → 20/,
    );
    expect(text.stdout).to.contain('[message-added] asyncapi channel events › message nack');
    expect(text.status).to.equal(1);

    const json = runScript(repo, 'v1', '--json');
    expect(json.status).to.equal(1);
    const report = JSON.parse(json.stdout) as {
      revision: string;
      breaking: boolean;
      changes: { kind: string; rule: string; spec: string }[];
    };
    expect(report.revision).to.equal('v1');
    expect(report.breaking).to.equal(true);
    expect(report.changes.filter((c) => c.kind === 'breaking').map((c) => c.rule)).to.deep.equal([
      'request-max-lowered',
    ]);
    expect(report.changes.some((c) => c.spec === 'asyncapi' && c.rule === 'message-added')).to.equal(true);
  });

  it('exits 0 for compatible edits only', () => {
    writeFileSync(
      path.join(repo, 'specs/openapi.yaml'),
      readFileSync(path.join(FIXTURES, 'request-max-lowered/compatible.yaml')),
    );
    const result = runScript(repo, 'v1');
    expect(result.stdout).to.contain('No breaking changes.');
    expect(result.status).to.equal(0);
  });

  it('refuses an unknown revision or missing argument with exit 2', () => {
    const unknown = runScript(repo, 'no-such-rev');
    expect(unknown.stderr).to.contain('unknown git revision: no-such-rev');
    expect(unknown.status).to.equal(2);
    const missing = runScript(repo);
    expect(missing.stderr).to.contain('usage: npm run spec:diff');
    expect(missing.status).to.equal(2);
  });
});
