import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Stage {
  from: string;
  name?: string;
  instructions: { op: string; args: string }[];
}

/** Stages of a Dockerfile with their instructions (line continuations joined, comments dropped). */
function parseDockerfile(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [op = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      const stage: Stage = { from: match?.[1] ?? args, instructions: [] };
      if (match?.[2] !== undefined) stage.name = match[2];
      stages.push(stage);
    } else if (stages.length > 0) {
      stages.at(-1)!.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

/** ARG defaults declared before the first FROM, to resolve `FROM ${NODE_IMAGE}`. */
function globalArgs(text: string): Record<string, string> {
  const head = text.slice(0, text.search(/^FROM /m));
  return Object.fromEntries([...head.matchAll(/^ARG (\w+)=(\S+)$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('Dockerfile', () => {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
  const args = globalArgs(text);
  const stages = parseDockerfile(text).map((s) => ({
    ...s,
    from: s.from.replace(/\$\{(\w+)\}/g, (_, name: string) => args[name] ?? ''),
  }));
  const runtime = stages.at(-1)!;
  const all = (stage: Stage, op: string): string[] => stage.instructions.filter((i) => i.op === op).map((i) => i.args);
  const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));

  it('builds with Node 20 and compiles TypeScript in a build stage', () => {
    const build = stages.find((s) => all(s, 'RUN').some((r) => r.includes('npm run build')));
    expect(build, 'a stage running npm run build').to.not.equal(undefined);
    expect(build!.from).to.match(/^node:20/);
    expect(all(build!, 'RUN').some((r) => /npm ci\b/.test(r) && !r.includes('--omit=dev'))).to.equal(true);
  });

  it('installs production dependencies only for the runtime', () => {
    const copiedModules = all(runtime, 'COPY').find((c) => c.includes('node_modules'));
    expect(copiedModules).to.match(/--from=(\S+)/);
    const source = stages.find((s) => s.name === /--from=(\S+)/.exec(copiedModules!)![1]);
    expect(all(source!, 'RUN').some((r) => r.includes('npm ci --omit=dev'))).to.equal(true);
  });

  it('runs on distroless Node.js 20 as nonroot, with no shell-based HEALTHCHECK', () => {
    expect(runtime.from).to.equal('gcr.io/distroless/nodejs20-debian12:nonroot');
    expect(all(runtime, 'USER')).to.deep.equal(['nonroot']);
    expect(all(runtime, 'RUN'), 'distroless has no shell to RUN with').to.deep.equal([]);
    expect(all(runtime, 'HEALTHCHECK')).to.deep.equal([]);
    expect(all(runtime, 'EXPOSE')).to.deep.equal(['8080']);
    expect(all(runtime, 'CMD')).to.deep.equal(['["bin/clawgate.js", "serve"]']);
  });

  it('sets production mode and a writable state volume owned by nonroot', () => {
    const env = all(runtime, 'ENV').join(' ');
    expect(env).to.contain('NODE_ENV=production');
    expect(env).to.contain('CLAWGATE_STATE_DIR=/var/lib/clawgate');
    expect(all(runtime, 'VOLUME')).to.deep.equal(['["/var/lib/clawgate"]']);
    expect(
      all(runtime, 'COPY').some((c) => c.includes('--chown=nonroot:nonroot') && c.endsWith(' /var/lib/clawgate')),
    ).to.equal(true);
  });

  it('ships what the server reads at run time: dist, package.json, bin, specs', () => {
    const copies = all(runtime, 'COPY').join('\n');
    for (const needed of ['/dist', 'package.json', 'bin', 'specs']) expect(copies).to.contain(needed);
  });

  it('copies only files that exist in the repository and are not excluded by .dockerignore', () => {
    for (const stage of stages) {
      for (const copy of all(stage, 'COPY').filter((c) => !c.includes('--from='))) {
        const parts = copy.split(/\s+/).filter((p) => !p.startsWith('--'));
        for (const source of parts.slice(0, -1)) {
          expect(existsSync(path.join(ROOT, source)), `${source} exists`).to.equal(true);
          expect(ignored, `${source} is not in .dockerignore`).to.not.include(source.replace(/\/$/, ''));
        }
      }
    }
  });
});
