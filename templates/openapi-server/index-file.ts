import { generatedHeader } from '../../src/codegen/header.js';
import type { OpenApiContext } from '../../src/codegen/openapi/model.js';

/** `generated/server/index.ts`: the server side's entry. */
export function renderServerIndexFile(context: OpenApiContext): string {
  return `${generatedHeader([context.source])}export * from './operations.js';\nexport * from './bind.js';\n`;
}
