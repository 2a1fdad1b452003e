import type { RequestHandler } from 'express';
import { middleware as openApiValidator } from 'express-openapi-validator';
import type { SecurityHandlers } from 'express-openapi-validator/dist/framework/types.js';

export interface ValidatorOptions {
  specFile: string;
  validateResponses: boolean;
  securityHandlers: SecurityHandlers;
}

/**
 * express-openapi-validator against specs/openapi.yaml: routes (unknown → 404, wrong method →
 * 405 with Allow), security, request parameters and bodies (unknown query parameters and body
 * properties refused), and responses when enabled. Its errors go to the one error middleware.
 */
export function openApiValidation({
  specFile,
  validateResponses,
  securityHandlers,
}: ValidatorOptions): RequestHandler[] {
  return openApiValidator({
    apiSpec: specFile,
    validateApiSpec: true,
    validateRequests: { allowUnknownQueryParameters: false, removeAdditional: false, coerceTypes: false },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: { handlers: securityHandlers },
    validateFormats: true,
    ajvFormats: { mode: 'full' },
    ignoreUndocumented: false,
  });
}
