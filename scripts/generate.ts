/**
 * `npm run generate`: specs/ → generated/ (and docs/api when the docs generator is present).
 * Same input, byte-identical output; unchanged files are not rewritten.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, InvalidSpecError } from '../src/codegen/index.js';
import { PROJECT_GENERATION } from './generation.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const result = await generate({ ...PROJECT_GENERATION, cwd: root });
  for (const file of result.written) console.log(`written  ${file}`);
  for (const file of result.removed) console.log(`removed  ${file}`);
  console.log(
    `generate: ${result.files.length} files in ${PROJECT_GENERATION.out}/` +
      (result.docs.length > 0 ? ` and ${result.docs.length} in ${PROJECT_GENERATION.docsOut}/` : '') +
      ` (${result.written.length} written, ${result.removed.length} removed)`,
  );
} catch (err) {
  console.error(err instanceof InvalidSpecError ? err.message : err);
  process.exitCode = 1;
}
