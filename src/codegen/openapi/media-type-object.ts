/** Media types (OpenAPI 3.1 §4.8.14): how a content type maps to a TypeScript body type. */

/** `application/json`, `application/problem+json`, `application/json; charset=utf-8` … */
export function isJsonContentType(contentType: string): boolean {
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json') || essence === '*/*';
}

/** `text/*` bodies are strings whatever their schema says. */
export function isTextContentType(contentType: string): boolean {
  return contentType.split(';')[0]!.trim().toLowerCase().startsWith('text/');
}

/** Body type of one media type, given the expression of its `content` map in openapi-typescript's output. */
export function mediaTypeExpr(contentExpr: string, contentType: string): string {
  return isTextContentType(contentType) ? 'string' : `${contentExpr}[${JSON.stringify(contentType)}]`;
}
