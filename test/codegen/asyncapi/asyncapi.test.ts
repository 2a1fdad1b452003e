import { execFile } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { generateAsyncApi } from '../../../src/codegen/asyncapi/index.js';
import { InvalidSpecError, type GeneratedFile } from '../../../src/codegen/types.js';

const FIXTURES = 'test/fixtures/asyncapi';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** given: a spec; want: the files under expected/ (rewritten with UPDATE_GOLDEN=1). */
const cases = [
  {
    name: 'features',
    given:
      'hand-made: oneOf/allOf/anyOf, enums, nullable, recursion, tuples, params, acks, request/reply, several channels',
  },
  { name: 'kraken-request-reply', given: 'public example: request/reply across channels sharing one address' },
  { name: 'gemini-market-data', given: 'public example: address parameter, ws query binding, oneOf of allOf' },
  { name: 'streetlights', given: 'public example: MQTT channels with parameters, no WebSocket bindings' },
];

function generate(name: string): Promise<GeneratedFile[]> {
  const specPath = path.join(FIXTURES, name, 'asyncapi.yaml');
  return generateAsyncApi({ specPath, outDir: path.join(FIXTURES, name, 'expected'), source: specPath });
}

async function readExpected(dir: string): Promise<GeneratedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files: GeneratedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.push({
      path: path.relative(dir, absolute).split(path.sep).join('/'),
      content: await readFile(absolute, 'utf8'),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

describe('AsyncAPI generator (golden files)', function () {
  this.timeout(120_000);

  for (const { name, given } of cases) {
    it(`${name} (${given}) matches expected/ and is deterministic`, async () => {
      const first = await generate(name);
      const second = await generate(name);
      expect(second, 'two runs must be byte-identical').to.deep.equal(first);

      const expectedDir = path.join(FIXTURES, name, 'expected');
      if (UPDATE) {
        await rm(expectedDir, { recursive: true, force: true });
        for (const file of first) {
          await mkdir(path.dirname(path.join(expectedDir, file.path)), { recursive: true });
          await writeFile(path.join(expectedDir, file.path), file.content);
        }
      }
      const want = await readExpected(expectedDir);
      expect(first.map((f) => f.path)).to.deep.equal(want.map((f) => f.path));
      for (const [i, file] of first.entries()) {
        expect(file.content, `${name}/${file.path} differs from expected (UPDATE_GOLDEN=1 rewrites)`).to.equal(
          want[i]!.content,
        );
        expect(file.content.startsWith(`// generated from ${FIXTURES}/${name}/asyncapi.yaml`), file.path).to.equal(
          true,
        );
      }
      expect(first.map((f) => f.path)).to.include.members([
        'asyncapi/messages.ts',
        'asyncapi/schemas.ts',
        'asyncapi/validators.ts',
        'sdk/ws-client.ts',
        'sdk/ws-runtime.ts',
      ]);
    });
  }

  it('rejects an invalid spec with an InvalidSpecError naming the problems', async () => {
    const specPath = path.join(FIXTURES, 'invalid.yaml');
    try {
      await generateAsyncApi({ specPath, outDir: '/tmp/unused', source: specPath });
    } catch (error) {
      expect(error).to.be.instanceOf(InvalidSpecError);
      expect((error as Error).message).to.match(/Invalid spec test\/fixtures\/asyncapi\/invalid\.yaml/);
      expect((error as Error).message).to.match(/version/); // info.version is missing
      return;
    }
    expect.fail('an invalid spec must not generate');
  });

  it('the generated validators of the features fixture accept valid frames and reject invalid ones', async () => {
    const url = pathToFileURL(path.resolve(FIXTURES, 'features/expected/asyncapi/validators.ts')).href;
    const v = (await import(url)) as Record<
      string,
      (frame: unknown) => { ok: boolean; key?: string; errors?: Array<{ message: string }> }
    >;
    const tree = {
      type: 'tree.updated',
      seq: 1,
      payload: { name: 'root', children: [{ name: 'leaf', parent: null }] },
    };
    expect(v.validateRoomsServerMessage!(tree)).to.include({ ok: true, key: 'tree.updated' });
    const badTree = { ...tree, payload: { name: 'root', children: [{ children: [] }] } };
    expect(v.validateRoomsServerMessage!(badTree).ok, 'recursive schema enforced below the root').to.equal(false);
    expect(
      v.validateRoomsClientMessage!({ type: 'shape', payload: { kind: 'rectangle', width: 1, height: 2 } }),
    ).to.include({ ok: true });
    expect(v.validateRoomsClientMessage!({ type: 'shape', payload: { kind: 'circle', radius: 0 } }).ok).to.equal(false);
    const unknown = v.validateRoomsServerMessage!({ type: 'nope' });
    expect(unknown.ok).to.equal(false);
    expect(unknown.errors![0]!.message).to.match(/unknown message type "nope" on channel rooms/);
    // No discriminator: the schema that matches decides.
    expect(v.validateUntypedServerMessage!({ n: 3 })).to.include({ ok: true, key: 'count' });
    expect(v.validateRpcServerMessage!({ op: 'lookup.result', result: null })).to.include({ ok: true });
  });

  it('the generated TypeScript of every fixture type-checks (tsc --noEmit)', async () => {
    const dir = path.resolve('.tmp');
    await mkdir(dir, { recursive: true });
    const config = path.join(dir, `tsconfig.asyncapi-golden-${process.pid}.json`);
    await writeFile(
      config,
      JSON.stringify({
        extends: '../tsconfig.json',
        compilerOptions: { noEmit: true, rootDir: '..' },
        include: cases.map(({ name }) => `../${FIXTURES}/${name}/expected/**/*.ts`),
        exclude: [],
      }),
    );
    try {
      await promisify(execFile)(process.execPath, [path.resolve('node_modules/typescript/bin/tsc'), '-p', config]);
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      expect.fail(`generated code does not type-check:\n${stdout ?? ''}${stderr ?? ''}`);
    } finally {
      await rm(config, { force: true });
    }
  });
});
