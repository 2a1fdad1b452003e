import { generatedHeader } from './header.js';
import type { GeneratedFile } from './types.js';

/**
 * The entry files that join both sides: `sdk/index.ts` (what `clawgate/sdk` exports) and
 * `index.ts`. Each side is re-exported only when its files were generated.
 */
export function renderEntryFiles(files: readonly GeneratedFile[], sources: readonly string[]): GeneratedFile[] {
  const has = (path: string) => files.some((file) => file.path === path);
  const header = generatedHeader(sources);
  const sdk = [
    has('sdk/rest-client.ts') ? `export * from './rest-client.js';\n` : '',
    has('sdk/ws-client.ts') ? `export * from './ws-client.js';\n` : '',
  ].join('');
  const root = [
    has('openapi/types.ts') ? `export type * as openapi from './openapi/types.js';\n` : '',
    has('server/index.ts') ? `export * as server from './server/index.js';\n` : '',
    has('asyncapi/index.ts') ? `export * as asyncapi from './asyncapi/index.js';\n` : '',
    sdk !== '' ? `export * as sdk from './sdk/index.js';\n` : '',
  ].join('');
  const entries: GeneratedFile[] = [];
  if (sdk !== '') entries.push({ path: 'sdk/index.ts', content: `${header}${sdk}` });
  entries.push({ path: 'index.ts', content: `${header}${root === '' ? 'export {};\n' : root}` });
  return entries;
}
