import {
  HTTP_METHODS,
  resolveLocal,
  type OpenApiDocument,
  type OperationObject,
  type PathItemObject,
} from './document.js';
import type { OperationModel } from './model.js';
import { deriveOperationName, operationName, typeNameOf, uniqueNames } from './names.js';
import { transformParameters } from './parameter-object.js';
import { transformRequestBodyObject } from './request-body-object.js';
import { transformResponsesObject } from './response-object.js';

/**
 * Every operation of the document's `paths` (OpenAPI 3.1 §4.8.8/§4.8.10), in the order Express
 * must mount them: more specific paths (literal segments before parameters) first, otherwise the
 * document's order. Webhooks and callbacks are outbound and not served, so not collected.
 */
export function transformPathsObject(document: OpenApiDocument): OperationModel[] {
  const unique = uniqueNames();
  const operations: OperationModel[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const { value: item } = resolveLocal<PathItemObject>(document, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      operations.push(transformOperationObject(document, path, method, item, operation, unique));
    }
  }
  return operations
    .map((operation, index) => ({ operation, index }))
    .sort((a, b) => compareSpecificity(a.operation.path, b.operation.path) || a.index - b.index)
    .map(({ operation }) => operation);
}

/** One operation: names, Express path, parameters, body, responses and effective security. */
export function transformOperationObject(
  document: OpenApiDocument,
  path: string,
  method: (typeof HTTP_METHODS)[number],
  item: PathItemObject,
  operation: OperationObject,
  unique: (name: string) => string,
): OperationModel {
  const operationId = operation.operationId ?? deriveOperationName(method, path);
  const name = unique(operationName(operationId));
  const typeExpr = `${typeNameOf(name)}Operation`;
  const requestBody = transformRequestBodyObject(document, operation.requestBody, typeExpr);
  const model: OperationModel = {
    name,
    operationId,
    method,
    path,
    expressPath: toExpressPath(path),
    deprecated: operation.deprecated === true,
    typeExpr,
    pathTypeExpr: `paths[${JSON.stringify(path)}][${JSON.stringify(method)}]`,
    parameters: transformParameters(document, item.parameters, operation.parameters),
    responses: transformResponsesObject(document, operation.responses, typeExpr),
    security: operation.security ?? document.security ?? [],
  };
  if (operation.summary !== undefined) model.summary = operation.summary;
  if (requestBody !== undefined) model.requestBody = requestBody;
  return model;
}

/**
 * OpenAPI path template → Express 5 (path-to-regexp 8) path: `{id}` → `:id`, names that are not
 * identifiers quoted (`:"pet-id"`), characters path-to-regexp reserves escaped.
 */
export function toExpressPath(path: string): string {
  return path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const param = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (param !== undefined)
        return /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u.test(param)
          ? `:${param}`
          : `:${JSON.stringify(param)}`;
      return part.replace(/[()[\]{}?+!:*\\]/g, (char) => `\\${char}`);
    })
    .join('');
}

/** Literal segments sort before parameter segments at the first difference. */
function compareSpecificity(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const leftParam = left[index]!.includes('{');
    const rightParam = right[index]!.includes('{');
    if (leftParam !== rightParam) return leftParam ? 1 : -1;
    if (left[index] !== right[index]) return 0;
  }
  return 0;
}
