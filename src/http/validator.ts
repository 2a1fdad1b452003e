import type { RequestHandler } from 'express';
import { middleware as openApiValidator } from 'express-openapi-validator';
import type { SecurityHandlers } from 'express-openapi-validator/dist/framework/types.js';

export interface ValidatorOptions {
  specFile: string;
  validateResponses: boolean;
  securityHandlers: SecurityHandlers;
  /**
   * Run once the security handlers accepted the request and before its parameters and body are
   * validated: what is about the caller (the per-organization limit) applies to invalid requests too.
   */
  afterSecurity?: RequestHandler[];
}

/** The name express-openapi-validator gives its security step among the handlers it returns. */
const SECURITY_STEP = 'securityMiddleware';

/**
 * express-openapi-validator against specs/openapi.yaml: routes (unknown → 404, wrong method →
 * 405 with Allow), security, request parameters and bodies (unknown query parameters and body
 * properties refused), and responses when enabled. Its errors go to the one error middleware.
 */
export function openApiValidation({
  specFile,
  validateResponses,
  securityHandlers,
  afterSecurity = [],
}: ValidatorOptions): RequestHandler[] {
  const steps = openApiValidator({
    apiSpec: specFile,
    validateApiSpec: true,
    validateRequests: { allowUnknownQueryParameters: false, removeAdditional: false, coerceTypes: false },
    validateResponses: validateResponses ? { removeAdditional: false } : false,
    validateSecurity: { handlers: securityHandlers },
    validateFormats: true,
    ajvFormats: { mode: 'full' },
    ignoreUndocumented: false,
  });
  if (afterSecurity.length === 0) return steps;
  const security = steps.findIndex((step) => step.name === SECURITY_STEP);
  // A validator upgrade that renames the step must fail at start, not skip the limit silently.
  if (security < 0) throw new Error(`express-openapi-validator has no ${SECURITY_STEP} step to run after`);
  return [...steps.slice(0, security + 1), ...afterSecurity, ...steps.slice(security + 1)];
}
