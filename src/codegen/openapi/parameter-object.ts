import {
  resolveLocal,
  type OpenApiDocument,
  type ParameterObject,
  type ReferenceObject,
  type SchemaObject,
} from './document.js';
import type { ParameterModel } from './model.js';
import { itemKind, schemaKind } from './schema-kind.js';

/**
 * Parameters of an operation (OpenAPI 3.1 §4.8.12): the path item's merged with the operation's,
 * the operation winning on the same name and location.
 */
export function transformParameters(
  document: OpenApiDocument,
  pathLevel: Array<ParameterObject | ReferenceObject> = [],
  operationLevel: Array<ParameterObject | ReferenceObject> = [],
): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const raw of [...pathLevel, ...operationLevel]) {
    const parameter = transformParameterObject(document, raw);
    byKey.set(
      `${parameter.in}:${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`,
      parameter,
    );
  }
  return [...byKey.values()];
}

/** One parameter: location, requiredness, serialisation style (defaults per §4.8.12.4.2) and kind. */
export function transformParameterObject(
  document: OpenApiDocument,
  raw: ParameterObject | ReferenceObject,
): ParameterModel {
  const { value } = resolveLocal<ParameterObject>(document, raw);
  const schema = value.schema ?? Object.values(value.content ?? {})[0]?.schema;
  const style = value.style ?? (value.in === 'query' || value.in === 'cookie' ? 'form' : 'simple');
  const kind = value.content ? 'object' : schemaKind(document, schema);
  const model: ParameterModel = {
    name: value.name,
    in: value.in,
    required: value.in === 'path' ? true : value.required === true,
    style,
    explode: value.explode ?? style === 'form',
    kind,
  };
  if (kind === 'array') model.itemKind = itemKind(document, schema);
  if (style === 'deepObject' && schema !== undefined) {
    const { value: objectSchema } = resolveLocal<SchemaObject>(document, schema);
    const properties = Object.keys(objectSchema.properties ?? {}).sort();
    model.propertyKinds = Object.fromEntries(
      properties.map((property) => [property, schemaKind(document, objectSchema.properties![property])]),
    );
  }
  return model;
}
