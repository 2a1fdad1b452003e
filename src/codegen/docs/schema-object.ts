/**
 * Summaries of JSON Schema objects for the reference pages: a one-line type label and a field
 * table (nested objects flattened to `a.b`, arrays to `a[].b`, up to a fixed depth).
 */
import { isRecord, type Resolver } from '../diff/refs.js';
import { code, table } from './markdown.js';

/** How deep nested objects are expanded into the field table. */
const MAX_DEPTH = 4;
/** Enums longer than this are summarised, not listed, in a type label. */
const MAX_ENUM_IN_LABEL = 12;

export interface FieldRow {
  field: string;
  type: string;
  required: boolean;
  description: string;
}

/** `string (uuid)`, `Gateway`, `Gateway[]`, `"a" | "b"`, `integer | null` … */
export function typeLabel(resolve: Resolver, raw: unknown, depth = 0): string {
  const { node, refName } = resolve(raw);
  if (node === true || node === undefined) return 'any';
  if (node === false) return 'never';
  if (!isRecord(node)) return 'any';
  const nullable = node.nullable === true || (Array.isArray(node.type) && node.type.includes('null'));
  const withNull = (label: string): string => (nullable && !label.endsWith('| null') ? `${label} | null` : label);
  if (refName !== undefined && isObjectLike(node)) return withNull(refName);
  if ('const' in node) return JSON.stringify(node.const);
  if (Array.isArray(node.enum)) {
    const values = node.enum.map((v) => JSON.stringify(v));
    if (values.length > MAX_ENUM_IN_LABEL)
      return withNull(refName ?? `${primitiveTypes(node) || 'enum'} (one of ${values.length} values)`);
    return values.join(' | ');
  }
  const alternatives = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (alternatives !== undefined && depth < 3) {
    const labels = alternatives.map((alt) => typeLabel(resolve, alt, depth + 1));
    return withNull([...new Set(labels)].join(' | '));
  }
  if (Array.isArray(node.allOf) && node.allOf.length === 1 && node.properties === undefined && depth < 3) {
    return withNull(typeLabel(resolve, node.allOf[0], depth + 1));
  }
  const types = primitiveTypes(node);
  if (types === 'array' || (types === '' && node.items !== undefined)) {
    const item = depth < 3 ? typeLabel(resolve, node.items, depth + 1) : 'any';
    return withNull(item.includes(' ') ? `(${item})[]` : `${item}[]`);
  }
  const format = typeof node.format === 'string' ? ` (${node.format})` : '';
  if (types !== '') return withNull(`${types}${format}`);
  if (isObjectLike(node)) return withNull('object');
  return 'any';
}

function primitiveTypes(node: Record<string, unknown>): string {
  if (typeof node.type === 'string') return node.type;
  if (Array.isArray(node.type)) return node.type.filter((t) => t !== 'null').join(' | ');
  return '';
}

function isObjectLike(node: Record<string, unknown>): boolean {
  return (
    node.type === 'object' ||
    node.properties !== undefined ||
    node.allOf !== undefined ||
    node.oneOf !== undefined ||
    node.anyOf !== undefined ||
    node.additionalProperties !== undefined
  );
}

/** The constraints a reader needs, as short text: `1–128 chars`, `≥ 0`, `default 20`, pattern … */
export function constraints(node: Record<string, unknown>): string {
  const parts: string[] = [];
  const range = (min: unknown, max: unknown, unit: string): void => {
    const lo = typeof min === 'number' ? min : undefined;
    const hi = typeof max === 'number' ? max : undefined;
    if (lo !== undefined && hi !== undefined) parts.push(`${lo}–${hi}${unit}`);
    else if (lo !== undefined) parts.push(`≥ ${lo}${unit}`);
    else if (hi !== undefined) parts.push(`≤ ${hi}${unit}`);
  };
  range(node.minimum, node.maximum, '');
  if (typeof node.exclusiveMinimum === 'number') parts.push(`> ${node.exclusiveMinimum}`);
  if (typeof node.exclusiveMaximum === 'number') parts.push(`< ${node.exclusiveMaximum}`);
  range(node.minLength, node.maxLength, ' chars');
  range(node.minItems, node.maxItems, ' items');
  if (node.uniqueItems === true) parts.push('unique items');
  if (typeof node.pattern === 'string') parts.push(`pattern ${code(node.pattern)}`);
  if (node.default !== undefined) parts.push(`default ${code(JSON.stringify(node.default))}`);
  if (node.readOnly === true) parts.push('read-only');
  if (node.writeOnly === true) parts.push('write-only');
  if (node.deprecated === true) parts.push('**deprecated**');
  return parts.join(', ');
}

