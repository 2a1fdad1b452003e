import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPackageRoot, readPackageInfo } from './spec-path.js';

export interface BuildInfo {
  name: string;
  version: string;
  /** git commit the code came from; null when unknown (e.g. a Docker image built without .git) */
  commit: string | null;
}

/**
 * The commit checked out at `root`, read from `.git` without running git: HEAD, then the ref it
 * points to (loose or packed).
 */
export function readGitCommit(root: string): string | null {
  try {
    const gitDir = join(root, '.git');
    const head = readFileSync(join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (ref === undefined) return null;
    try {
      return readFileSync(join(gitDir, ref), 'utf8').trim();
    } catch {
      const packed = readFileSync(join(gitDir, 'packed-refs'), 'utf8');
      const line = packed.split('\n').find((l) => l.endsWith(` ${ref}`));
      return line?.split(' ')[0] ?? null;
    }
  } catch {
    return null;
  }
}

/** name and version from package.json; the commit from configuration, else from `.git`. */
export function buildInfo(configuredCommit?: string): BuildInfo {
  const root = findPackageRoot();
  return { ...readPackageInfo(root), commit: configuredCommit ?? readGitCommit(root) };
}
