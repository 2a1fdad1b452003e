import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'src/cli/index.ts');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The environment of a spawned CLI: none of this process's clawgate settings leak in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    CLAWGATE_LOG_CONSOLE: 'false',
  };
  return { ...env, ...extra };
}

function clawgate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('clawgate CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clawgate-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('config validate: exits 1 naming PORT when PORT=abc', () => {
    const run = clawgate(['config', 'validate'], { PORT: 'abc' });
    expect(run.status).to.equal(1);
    expect(run.stderr).to.include('PORT: "abc" is not a valid port (integer 0–65535)');
  });

  it('config validate: exits 0 with OK for a valid file, and the flag beats the file', () => {
    const file = path.join(dir, 'clawgate.yaml');
    writeFileSync(file, 'port: 9000\nlog:\n  level: debug\n');
    const run = clawgate(['config', 'validate', '--config', file, '--port', '9100', '--print'], {
      CLAWGATE_ADMIN_TOKEN: 'do-not-print-me',
    });
    expect(run.status, run.stderr).to.equal(0);
    expect(run.stdout).to.match(/^OK: configuration is valid/);
    const printed = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as { port: number; adminToken: string };
    expect(printed.port).to.equal(9100);
    expect(run.stdout).not.to.include('do-not-print-me');
  });

  it('config validate: exits 1 on an unknown key in the file', () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'prot: 9000\n');
    const run = clawgate(['config', 'validate', '--config', file]);
    expect(run.status).to.equal(1);
    expect(run.stderr).to.include('prot (in bad.yaml): is not a known setting');
  });

  it('version: prints the package version and the configured commit', () => {
    const run = clawgate(['version'], { CLAWGATE_GIT_COMMIT: 'abc1234' });
    expect(run.status).to.equal(0);
    expect(run.stdout.trim()).to.equal(`clawgate ${VERSION} (commit abc1234)`);
    const json = clawgate(['version', '--json']);
    expect(JSON.parse(json.stdout)).to.include({ name: 'clawgate', version: VERSION });
  });

  it('migrate: applies the migrations to the embedded database once', function () {
    this.timeout(120_000); // two processes, each initialising embedded PostgreSQL
    const first = clawgate(['migrate', '--state-dir', dir]);
    expect(first.status, first.stderr).to.equal(0);
    expect(first.stdout).to.include('applied 0001_orgs_and_api_keys');
    const second = clawgate(['migrate', '--state-dir', dir]);
    expect(second.stdout).to.include('pglite: schema already up to date');
  });

  it('--help on each command describes its flags', () => {
    expect(clawgate(['--help']).stdout).to.match(/serve[\s\S]*migrate[\s\S]*config[\s\S]*version[\s\S]*generate/);
    expect(clawgate(['serve', '--help']).stdout).to.match(/--port <port>[\s\S]*env PORT[\s\S]*--state-dir <dir>/);
    expect(clawgate(['migrate', '--help']).stdout).to.include('--config <file>');
    expect(clawgate(['config', 'validate', '--help']).stdout).to.include('exit 0 when valid, 1 when not');
    expect(clawgate(['generate', '--help']).stdout).to.match(
      /--openapi <file>[\s\S]*--asyncapi <file>[\s\S]*--out <dir>/,
    );
  });

  it('rejects an unknown command and generate without a spec', () => {
    expect(clawgate(['proxy']).status).to.equal(1);
    const generate = clawgate(['generate', '--out', dir]);
    expect(generate.status).to.equal(1);
    expect(generate.stderr).to.include('--openapi');
  });

  it('serve: listens, answers /health/live, and exits 0 on SIGTERM', async function () {
    this.timeout(120_000); // initdb of the embedded database takes seconds on a busy machine
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'serve', '--port', '0', '--host', '127.0.0.1', '--state-dir', dir],
      {
        cwd: ROOT,
        env: cleanEnv({ CLAWGATE_LOG_CONSOLE: 'true', CLAWGATE_ADMIN_TOKEN: 'cli-test-token' }),
      },
    );
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match?.[1] !== undefined) resolve(match[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)));
    });
    const live = await fetch(`${url}/health/live`);
    expect(live.status).to.equal(200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).to.equal(0);
  });
});
