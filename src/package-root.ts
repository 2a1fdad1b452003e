import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/**
 * The directory holding clawgate's package.json, found by walking up from this file. Works from
 * `src/` under tsx, from `dist/src/` after a build, and in the Docker image (where `specs/` and
 * `templates/` are copied next to package.json).
 */
export function packageRoot(): string {
  cachedRoot ??= findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
  return cachedRoot;
}

/** `packageRoot()` joined with `parts`, e.g. `fromPackageRoot('specs', 'openapi.yaml')`. */
export function fromPackageRoot(...parts: string[]): string {
  return path.join(packageRoot(), ...parts);
}

/** name and version from clawgate's package.json. */
export function readPackageInfo(): { name: string; version: string } {
  const parsed = JSON.parse(readFileSync(fromPackageRoot('package.json'), 'utf8')) as {
    name?: string;
    version?: string;
  };
  return { name: parsed.name ?? 'clawgate', version: parsed.version ?? '0.0.0' };
}

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file) && packageName(file) === 'clawgate') return dir;
    if (path.dirname(dir) === dir) throw new Error(`cannot find clawgate's package.json above ${start}`);
  }
}

function packageName(file: string): string | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}
