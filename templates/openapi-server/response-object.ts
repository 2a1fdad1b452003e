import type { ResponseModel } from '../../src/codegen/openapi/model.js';
import { propertyKey } from '../../src/codegen/openapi/names.js';

/** TS type of a response's status: the literal code, a range alias (`StatusCode2XX`) or `number`. */
export function statusType(status: string): string {
  if (/^\d+$/.test(status)) return status;
  if (/^[1-5]XX$/i.test(status)) return `StatusCode${status[0]}XX`;
  return 'number';
}

/**
 * Members of a handler's result union for one response (OpenAPI 3.1 §4.8.17): one per media type
 * (the first one's `contentType` optional), or one without body.
 */
export function renderResultMembers(response: ResponseModel): string[] {
  const status = `status: ${statusType(response.status)}`;
  const headers = renderHeaders(response);
  if (response.media.length === 0) return [`{ ${[status, 'body?: undefined', headers].filter(Boolean).join('; ')} }`];
  return response.media.map((media, index) => {
    const contentType = `contentType${index === 0 ? '?' : ''}: ${JSON.stringify(media.contentType)}`;
    return `{ ${[status, contentType, `body: ${media.typeExpr}`, headers].filter(Boolean).join('; ')} }`;
  });
}

function renderHeaders(response: ResponseModel): string {
  if (response.headers.length === 0) return '';
  // Optional even when the spec requires them: middleware (correlation id, rate limits) sets many.
  const fields = response.headers.map((header) => `${propertyKey(header.name)}?: ${header.typeExpr}`);
  return `headers?: { ${fields.join('; ')} }`;
}

/** The runtime descriptor of a response: status key, content types and header names. */
export function renderResponseDescriptor(response: ResponseModel): string {
  return `{ status: ${JSON.stringify(response.status)}, contentTypes: ${JSON.stringify(
    response.media.map((media) => media.contentType),
  )}, headers: ${JSON.stringify(response.headers.map((header) => header.name))} }`;
}
