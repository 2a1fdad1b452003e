import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect } from 'chai';
import { InvalidSpecError, listFiles, renderAll, type GeneratedFile } from '../../src/codegen/index.js';

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixturesDir = path.join(repoRoot, 'test/fixtures/openapi');
const updateGolden = process.env.UPDATE_GOLDEN === '1';

/** Every fixture folder with its spec file (`openapi.yaml` or `openapi.json`). */
async function fixtures(): Promise<Array<{ name: string; spec: string }>> {
  const entries = await readdir(fixturesDir, { withFileTypes: true });
  const result: Array<{ name: string; spec: string }> = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const files = await readdir(path.join(fixturesDir, entry.name));
    const spec = files.find((file) => /^openapi\.(ya?ml|json)$/.test(file));
    if (spec) result.push({ name: entry.name, spec: path.join(fixturesDir, entry.name, spec) });
  }
  return result;
}

/** Generates a fixture in memory, headers naming the spec relative to its own folder. */
function generateFixture(spec: string): Promise<GeneratedFile[]> {
  return renderAll({ openapi: spec, out: 'unused' }, path.dirname(spec)).then(async (files) => {
    const { renderEntryFiles } = await import('../../src/codegen/sdk-index.js');
    return [...files, ...renderEntryFiles(files, [path.basename(spec)])].sort((a, b) => a.path.localeCompare(b.path));
  });
}

const fixtureList = await fixtures();

