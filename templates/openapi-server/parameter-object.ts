import type { OperationModel, ParameterModel } from '../../src/codegen/openapi/model.js';

type Location = ParameterModel['in'];

/**
 * Type of one location's parameters in a handler input (OpenAPI 3.1 §4.8.12), taken from
 * openapi-typescript's `parameters` of the operation; `Record<string, never>` when there are none.
 */
export function renderParametersType(operation: OperationModel, location: Location): string {
  const present = operation.parameters.some((parameter) => parameter.in === location);
  if (!present) return 'Record<string, never>';
  const key = location === 'header' ? 'header' : location;
  return `NonNullable<${operation.typeExpr}["parameters"][${JSON.stringify(key)}]>`;
}

/** The runtime descriptor of a parameter: where it is and how to coerce it from a string. */
export function renderParameterDescriptor(parameter: ParameterModel): string {
  const fields = [
    `name: ${JSON.stringify(parameter.name)}`,
    `in: ${JSON.stringify(parameter.in)}`,
    `required: ${parameter.required}`,
    `style: ${JSON.stringify(parameter.style)}`,
    `explode: ${parameter.explode}`,
    `kind: ${JSON.stringify(parameter.kind)}`,
  ];
  if (parameter.itemKind !== undefined) fields.push(`itemKind: ${JSON.stringify(parameter.itemKind)}`);
  if (parameter.propertyKinds !== undefined) fields.push(`propertyKinds: ${JSON.stringify(parameter.propertyKinds)}`);
  return `{ ${fields.join(', ')} }`;
}
