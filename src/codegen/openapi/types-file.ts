import openapiTS, { astToString } from 'openapi-typescript';
import { generatedHeader } from '../header.js';
import type { OpenApiDocument } from './document.js';

/**
 * `openapi/types.ts`: openapi-typescript's `paths`, `components`, `operations` and `webhooks` for
 * the bundled document. Everything else generated from OpenAPI refers to these types.
 */
export async function renderTypesFile(document: OpenApiDocument, source: string): Promise<string> {
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { silent: true });
  return `${generatedHeader([source])}\n${astToString(ast)}`;
}
