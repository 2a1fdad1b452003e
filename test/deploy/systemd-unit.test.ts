import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const UNIT = path.join(ROOT, 'deploy/systemd/clawgate.service');

/** `[Section]` → key → every value given (keys may repeat); comments and blank lines dropped. */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = new Map();
      sections.set(header[1]!, current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current === undefined || eq < 0) throw new Error(`unexpected line: ${line}`);
    const key = line.slice(0, eq).trim();
    current.set(key, [...(current.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return sections;
}

function hasSystemdAnalyze(): boolean {
  return spawnSync('systemd-analyze', ['--version'], { stdio: 'ignore' }).status === 0;
}

describe('deploy/systemd/clawgate.service', () => {
  const unit = parseUnit(readFileSync(UNIT, 'utf8'));
  const service = unit.get('Service')!;
  const last = (key: string): string | undefined => service.get(key)?.at(-1);

  it('starts the server and restarts it 5 s after any exit', () => {
    expect(last('ExecStart')).to.match(/bin\/clawgate\.js serve$/);
    expect(last('Restart')).to.equal('always');
    expect(last('RestartSec')).to.equal('5');
    expect(unit.get('Install')?.get('WantedBy')).to.deep.equal(['multi-user.target']);
  });

  it('stops with SIGTERM and waits longer than the server’s 10 s shutdown deadline', () => {
    expect(last('KillSignal')).to.equal('SIGTERM');
    expect(Number(last('TimeoutStopSec'))).to.be.greaterThan(10);
  });

  it('reads settings from /etc/clawgate/env (optional) and keeps state in its StateDirectory', () => {
    expect(service.get('EnvironmentFile')).to.deep.equal(['-/etc/clawgate/env']);
    expect(last('StateDirectory')).to.equal('clawgate');
    expect(service.get('Environment')).to.include('CLAWGATE_STATE_DIR=%S/clawgate');
    expect(service.get('Environment')).to.include('NODE_ENV=production');
  });

  it('has the documented hardening (Restart=always, NoNewPrivileges, Protect*, PrivateTmp …)', () => {
    const want: Record<string, string> = {
      NoNewPrivileges: 'yes',
      ProtectSystem: 'strict',
      ProtectHome: 'yes',
      PrivateTmp: 'yes',
      PrivateDevices: 'yes',
      DynamicUser: 'yes',
      ProtectKernelTunables: 'yes',
      ProtectKernelModules: 'yes',
      ProtectKernelLogs: 'yes',
      ProtectControlGroups: 'yes',
      RestrictAddressFamilies: 'AF_INET AF_INET6 AF_UNIX',
      RestrictNamespaces: 'yes',
      LockPersonality: 'yes',
      CapabilityBoundingSet: '',
      UMask: '0077',
    };
    for (const [key, value] of Object.entries(want)) expect(last(key), key).to.equal(value);
    expect(service.get('SystemCallFilter')).to.include('@system-service');
    expect(service.has('ReadWritePaths')).to.equal(true);
  });

  it('leaves MemoryDenyWriteExecute off: V8’s JIT needs writable+executable memory', () => {
    expect(last('MemoryDenyWriteExecute')).to.not.equal('yes');
  });

  it('passes systemd-analyze verify, with an exposure of at most 2.0', function () {
    if (!hasSystemdAnalyze()) this.skip();
    const verify = spawnSync('systemd-analyze', ['verify', UNIT], { encoding: 'utf8' });
    expect(verify.stderr.trim(), 'systemd-analyze verify output').to.equal('');
    expect(verify.status).to.equal(0);
    const report = execFileSync('systemd-analyze', ['security', '--offline=true', UNIT], { encoding: 'utf8' });
    const exposure = /Overall exposure level for clawgate\.service: ([\d.]+)/.exec(report);
    expect(exposure, report).to.not.equal(null);
    expect(Number(exposure![1])).to.be.at.most(2.0);
  });
});
