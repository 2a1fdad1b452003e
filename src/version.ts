import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './config/types.js';
import { packageRoot, readPackageInfo } from './package-root.js';

export interface VersionInfo {
  name: string;
  version: string;
  /** CLAWGATE_GIT_COMMIT, else the commit checked out at the package root, else null (e.g. in Docker) */
  commit: string | null;
}

/**
 * The commit checked out at `root`, read from `.git` without running git (the runtime image has
 * no git and no shell): HEAD, then the ref it points to, loose or packed.
 */
export function readGitCommit(root: string): string | null {
  try {
    const gitDir = path.join(root, '.git');
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40}$/.test(head)) return head;
    const ref = /^ref: (.+)$/.exec(head)?.[1];
    if (ref === undefined) return null;
    try {
      return readFileSync(path.join(gitDir, ref), 'utf8').trim();
    } catch {
      const packed = readFileSync(path.join(gitDir, 'packed-refs'), 'utf8');
      return (
        packed
          .split('\n')
          .find((line) => line.endsWith(` ${ref}`))
          ?.split(' ')[0] ?? null
      );
    }
  } catch {
    return null;
  }
}

let packageInfo: { name: string; version: string } | undefined;
/** undefined = `.git` not read yet */
let checkedOutCommit: string | null | undefined;

/**
 * Name and version from package.json and the git commit the code was built from; the one source
 * for `/info` and `clawgate version`.
 *
 * @example versionInfo(config) // { name: 'clawgate', version: '0.1.0', commit: '3f2a…' }
 */
export function versionInfo(config: Pick<Config, 'gitCommit'> = {}): VersionInfo {
  packageInfo ??= readPackageInfo();
  if (config.gitCommit !== undefined) return { ...packageInfo, commit: config.gitCommit };
  if (checkedOutCommit === undefined) checkedOutCommit = readGitCommit(packageRoot());
  return { ...packageInfo, commit: checkedOutCommit };
}
