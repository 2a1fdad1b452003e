import type { OperationModel } from '../../src/codegen/openapi/model.js';
import { typeNameOf } from '../../src/codegen/openapi/names.js';
import { jsdoc, union } from '../../src/codegen/openapi/render.js';

/** Request and response types of one operation for the client (only the parts that exist). */
export function renderClientOperationTypes(operation: OperationModel): string {
  const typeName = typeNameOf(operation.name);
  const fields: string[] = [];
  const has = (location: string) => operation.parameters.filter((parameter) => parameter.in === location);
  if (has('path').length > 0) fields.push(`  params: ${operation.typeExpr}["parameters"]["path"];\n`);
  for (const [location, key, field] of [
    ['query', 'query', 'query'],
    ['header', 'header', 'headers'],
  ] as const) {
    const parameters = has(location);
    if (parameters.length === 0) continue;
    const required = parameters.some((parameter) => parameter.required);
    fields.push(
      `  ${field}${required ? '' : '?'}: NonNullable<${operation.typeExpr}["parameters"][${JSON.stringify(key)}]>;\n`,
    );
  }
  if (operation.requestBody) {
    const bodyMedia = preferredMedia(operation);
    fields.push(`  body${operation.requestBody.required ? '' : '?'}: ${bodyMedia?.typeExpr ?? 'unknown'};\n`);
  }
  const success = operation.responses.filter((response) => /^2/.test(response.status));
  const responseType =
    success.length === 0
      ? 'unknown'
      : union(
          success.flatMap((response) =>
            response.media.length === 0 ? ['undefined'] : response.media.map((m) => m.typeExpr),
          ),
        );
  const errors = operation.responses.filter((response) => !/^2/.test(response.status));
  const errorType = union(
    errors.flatMap((response) => response.media.map((media) => media.typeExpr)),
    'unknown',
  );
  const title = `\`${operation.operationId}\` (${operation.method.toUpperCase()} ${operation.path})`;
  return [
    `type ${operation.typeExpr} = ${operation.pathTypeExpr};\n\n`,
    jsdoc([`Request of ${title}.`]),
    fields.length === 0
      ? `export type ${typeName}Request = Record<string, never>;\n\n`
      : `export interface ${typeName}Request {\n${fields.join('')}}\n\n`,
    jsdoc([`Body of the successful (2xx) response of ${title}.`]),
    `export type ${typeName}Response = ${responseType};\n\n`,
    jsdoc([`Body of the error responses of ${title} (\`ApiError.body\`).`]),
    `export type ${typeName}ErrorBody = ${errorType};\n`,
  ].join('');
}

/** The client method of one operation. */
export function renderClientMethod(operation: OperationModel): string {
  const typeName = typeNameOf(operation.name);
  const optional = !requestRequired(operation);
  return [
    jsdoc(
      [
        operation.summary,
        `\`${operation.method.toUpperCase()} ${operation.path}\`. Resolves to the 2xx body; throws \`ApiError\` otherwise.`,
        operation.deprecated ? '@deprecated' : undefined,
      ],
      '  ',
    ),
    `  ${operation.name}(request${optional ? '?' : ''}: ${typeName}Request, options?: RequestOptions): Promise<${typeName}Response> {\n`,
    `    return this.#send(OPERATIONS.${operation.name}, request ?? {}, options) as Promise<${typeName}Response>;\n`,
    `  }\n`,
  ].join('');
}

/** The runtime description the client needs: method, path, parameters, body type, security. */
export function renderClientOperationSpec(operation: OperationModel): string {
  const parameters = operation.parameters
    .filter((parameter) => parameter.in !== 'cookie')
    .map(
      (parameter) =>
        `{ name: ${JSON.stringify(parameter.name)}, in: ${JSON.stringify(parameter.in)}, style: ${JSON.stringify(parameter.style)}, explode: ${parameter.explode} }`,
    );
  const fields = [
    `operationId: ${JSON.stringify(operation.operationId)}`,
    `method: ${JSON.stringify(operation.method.toUpperCase())}`,
    `path: ${JSON.stringify(operation.path)}`,
    `parameters: [${parameters.join(', ')}]`,
    `security: ${JSON.stringify(operation.security)}`,
  ];
  const media = preferredMedia(operation);
  if (media) fields.push(`bodyContentType: ${JSON.stringify(media.contentType)}`);
  return `  ${operation.name}: { ${fields.join(', ')} },\n`;
}

function requestRequired(operation: OperationModel): boolean {
  return (
    operation.parameters.some((parameter) => parameter.required && parameter.in !== 'cookie') ||
    operation.requestBody?.required === true
  );
}

/** The client sends JSON when the operation accepts it, else the first documented content type. */
function preferredMedia(operation: OperationModel) {
  const media = operation.requestBody?.media ?? [];
  return media.find((m) => /json/i.test(m.contentType)) ?? media[0];
}
