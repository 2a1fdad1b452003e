import type { OpenApiDocument } from './document.js';
import type { OpenApiContext } from './model.js';
import { clientClassName } from './names.js';
import { transformPathsObject } from './operation-object.js';
import { transformSecuritySchemes } from './security-scheme-object.js';

/** Resolves a validated, bundled document once into what every template reads. */
export function createOpenApiContext(document: OpenApiDocument, source: string): OpenApiContext {
  const operations = transformPathsObject(document);
  const errorBodyTypeExprs = new Set<string>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      if (/^2/.test(response.status)) continue;
      for (const expr of response.sharedTypeExprs) errorBodyTypeExprs.add(expr);
    }
  }
  return {
    source,
    title: document.info.title,
    version: document.info.version,
    clientName: clientClassName(document.info.title),
    operations,
    securitySchemes: transformSecuritySchemes(document),
    errorBodyTypeExprs: [...errorBodyTypeExprs],
  };
}
