/**
 * Reads the specs at a git revision (`git show rev:path`) and in the work tree, for `spec:diff`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { DiffInput } from './types.js';

export interface SpecFiles {
  openapi: string;
  asyncapi: string;
}

/** Where the project's specs live, relative to the repository root. */
export const SPEC_FILES: SpecFiles = { openapi: 'specs/openapi.yaml', asyncapi: 'specs/asyncapi.yaml' };

/** The repository root containing `cwd`. */
export function repositoryRoot(cwd: string): string {
  return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' }).trim();
}

/**
 * Parses each spec as it is at `revision`; a file missing there is `undefined`.
 * Throws when the revision itself does not exist.
 */
export function readSpecsAtRevision(
  root: string,
  revision: string,
  files: SpecFiles = SPEC_FILES,
): { openapi?: unknown; asyncapi?: unknown } {
  // fail clearly on a bad revision before looking for files in it
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch {
    throw new Error(`unknown git revision: ${revision}`);
  }
  const read = (file: string): unknown => {
    let text: string;
    try {
      text = execFileSync('git', ['show', `${revision}:${file}`], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch {
      return undefined; // not in that revision: every item in the current file counts as added
    }
    return parseSpec(text, `${file} at ${revision}`);
  };
  return { openapi: read(files.openapi), asyncapi: read(files.asyncapi) };
}

/** Parses each spec from the work tree; a missing file is `undefined`. */
export function readSpecsInWorkTree(
  root: string,
  files: SpecFiles = SPEC_FILES,
): { openapi?: unknown; asyncapi?: unknown } {
  const read = (file: string): unknown => {
    const full = path.join(root, file);
    return existsSync(full) ? parseSpec(readFileSync(full, 'utf8'), file) : undefined;
  };
  return { openapi: read(files.openapi), asyncapi: read(files.asyncapi) };
}

/** Pairs up both readings for `diffSpecs`. */
export function specPairs(
  before: { openapi?: unknown; asyncapi?: unknown },
  after: { openapi?: unknown; asyncapi?: unknown },
): DiffInput {
  return {
    openapi: { before: before.openapi, after: after.openapi },
    asyncapi: { before: before.asyncapi, after: after.asyncapi },
  };
}

function parseSpec(text: string, label: string): unknown {
  try {
    return parse(text, { maxAliasCount: -1 });
  } catch (err) {
    throw new Error(`cannot parse ${label}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}
