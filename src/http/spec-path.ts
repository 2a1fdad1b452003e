import { existsSync } from 'node:fs';
import { fromPackageRoot } from '../package-root.js';

/** Absolute path of `specs/openapi.yaml`, the contract the server validates against. */
export function openApiSpecPath(): string {
  const file = fromPackageRoot('specs', 'openapi.yaml');
  if (!existsSync(file)) throw new Error(`OpenAPI spec not found at ${file}`);
  return file;
}
