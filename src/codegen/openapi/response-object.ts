import {
  componentOf,
  resolveLocal,
  type HeaderObject,
  type OpenApiDocument,
  type ReferenceObject,
  type ResponseObject,
} from './document.js';
import { isTextContentType, mediaTypeExpr } from './media-type-object.js';
import type { ResponseModel } from './model.js';

/** The key openapi-typescript gives a status: `200` stays a number, `2XX`/`default` are strings. */
export function statusKeyExpr(status: string): string {
  return /^\d+$/.test(status) ? status : JSON.stringify(status);
}

/**
 * The responses of an operation (OpenAPI 3.1 §4.8.16/§4.8.17), in a stable order: explicit codes
 * ascending, then ranges, then `default`.
 */
export function transformResponsesObject(
  document: OpenApiDocument,
  responses: Record<string, ResponseObject | ReferenceObject> = {},
  operationTypeExpr: string,
): ResponseModel[] {
  return Object.entries(responses)
    .sort(([a], [b]) => statusRank(a) - statusRank(b) || a.localeCompare(b))
    .map(([status, raw]) => transformResponseObject(document, status, raw, operationTypeExpr));
}

function statusRank(status: string): number {
  if (/^\d+$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return Number(status[0]) * 100 + 99.5;
  return 1000;
}

/** One response: its media types, declared headers and, for error bodies, a spec-wide type name. */
export function transformResponseObject(
  document: OpenApiDocument,
  status: string,
  raw: ResponseObject | ReferenceObject,
  operationTypeExpr: string,
): ResponseModel {
  const { value, ref } = resolveLocal<ResponseObject>(document, raw);
  const responseExpr = `${operationTypeExpr}["responses"][${statusKeyExpr(status)}]`;
  const component = componentOf(ref);
  const contentTypes = Object.keys(value.content ?? {});
  return {
    status,
    media: contentTypes.map((contentType) => ({
      contentType,
      typeExpr: mediaTypeExpr(`${responseExpr}["content"]`, contentType),
    })),
    headers: Object.entries(value.headers ?? {})
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, header]) => ({
        name,
        required: resolveLocal<HeaderObject>(document, header).value.required === true,
        typeExpr: `${responseExpr}["headers"][${JSON.stringify(name)}]`,
      })),
    sharedTypeExprs: contentTypes.map((contentType) => {
      if (isTextContentType(contentType)) return 'string';
      const schemaRef = componentOf(
        value.content?.[contentType]?.schema && '$ref' in value.content[contentType].schema
          ? value.content[contentType].schema.$ref
          : undefined,
      );
      if (schemaRef?.[0] === 'schemas') return `components["schemas"][${JSON.stringify(schemaRef[1])}]`;
      if (component?.[0] === 'responses') {
        return `components["responses"][${JSON.stringify(component[1])}]["content"][${JSON.stringify(contentType)}]`;
      }
      return mediaTypeExpr(`${responseExpr}["content"]`, contentType);
    }),
  };
}
