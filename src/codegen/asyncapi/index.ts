import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';
import { generatedHeader, specLabel } from '../header.js';
import { InvalidSpecError, type GeneratedFile } from '../types.js';
import { fromPackageRoot } from '../../package-root.js';

export type { GeneratedFile } from '../types.js';

/** The @asyncapi/generator template that renders the AsyncAPI side (absolute path: works offline). */
/** The template ships next to package.json (also when running from dist/ or an installed package). */
export const ASYNCAPI_TEMPLATE_DIR = fromPackageRoot('templates', 'asyncapi-ts');

export interface GenerateAsyncApiOptions {
  /** The AsyncAPI 3.0 document (YAML or JSON). */
  specPath: string;
  /** Where the orchestrator will write the files; returned paths are relative to it. */
  outDir: string;
  /** How the spec is named in the do-not-edit header; defaults to its path relative to cwd. */
  source?: string;
}

interface AsyncApiGenerator {
  generateFromString(spec: string, options?: { path?: string }): Promise<void>;
}
type GeneratorClass = new (template: string, targetDir: string, options: Record<string, unknown>) => AsyncApiGenerator;

/**
 * Renders the AsyncAPI side of `generated/`: `asyncapi/{messages,schemas,validators,index}.ts` and
 * `sdk/ws-{client,runtime}.ts`. Nothing is written to `outDir`: the files are returned.
 * 1. parse and validate the document (an invalid one throws `InvalidSpecError`, listing problems);
 * 2. run @asyncapi/generator with `templates/asyncapi-ts` into a temporary folder;
 * 3. read the files back, sorted by path, and remove the temporary folder.
 *
 * @example const files = await generateAsyncApi({ specPath: 'specs/asyncapi.yaml', outDir: 'generated' })
 */
export async function generateAsyncApi(options: GenerateAsyncApiOptions): Promise<GeneratedFile[]> {
  const source = options.source ?? specLabel(options.specPath);
  const text = await readSpec(options.specPath, source);
  await validateSpec(text, options.specPath, source);

  const tmp = await mkdtemp(path.join(tmpdir(), 'clawgate-asyncapi-'));
  try {
    const Generator = loadGenerator();
    const generator = new Generator(ASYNCAPI_TEMPLATE_DIR, tmp, {
      forceWrite: true,
      templateParams: { header: generatedHeader([source]), specPath: source },
    });
    await generator.generateFromString(text, { path: path.resolve(options.specPath) });
    return await readTree(tmp);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function readSpec(specPath: string, source: string): Promise<string> {
  try {
    return await readFile(specPath, 'utf8');
  } catch (error) {
    throw new InvalidSpecError(source, [`cannot read ${specPath}: ${(error as Error).message}`]);
  }
}

/** Step 1: the parser's error diagnostics become one readable `InvalidSpecError`. */
async function validateSpec(text: string, specPath: string, source: string): Promise<void> {
  const parser = new Parser();
  const { document, diagnostics } = await parser.parse(text, { source: path.resolve(specPath) });
  const problems = diagnostics
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- two copies of @stoplight/types
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .map((d) => `${d.path.length ? `${d.path.join('.')}: ` : ''}${d.message}`);
  if (document === undefined || problems.length > 0) {
    throw new InvalidSpecError(source, problems.length > 0 ? problems : ['not a valid AsyncAPI document']);
  }
  const version = document.version();
  if (!version.startsWith('3.')) {
    throw new InvalidSpecError(source, [`asyncapi ${version} is not supported: this generator reads AsyncAPI 3.x`]);
  }
}

function loadGenerator(): GeneratorClass {
  // @asyncapi/generator is CommonJS without types.
  const require = createRequire(import.meta.url);
  return require('@asyncapi/generator') as GeneratorClass;
}

async function readTree(root: string): Promise<GeneratedFile[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: GeneratedFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.push({
      path: path.relative(root, absolute).split(path.sep).join('/'),
      content: await readFile(absolute, 'utf8'),
    });
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