describe('codegen: OpenAPI side', function () {
  this.timeout(180_000);

  it('has fixtures to test (real-world examples and hand-made ones)', () => {
    expect(fixtureList.map((f) => f.name)).to.include.members([
      'petstore',
      'petstore-expanded',
      'uspto',
      'composition',
      'parameters',
    ]);
  });

  describe('golden files: generated output equals test/fixtures/openapi/<name>/expected', () => {
    for (const { name, spec } of fixtureList) {
      it(name, async () => {
        const given = await generateFixture(spec);
        const expectedDir = path.join(fixturesDir, name, 'expected');
        if (updateGolden) {
          await rm(expectedDir, { recursive: true, force: true });
          for (const file of given) {
            await mkdir(path.dirname(path.join(expectedDir, file.path)), { recursive: true });
            await writeFile(path.join(expectedDir, file.path), file.content);
          }
        }
        const wantPaths = await listFiles(expectedDir);
        expect(
          given.map((file) => file.path),
          'file list',
        ).to.deep.equal(wantPaths);
        for (const file of given) {
          const want = await readFile(path.join(expectedDir, file.path), 'utf8');
          expect(file.content, `${name}/expected/${file.path} (UPDATE_GOLDEN=1 to accept)`).to.equal(want);
        }
      });
    }
  });

  it('is deterministic: generating twice gives byte-identical files', async () => {
    for (const { spec } of fixtureList.slice(0, 4)) {
      const first = await generateFixture(spec);
      const second = await generateFixture(spec);
      expect(second).to.deep.equal(first);
    }
  });

  it('starts every file with the do-not-edit header naming the spec', async () => {
    const petstore = fixtureList.find((f) => f.name === 'petstore')!;
    for (const file of await generateFixture(petstore.spec)) {
      expect(file.content.split('\n')[0], file.path).to.equal(
        '// generated from openapi.yaml by clawgate, do not edit',
      );
    }
  });

  it('gives every operation a handler and a client method, named after operationId or method+path', async () => {
    const files = await generateFixture(fixtureList.find((f) => f.name === 'parameters')!.spec);
    const server = files.find((file) => file.path === 'server/operations.ts')!.content;
    const client = files.find((file) => file.path === 'sdk/rest-client.ts')!.content;
    for (const name of ['getItems', 'getItemsMine', 'delete', 'putItemsByItemId', '_123batch', 'headRoot']) {
      expect(server, name).to.match(new RegExp(`\\n  ${name.replace('$', '\\$')}\\(input: `));
      expect(client, name).to.match(new RegExp(`\\n  ${name}\\(request\\??: `));
    }
    // Express paths: quoted names that are not identifiers, reserved characters escaped, literal before parameter.
    expect(server).to.include('expressPath: "/items/:\\"item-id\\""');
    expect(server).to.include('expressPath: "/v1/items\\\\:batchGet"');
    expect(server.indexOf('"/items/mine"')).to.be.lessThan(server.indexOf('"/items/{item-id}"'));
  });

  it('type-checks the output of every fixture with tsc --noEmit, and rejects wrong handler results', async () => {
    // Inside node_modules/.cache so express and @types resolve from the repository.
    await mkdir(path.join(repoRoot, 'node_modules/.cache'), { recursive: true });
    const dir = await mkdtemp(path.join(repoRoot, 'node_modules/.cache/codegen-tsc-'));
    try {
      for (const { name, spec } of fixtureList) {
        for (const file of await generateFixture(spec)) {
          await mkdir(path.dirname(path.join(dir, name, file.path)), { recursive: true });
          await writeFile(path.join(dir, name, file.path), file.content);
        }
      }
      // A probe with handlers that break the petstore contract: each line must be an error.
      await writeFile(path.join(dir, 'probe.ts'), PETSTORE_PROBE);
      await writeFile(
        path.join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: path.join(repoRoot, 'tsconfig.json'),
          compilerOptions: { noEmit: true, rootDir: '.', types: ['node'] },
          include: ['**/*.ts'],
          exclude: [],
        }),
      );
      const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
      const result = await run(process.execPath, [tsc, '-p', path.join(dir, 'tsconfig.json')], { cwd: dir }).then(
        () => ({ code: 0, output: '' }),
        (err: { code: number; stdout: string }) => ({ code: err.code, output: err.stdout }),
      );
      const errors = result.output.split('\n').filter((line) => line.includes('error TS'));
      // tsc names files relative to the real path, which differs when node_modules is a symlink.
      const probeLine = (line: string): string | undefined => /(?:^|\/)probe\.ts\((\d+),/.exec(line)?.[1];
      const outsideProbe = errors.filter((line) => probeLine(line) === undefined);
      expect(outsideProbe, 'generated code must type-check').to.deep.equal([]);
      const probeLines = new Set(errors.map(probeLine));
      const wanted = PETSTORE_PROBE.split('\n').flatMap((line, index) =>
        line.includes('// error') ? [String(index + 1)] : [],
      );
      expect([...probeLines].filter(Boolean).sort(), 'each wrong handler result is a type error').to.deep.equal(
        wanted.sort(),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('invalid specs', () => {
    let dir: string;
    before(async () => {
      dir = await mkdtemp(path.join(repoRoot, 'node_modules/.cache/codegen-invalid-'));
    });
    after(() => rm(dir, { recursive: true, force: true }));

    const cases: Array<{ name: string; text: string; want: RegExp }> = [
      { name: 'broken.yaml', text: 'openapi: 3.1.0\ninfo: [unclosed\n', want: /not valid YAML/ },
      {
        name: 'swagger.yaml',
        text: 'swagger: "2.0"\ninfo: {title: t, version: "1"}\npaths: {}\n',
        want: /Swagger 2\.0 is not supported/,
      },
      {
        name: 'no-version.yaml',
        text: 'info: {title: t, version: "1"}\npaths: {}\n',
        want: /"openapi" must be a 3\.0\.x or 3\.1\.x/,
      },
      {
        name: 'bad-ref.yaml',
        text: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {$ref: "#/components/responses/Nope"}\n',
        want: /Can't resolve \$ref/,
      },
      {
        name: 'no-info.yaml',
        text: 'openapi: 3.1.0\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok}\n',
        want: /info/,
      },
      {
        name: 'dup-operation-id.yaml',
        text: 'openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    get: {operationId: x, responses: {"200": {description: ok}}}\n    post: {operationId: x, responses: {"200": {description: ok}}}\n',
        want: /operationId/i,
      },
    ];
    for (const { name, text, want } of cases) {
      it(`${name}: InvalidSpecError naming the file and the problem`, async () => {
        await writeFile(path.join(dir, name), text);
        const error = await renderAll({ openapi: path.join(dir, name), out: 'unused' }, dir).then(
          () => undefined,
          (err: unknown) => err,
        );
        expect(error).to.be.instanceOf(InvalidSpecError);
        expect((error as Error).message).to.include(`Invalid spec ${path.join(dir, name)}:`);
        expect((error as Error).message).to.match(want);
      });
    }

    it('a missing file is an InvalidSpecError too', async () => {
      const error = await renderAll({ openapi: path.join(dir, 'missing.yaml'), out: 'unused' }, dir).catch(
        (err: unknown) => err,
      );
      expect(error).to.be.instanceOf(InvalidSpecError);
      expect((error as Error).message).to.match(/missing\.yaml:\n {2}- cannot read the file/);
    });
  });
});

/** Handlers for the petstore fixture; every line marked `// error` must fail to compile. */
const PETSTORE_PROBE = `import type { Router } from 'express';
import type { OperationHandlers } from './petstore/server/index.js';
import { bindOperations, HANDLED } from './petstore/server/index.js';
import { SwaggerPetstoreClient } from './petstore/sdk/index.js';

export const good: Partial<OperationHandlers> = {
  listPets: (input) => ({ status: 200, body: [{ id: input.query.limit ?? 1, name: 'rex' }], headers: { 'x-next': '/pets?page=2' } }),
  createPets: async () => ({ status: 201 }),
  showPetById: (input, ctx) => (input.params.petId === 'sse' ? (ctx.res.end(), HANDLED) : { status: 500, body: { code: 1, message: 'x' } }),
};

export const wrongBody: Partial<OperationHandlers> = {
  listPets: () => ({ status: 200, body: [{ id: 'one', name: 'rex' }] }), // error
};
export const missingField: Partial<OperationHandlers> = {
  showPetById: () => ({ status: 200, body: { name: 'rex' } }), // error
};
export const bodyOn201: Partial<OperationHandlers> = {
  createPets: () => ({ status: 201, body: { id: 1, name: 'rex' } }), // error
};
export const wrongParam: Partial<OperationHandlers> = {
  showPetById: (input) => ({ status: 200, body: { id: input.params.petId, name: 'rex' } }), // error
};
export const wrongHeader: Partial<OperationHandlers> = {
  listPets: () => ({ status: 200, body: [], headers: { 'x-next': 42 } }), // error
};
export const unknownOperation: Partial<OperationHandlers> = {
  deletePets: () => ({ status: 204 }), // error
};

interface Vars {
  user: string;
}
export const withVars: Partial<OperationHandlers<Vars>> = {
  listPets: (_input, ctx) => ({ status: 200, body: [{ id: 1, name: ctx.vars.user }] }),
  createPets: (_input, ctx) => {
    void ctx.vars.role; // error
    return { status: 201 };
  },
};
export const noVars: Partial<OperationHandlers> = {
  createPets: (_input, ctx) => {
    void ctx.vars.user; // error
    return { status: 201 };
  },
};
export function bindings(router: Router): void {
  bindOperations(router, good);
  bindOperations(router, withVars, { context: (req) => ({ user: req.get('x-user') ?? '' }) });
  bindOperations(router, withVars); // error
  bindOperations(router, withVars, { notImplemented: () => {} }); // error
  bindOperations(router, withVars, { context: () => ({ name: 'u' }) }); // error
}

export async function clientTypes(client: SwaggerPetstoreClient): Promise<void> {
  const pets = await client.listPets({ query: { limit: 10 } });
  const first: string = pets[0]?.name ?? '';
  const wrong: number = pets[0]?.name ?? 0; // error
  await client.showPetById({ params: {} }); // error
  await client.createPets({ body: { id: 1, name: first } });
  void wrong;
}
`;
