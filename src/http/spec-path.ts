import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding clawgate's package.json, found by walking up from this file. Works from
 * `src/` under tsx, from `dist/src/` after a build and in the Docker image (where `specs/` is
 * copied next to package.json).
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && readPackageName(candidate) === 'clawgate') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find clawgate's package.json above ${start}`);
    dir = parent;
  }
}

function readPackageName(file: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'name' in parsed && typeof parsed.name === 'string'
      ? parsed.name
      : undefined;
  } catch {
    return undefined;
  }
}

/** Absolute path of `specs/openapi.yaml`, the contract the server validates against. */
export function openApiSpecPath(root: string = findPackageRoot()): string {
  const file = join(root, 'specs', 'openapi.yaml');
  if (!existsSync(file)) throw new Error(`OpenAPI spec not found at ${file}`);
  return file;
}

/** name and version from package.json, for `/info`. */
export function readPackageInfo(root: string = findPackageRoot()): { name: string; version: string } {
  const parsed = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: string; version?: string };
  return { name: parsed.name ?? 'clawgate', version: parsed.version ?? '0.0.0' };
}
