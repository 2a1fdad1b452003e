import type { GenerateOptions } from '../src/codegen/index.js';

/** The project's own generation: paths relative to the repository root. */
export const PROJECT_GENERATION = {
  openapi: 'specs/openapi.yaml',
  asyncapi: 'specs/asyncapi.yaml',
  out: 'generated',
  docsOut: 'docs/api',
} as const satisfies GenerateOptions;
