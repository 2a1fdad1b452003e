import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './types.js';

export interface WriteGeneratedFilesOptions {
  outDir: string;
  files: readonly GeneratedFile[];
  /**
   * Folders (relative to outDir) the generator owns: any file in them that is not in `files` is
   * stale (e.g. from a deleted operation) and removed.
   */
  ownedDirs: readonly string[];
}

/**
 * Writes the generated files, leaving untouched those whose content did not change, and removes
 * stale files in the owned folders. Returns the paths written and removed.
 */
export async function writeGeneratedFiles(
  options: WriteGeneratedFilesOptions,
): Promise<{ written: string[]; removed: string[] }> {
  const { outDir, files, ownedDirs } = options;
  const wanted = new Set(files.map((file) => file.path));
  const written: string[] = [];
  const removed: string[] = [];

  // 1. Remove stale files in the owned folders.
  for (const dir of ownedDirs) {
    for (const existing of await listFiles(path.join(outDir, dir))) {
      const relative = path.posix.join(dir, existing);
      if (!wanted.has(relative)) {
        await rm(path.join(outDir, relative));
        removed.push(relative);
      }
    }
  }

  // 2. Write what changed.
  for (const file of files) {
    const target = path.join(outDir, file.path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === file.content) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    written.push(file.path);
  }
  return { written: written.sort(), removed: removed.sort() };
}

/** Every file under `dir`, as sorted POSIX paths relative to it; empty when it does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
