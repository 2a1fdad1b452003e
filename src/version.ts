import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config/types.js';

export interface VersionInfo {
  name: string;
  version: string;
  /** CLAWGATE_GIT_COMMIT, else `git rev-parse HEAD` of the checkout, else `unknown` (e.g. in Docker) */
  commit: string;
}

/** The directory holding clawgate's package.json: two levels up from dist/src, one from src. */
export function packageRoot(start: string = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file) && (JSON.parse(readFileSync(file, 'utf8')) as { name?: string }).name === 'clawgate') return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find clawgate's package.json above ${start}`);
  }
}

function gitCommit(root: string): string | undefined {
  try {
    const output = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], timeout: 2_000 });
    const commit = output.toString().trim();
    return /^[0-9a-f]{40}$/.test(commit) ? commit : undefined;
  } catch {
    return undefined; // no git, or not a checkout
  }
}

let packageInfo: { name: string; version: string } | undefined;
/** undefined = git not asked yet; null = asked, no answer. */
let checkedOutCommit: string | null | undefined;

/**
 * Name and version from package.json and the git commit the code was built from.
 *
 * @example versionInfo(config) // { name: 'clawgate', version: '0.1.0', commit: '3f2a…' }
 */
export function versionInfo(config: Pick<Config, 'gitCommit'> = {}): VersionInfo {
  if (packageInfo === undefined) {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };
    packageInfo = { name: pkg.name, version: pkg.version };
  }
  if (config.gitCommit !== undefined) return { ...packageInfo, commit: config.gitCommit };
  checkedOutCommit ??= gitCommit(packageRoot()) ?? null;
  return { ...packageInfo, commit: checkedOutCommit ?? 'unknown' };
}
