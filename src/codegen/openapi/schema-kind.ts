import { resolveLocal, type OpenApiDocument, type ReferenceObject, type SchemaObject } from './document.js';
import type { ValueKind } from './model.js';

/**
 * The primitive kind of a schema (JSON Schema `type`, 3.0 `nullable` and 3.1 `["x","null"]`
 * ignored), looking through refs and single-kind compositions. `unknown` when it cannot be told.
 */
export function schemaKind(document: OpenApiDocument, schema: SchemaObject | ReferenceObject | undefined): ValueKind {
  if (schema === undefined) return 'unknown';
  const { value } = resolveLocal<SchemaObject>(document, schema);
  const types = (Array.isArray(value.type) ? value.type : value.type === undefined ? [] : [value.type]).filter(
    (type) => type !== 'null',
  );
  if (types.length === 1) return toKind(types[0]!);
  if (types.length > 1) return 'unknown';
  const members = value.allOf ?? value.oneOf ?? value.anyOf;
  if (members && members.length > 0) {
    const kinds = new Set(members.map((member) => schemaKind(document, member)));
    return kinds.size === 1 ? [...kinds][0]! : 'unknown';
  }
  return 'unknown';
}

/** Kind of an array schema's items. */
export function itemKind(document: OpenApiDocument, schema: SchemaObject | ReferenceObject | undefined): ValueKind {
  if (schema === undefined) return 'unknown';
  const { value } = resolveLocal<SchemaObject>(document, schema);
  return schemaKind(document, value.items);
}

function toKind(type: string): ValueKind {
  switch (type) {
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'array':
    case 'object':
      return type;
    default:
      return 'unknown';
  }
}
