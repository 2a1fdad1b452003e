/**
 * `npm run docs:config`: writes docs/configuration.md from the settings in src/config/settings.ts.
 * `--check` writes nothing and exits 1 when the committed file differs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIGURATION_DOC_PATH, renderConfigurationDoc } from '../src/config/docs.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, CONFIGURATION_DOC_PATH);
const wanted = renderConfigurationDoc();
const onDisk = await readFile(file, 'utf8').catch(() => undefined);

if (onDisk === wanted) {
  console.log(`docs:config: ${CONFIGURATION_DOC_PATH} up to date`);
} else if (process.argv.includes('--check')) {
  console.error(`docs:config: ${CONFIGURATION_DOC_PATH} differs from the settings; run \`npm run docs:config\``);
  process.exitCode = 1;
} else {
  await writeFile(file, wanted);
  console.log(`docs:config: written ${CONFIGURATION_DOC_PATH}`);
}
