import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { generate, listFiles, renderGeneration, runGenerateCommand } from '../../src/codegen/index.js';
import { PROJECT_GENERATION } from '../../scripts/generation.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const petstore = path.join(repoRoot, 'test/fixtures/openapi/petstore/openapi.yaml');

describe('codegen: generate() pipeline', function () {
  this.timeout(120_000);
  let out: string;

  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'clawgate-generate-'));
  });
  afterEach(() => rm(out, { recursive: true, force: true }));

  it('writes the OpenAPI side and entry files; an OpenAPI-only run exports only the REST client', async () => {
    const result = await generate({ openapi: petstore, out, cwd: repoRoot });
    expect(await listFiles(out)).to.deep.equal([
      'index.ts',
      'openapi/types.ts',
      'sdk/index.ts',
      'sdk/rest-client.ts',
      'server/bind.ts',
      'server/index.ts',
      'server/operations.ts',
    ]);
    expect(result.written).to.have.length(7);
    expect(await readFile(path.join(out, 'sdk/index.ts'), 'utf8')).to.equal(
      "// generated from test/fixtures/openapi/petstore/openapi.yaml by clawgate, do not edit\nexport * from './rest-client.js';\n",
    );
  });

  it('removes stale files in the folders it owns, leaves others, and does not rewrite unchanged files', async () => {
    await generate({ openapi: petstore, out, cwd: repoRoot });
    await mkdir(path.join(out, 'server/old'), { recursive: true });
    await writeFile(path.join(out, 'server/old/removed-operation.ts'), '// stale');
    await writeFile(path.join(out, 'mine.txt'), 'not generated');
    const before = await stat(path.join(out, 'server/bind.ts'));

    const result = await generate({ openapi: petstore, out, cwd: repoRoot });
    expect(result.removed).to.deep.equal(['server/old/removed-operation.ts']);
    expect(result.written).to.deep.equal([]);
    expect(await readFile(path.join(out, 'mine.txt'), 'utf8')).to.equal('not generated');
    expect((await stat(path.join(out, 'server/bind.ts'))).mtimeMs).to.equal(before.mtimeMs);
  });

  it('runGenerateCommand: exit code 0 on success, 1 with a message naming the file on an invalid spec', async () => {
    const lines: string[] = [];
    const io = {
      log: (line: string) => lines.push(`log: ${line}`),
      error: (line: string) => lines.push(`error: ${line}`),
    };
    expect(await runGenerateCommand({ openapi: petstore, out }, io)).to.equal(0);
    const bad = path.join(out, 'bad.yaml');
    await writeFile(bad, 'openapi: 3.1.0\ninfo: {title: t}\npaths: {}\n');
    expect(await runGenerateCommand({ openapi: bad, out: path.join(out, 'o2') }, io)).to.equal(1);
    expect(lines.at(-1)).to.match(
      new RegExp(`^error: Invalid spec ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:\\n  - .*version`),
    );
    expect(await listFiles(path.join(out, 'o2')), 'nothing written for an invalid spec').to.deep.equal([]);
  });

  it("keeps generated/ and docs/api in sync with the project's specs (what check:generated enforces)", async () => {
    const { files, docs } = await renderGeneration({ ...PROJECT_GENERATION, cwd: repoRoot });
    const stale: string[] = [];
    for (const [dir, list] of [
      [PROJECT_GENERATION.out, files],
      [PROJECT_GENERATION.docsOut, docs],
    ] as const) {
      for (const file of list) {
        const onDisk = await readFile(path.join(repoRoot, dir, file.path), 'utf8').catch(() => undefined);
        if (onDisk !== file.content) stale.push(`${dir}/${file.path}`);
      }
    }
    expect(stale, 'run npm run generate and commit').to.deep.equal([]);
    expect(files.map((file) => file.path)).to.include.members([
      'sdk/index.ts',
      'sdk/rest-client.ts',
      'sdk/ws-client.ts',
    ]);
  });
});
