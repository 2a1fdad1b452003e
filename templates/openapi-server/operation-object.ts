import type { OperationModel } from '../../src/codegen/openapi/model.js';
import { typeNameOf } from '../../src/codegen/openapi/names.js';
import { jsdoc, union } from '../../src/codegen/openapi/render.js';
import { renderParameterDescriptor, renderParametersType } from './parameter-object.js';
import { renderResponseDescriptor, renderResultMembers } from './response-object.js';

/** Input and result types of one operation (OpenAPI 3.1 §4.8.10). */
export function renderOperationTypes(operation: OperationModel): string {
  const typeName = typeNameOf(operation.name);
  const body = operation.requestBody
    ? union([
        ...operation.requestBody.media.map((media) => media.typeExpr),
        ...(operation.requestBody.required ? [] : ['undefined']),
      ])
    : 'undefined';
  const members = operation.responses.flatMap(renderResultMembers);
  const title = `\`${operation.operationId}\`: ${operation.method.toUpperCase()} ${operation.path}`;
  return [
    `/** openapi-typescript's type of ${title}. */\n`,
    `export type ${operation.typeExpr} = ${operation.pathTypeExpr};\n\n`,
    jsdoc([`Input of ${title}.`]),
    `export interface ${typeName}Input {\n`,
    `  params: ${renderParametersType(operation, 'path')};\n`,
    `  query: ${renderParametersType(operation, 'query')};\n`,
    `  headers: ${renderParametersType(operation, 'header')};\n`,
    `  body: ${body};\n`,
    `}\n\n`,
    jsdoc([`What a handler of ${title} may answer: one member per documented response.`]),
    `export type ${typeName}Result =${members.length === 0 ? ' never' : members.map((member) => `\n  | ${member}`).join('')};\n`,
  ].join('');
}

/** The `OperationHandlers` method of one operation. */
export function renderHandlerMethod(operation: OperationModel): string {
  const typeName = typeNameOf(operation.name);
  const result = `${typeName}Result | Handled`;
  return [
    jsdoc(
      [
        operation.summary,
        `${operation.method.toUpperCase()} ${operation.path}`,
        operation.deprecated ? '@deprecated' : undefined,
      ],
      '  ',
    ),
    `  ${operation.name}(input: ${typeName}Input, ctx: HandlerContext<V>): ${result} | Promise<${result}>;\n`,
  ].join('');
}

/** The runtime descriptor of one operation, for `bindOperations` and contract tests. */
export function renderOperationDescriptor(operation: OperationModel): string {
  const lines = [
    `    operationId: ${JSON.stringify(operation.operationId)},`,
    `    method: ${JSON.stringify(operation.method)},`,
    `    path: ${JSON.stringify(operation.path)},`,
    `    expressPath: ${JSON.stringify(operation.expressPath)},`,
    `    security: ${JSON.stringify(operation.security)},`,
    `    parameters: [${operation.parameters.map(renderParameterDescriptor).join(', ')}],`,
  ];
  if (operation.requestBody) {
    lines.push(
      `    requestBody: { required: ${operation.requestBody.required}, contentTypes: ${JSON.stringify(
        operation.requestBody.media.map((media) => media.contentType),
      )} },`,
    );
  }
  lines.push(
    `    responses: [\n${operation.responses.map((r) => `      ${renderResponseDescriptor(r)},\n`).join('')}    ],`,
  );
  return `  ${operation.name}: {\n${lines.join('\n')}\n  },\n`;
}