function describe(node: Record<string, unknown>): string {
  const text =
    typeof node.description === 'string' ? node.description.trim() : typeof node.title === 'string' ? node.title : '';
  const limits = constraints(node);
  return [text, limits === '' ? '' : `(${limits})`].filter((s) => s !== '').join(' ');
}

/** Properties of an object schema with `allOf` parts merged in, in declaration order. */
function objectParts(
  resolve: Resolver,
  node: Record<string, unknown>,
  depth = 0,
): { properties: [string, unknown][]; required: Set<string> } {
  const properties: [string, unknown][] = [];
  const required = new Set<string>();
  const visit = (schema: Record<string, unknown>, level: number): void => {
    if (level > 8) return;
    for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
      const resolved = resolve(part).node;
      if (isRecord(resolved)) visit(resolved, level + 1);
    }
    if (isRecord(schema.properties)) {
      for (const entry of Object.entries(schema.properties)) {
        const existing = properties.findIndex(([name]) => name === entry[0]);
        if (existing >= 0) properties[existing] = entry;
        else properties.push(entry);
      }
    }
    if (Array.isArray(schema.required))
      for (const name of schema.required) if (typeof name === 'string') required.add(name);
  };
  visit(node, depth);
  return { properties, required };
}

/** Field rows of an object schema; nested objects are flattened with dotted names. */
export function fieldRows(resolve: Resolver, raw: unknown): FieldRow[] {
  const rows: FieldRow[] = [];
  const walk = (schemaRaw: unknown, prefix: string, depth: number, stack: readonly unknown[]): void => {
    const { node } = resolve(schemaRaw);
    if (!isRecord(node) || stack.includes(node)) return;
    const nextStack = [...stack, node];
    const { properties, required } = objectParts(resolve, node);
    for (const [name, propRaw] of properties) {
      const prop = resolve(propRaw).node;
      const field = `${prefix}${name}`;
      rows.push({
        field,
        type: typeLabel(resolve, propRaw),
        required: required.has(name),
        description: isRecord(prop) ? describe(prop) : '',
      });
      if (!isRecord(prop) || depth + 1 >= MAX_DEPTH || nextStack.includes(prop)) continue;
      const item = resolve(prop.items).node;
      if (isRecord(item) && (prop.type === 'array' || prop.items !== undefined) && hasFields(resolve, item)) {
        walk(prop.items, `${field}[].`, depth + 1, nextStack);
      } else if (hasFields(resolve, prop)) {
        walk(propRaw, `${field}.`, depth + 1, nextStack);
      }
    }
  };
  walk(raw, '', 0, []);
  return rows;
}

function hasFields(resolve: Resolver, node: Record<string, unknown>): boolean {
  return objectParts(resolve, node).properties.length > 0;
}

/**
 * A schema summary block: its type label, its description, and its fields table — or, for
 * alternatives (`oneOf`/`anyOf`), one table per alternative.
 */
export function schemaSummary(resolve: Resolver, raw: unknown): string {
  const { node } = resolve(raw);
  if (!isRecord(node)) return `Type: ${code(typeLabel(resolve, raw))}`;
  const lines: string[] = [`Type: ${code(typeLabel(resolve, raw))}`];
  const alternatives = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : undefined;
  if (alternatives !== undefined && objectParts(resolve, node).properties.length === 0) {
    for (const alt of alternatives) {
      const rows = fieldRows(resolve, alt);
      if (rows.length === 0) continue;
      lines.push(`One of — ${code(typeLabel(resolve, alt))}:`, fieldTable(rows));
    }
    return lines.join('\n\n');
  }
  const item = node.type === 'array' ? node.items : undefined;
  const rows = fieldRows(resolve, item ?? raw);
  if (rows.length > 0) lines.push(item === undefined ? fieldTable(rows) : `Each item:\n\n${fieldTable(rows)}`);
  return lines.join('\n\n');
}

export function fieldTable(rows: readonly FieldRow[]): string {
  return table(
    ['Field', 'Type', 'Required', 'Description'],
    rows.map((row) => [code(row.field), code(row.type), row.required ? 'yes' : 'no', row.description]),
  );
}
