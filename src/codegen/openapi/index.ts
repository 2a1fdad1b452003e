import type { GeneratedFile } from '../types.js';
import { renderRestClientFile } from '../../../templates/openapi-sdk/rest-client-file.js';
import { renderBindFile } from '../../../templates/openapi-server/bind-file.js';
import { renderServerIndexFile } from '../../../templates/openapi-server/index-file.js';
import { renderOperationsFile } from '../../../templates/openapi-server/operations-file.js';
import { createOpenApiContext } from './context.js';
import { loadOpenApiDocument } from './load-document.js';
import { renderTypesFile } from './types-file.js';

export { loadOpenApiDocument } from './load-document.js';
export type { OpenApiContext, OperationModel } from './model.js';

export interface GenerateOpenApiOptions {
  specPath: string;
  /** Name of the spec written into headers (e.g. `specs/openapi.yaml`). */
  source: string;
  /** Name used in error messages (the path as the user gave it); defaults to `source`. */
  displayName?: string;
}

/** Folders of the output the OpenAPI side owns entirely (stale files there are removed). */
export const OPENAPI_OWNED_DIRS = ['openapi', 'server'] as const;

/**
 * The OpenAPI side of the generator, in memory:
 * 1. load (parse, validate, bundle) the document;
 * 2. resolve it once into the template context;
 * 3. render openapi-typescript's types, the server binding and the REST client.
 */
export async function generateOpenApi(options: GenerateOpenApiOptions): Promise<GeneratedFile[]> {
  const document = await loadOpenApiDocument(options.specPath, options.displayName ?? options.source);
  const context = createOpenApiContext(document, options.source);
  return [
    { path: 'openapi/types.ts', content: await renderTypesFile(document, options.source) },
    { path: 'server/operations.ts', content: renderOperationsFile(context) },
    { path: 'server/bind.ts', content: renderBindFile(context) },
    { path: 'server/index.ts', content: renderServerIndexFile(context) },
    { path: 'sdk/rest-client.ts', content: renderRestClientFile(context) },
  ];
}
