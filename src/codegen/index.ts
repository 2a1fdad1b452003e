import path from 'node:path';
import { specLabel } from './header.js';
import { generateOpenApi, OPENAPI_OWNED_DIRS } from './openapi/index.js';
import { renderEntryFiles } from './sdk-index.js';
import { InvalidSpecError, type GeneratedFile, type GenerateOptions } from './types.js';
import { writeGeneratedFiles } from './write-files.js';

export { generatedHeader, generatedJson, generatedJsonComment, specLabel } from './header.js';
export { InvalidSpecError, type GeneratedFile, type GenerateOptions } from './types.js';
export { listFiles, writeGeneratedFiles } from './write-files.js';

/** What a generation produced, relative to `out` (and `docsOut`). */
export interface GenerateResult {
  files: GeneratedFile[];
  docs: GeneratedFile[];
  written: string[];
  removed: string[];
}

/**
 * Generates everything from the specs, in memory first, then on disk:
 * 1. each given spec is parsed and validated (an invalid one throws `InvalidSpecError`);
 * 2. the OpenAPI side renders types, server binding and REST client;
 * 3. the AsyncAPI side (when present) renders message types, schemas, validators, WS client;
 * 4. entry files join both sides; the docs side renders the API reference (when asked);
 * 5. files are written and stale files in the owned folders removed.
 *
 * @example await generate({ openapi: 'specs/openapi.yaml', asyncapi: 'specs/asyncapi.yaml', out: 'generated' })
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const cwd = options.cwd ?? process.cwd();
  const { files, docs, ownedDirs } = await renderGeneration(options);
  const result = await writeGeneratedFiles({ outDir: path.resolve(cwd, options.out), files, ownedDirs });
  if (options.docsOut !== undefined && docs.length > 0) {
    const docsResult = await writeGeneratedFiles({
      outDir: path.resolve(cwd, options.docsOut),
      files: docs,
      ownedDirs: ['.'],
    });
    result.written.push(...docsResult.written.map((file) => path.posix.join(options.docsOut!, file)));
    result.removed.push(...docsResult.removed.map((file) => path.posix.join(options.docsOut!, file)));
  }
  return { files, docs, ...result };
}

/** Steps 1–4 without touching the disk: what `generate()` would write, and the folders it owns. */
export async function renderGeneration(
  options: GenerateOptions,
): Promise<{ files: GeneratedFile[]; docs: GeneratedFile[]; ownedDirs: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  if (options.openapi === undefined && options.asyncapi === undefined) {
    throw new Error('Nothing to generate: give an OpenAPI and/or an AsyncAPI document');
  }
  const files = await renderAll(options, cwd);
  const sources = [options.openapi, options.asyncapi]
    .filter((spec): spec is string => spec !== undefined)
    .map((spec) => specLabel(spec, cwd));
  files.push(...renderEntryFiles(files, sources));
  files.sort((a, b) => a.path.localeCompare(b.path));
  const docs = options.docsOut === undefined ? [] : await renderDocs(options, options.docsOut);
  const ownedDirs = [
    ...(options.openapi !== undefined ? OPENAPI_OWNED_DIRS : []),
    ...(options.asyncapi !== undefined ? ['asyncapi'] : []),
    ...(options.openapi !== undefined && options.asyncapi !== undefined ? ['sdk'] : []),
  ];
  return { files, docs, ownedDirs };
}

/** Steps 1–3 without writing anything: every generated file of `out`, sorted by path. */
export async function renderAll(
  options: GenerateOptions,
  cwd: string = options.cwd ?? process.cwd(),
): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  if (options.openapi !== undefined) {
    files.push(
      ...(await generateOpenApi({
        specPath: path.resolve(cwd, options.openapi),
        source: specLabel(options.openapi, cwd),
        displayName: options.openapi,
      })),
    );
  }
  if (options.asyncapi !== undefined) {
    // Loaded on demand: the AsyncAPI toolchain is heavy and OpenAPI-only runs do not need it.
    const { generateAsyncApi } = await import('./asyncapi/index.js');
    files.push(
      ...(await generateAsyncApi({
        specPath: path.resolve(cwd, options.asyncapi),
        outDir: path.resolve(cwd, options.out),
        source: specLabel(options.asyncapi, cwd),
      })),
    );
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

/** The docs side's entry (`src/codegen/docs/index.ts`), developed separately. */
type GenerateDocs = (options: {
  openapi?: string;
  asyncapi?: string;
  outDir?: string;
  cwd?: string;
}) => Promise<GeneratedFile[]>;

/**
 * The API reference files (`docs/api`), rendered by `src/codegen/docs` from the same specs; none
 * when that module is absent (the specifier is not a literal so the build does not require it).
 */
export async function renderDocs(options: GenerateOptions, docsOut: string): Promise<GeneratedFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const specifier = './docs/index.js';
  const docsModule = (await import(specifier).catch((err: unknown) => {
    const missing = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && /docs[\\/]index/.test(String(err));
    if (missing) return undefined;
    throw err;
  })) as { generateDocs?: GenerateDocs } | undefined;
  if (typeof docsModule?.generateDocs !== 'function') return [];
  const docsOptions: Parameters<GenerateDocs>[0] = { outDir: path.resolve(cwd, docsOut), cwd };
  if (options.openapi !== undefined) docsOptions.openapi = path.resolve(cwd, options.openapi);
  if (options.asyncapi !== undefined) docsOptions.asyncapi = path.resolve(cwd, options.asyncapi);
  return docsModule.generateDocs(docsOptions);
}

export interface GenerateCommandOptions {
  openapi?: string;
  asyncapi?: string;
  out: string;
  docsOut?: string;
}

/**
 * `clawgate generate`: runs `generate()` and reports; returns the exit code (0 ok, 1 invalid spec
 * or failure) instead of exiting, so the CLI decides.
 *
 * @example process.exitCode = await runGenerateCommand({ openapi: 'api.yaml', out: '/tmp/o' })
 */
export async function runGenerateCommand(
  options: GenerateCommandOptions,
  io: { log: (line: string) => void; error: (line: string) => void } = console,
): Promise<number> {
  try {
    const generateOptions: GenerateOptions = { out: options.out };
    if (options.openapi !== undefined) generateOptions.openapi = options.openapi;
    if (options.asyncapi !== undefined) generateOptions.asyncapi = options.asyncapi;
    if (options.docsOut !== undefined) generateOptions.docsOut = options.docsOut;
    const result = await generate(generateOptions);
    io.log(
      `generated ${result.files.length + result.docs.length} files into ${options.out}` +
        ` (${result.written.length} written, ${result.removed.length} removed, others unchanged)`,
    );
    return 0;
  } catch (err) {
    io.error(err instanceof InvalidSpecError ? err.message : `generate failed: ${(err as Error).stack ?? String(err)}`);
    return 1;
  }
}
