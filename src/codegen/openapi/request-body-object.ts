import { resolveLocal, type OpenApiDocument, type ReferenceObject, type RequestBodyObject } from './document.js';
import { mediaTypeExpr } from './media-type-object.js';
import type { RequestBodyModel } from './model.js';

/** A request body (OpenAPI 3.1 §4.8.13): requiredness and one body type per content type. */
export function transformRequestBodyObject(
  document: OpenApiDocument,
  raw: RequestBodyObject | ReferenceObject | undefined,
  operationTypeExpr: string,
): RequestBodyModel | undefined {
  if (raw === undefined) return undefined;
  const { value } = resolveLocal<RequestBodyObject>(document, raw);
  const contentTypes = Object.keys(value.content ?? {});
  if (contentTypes.length === 0) return undefined;
  const contentExpr = `NonNullable<${operationTypeExpr}["requestBody"]>["content"]`;
  return {
    required: value.required === true,
    media: contentTypes.map((contentType) => ({ contentType, typeExpr: mediaTypeExpr(contentExpr, contentType) })),
  };
}
