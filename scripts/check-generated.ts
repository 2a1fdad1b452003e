/**
 * `npm run check:generated`: regenerates in memory and compares with generated/ (and docs/api),
 * without touching the work tree. Exits 1 listing every drifted, missing or stale file.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InvalidSpecError, listFiles, renderGeneration, type GeneratedFile } from '../src/codegen/index.js';
import { PROJECT_GENERATION } from './generation.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Differences between what the specs produce and what is on disk under `dir`. */
async function drift(dir: string, files: readonly GeneratedFile[], ownedDirs: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const produced = new Set(files.map((file) => file.path));
  for (const file of files) {
    const onDisk = await readFile(path.join(root, dir, file.path), 'utf8').catch(() => undefined);
    if (onDisk === undefined) problems.push(`missing  ${path.posix.join(dir, file.path)}`);
    else if (onDisk !== file.content) problems.push(`changed  ${path.posix.join(dir, file.path)}`);
  }
  for (const owned of ownedDirs) {
    for (const existing of await listFiles(path.join(root, dir, owned))) {
      const relative = path.posix.join(owned, existing);
      if (!produced.has(relative)) problems.push(`stale    ${path.posix.join(dir, relative)}`);
    }
  }
  return problems;
}

try {
  const { files, docs, ownedDirs } = await renderGeneration({ ...PROJECT_GENERATION, cwd: root });
  const problems = [
    ...(await drift(PROJECT_GENERATION.out, files, ownedDirs)),
    ...(docs.length > 0 ? await drift(PROJECT_GENERATION.docsOut, docs, ['.']) : []),
  ];
  if (problems.length > 0) {
    console.error(`check:generated: ${problems.length} generated file(s) differ from what the specs produce:`);
    for (const problem of problems) console.error(`  ${problem}`);
    console.error('Run `npm run generate` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log(`check:generated: ${files.length + docs.length} files up to date`);
  }
} catch (err) {
  console.error(err instanceof InvalidSpecError ? err.message : err);
  process.exitCode = 1;
}
