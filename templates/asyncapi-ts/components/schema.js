/**
 * The Schema Object (AsyncAPI 3.0 §"Schema Object", a superset of JSON Schema draft 07):
 * - `emitJsonSchema` turns a parsed (dereferenced, possibly cyclic) schema into a plain JSON Schema
 *   for ajv's 2020-12 dialect: x-parser-* keys stripped, draft-07 tuple keywords translated,
 *   `nullable` folded into `type`, cycles expressed as `$ref` into `$defs`;
 * - `SchemaTypes` renders schemas as TypeScript types, naming component schemas and recursive ones.
 */
import { NameRegistry, pascalCase, propertyKey, jsDoc } from './names.js';

const ANONYMOUS = /^<anonymous-schema-/;

/** Keywords whose value is a schema. */
const SCHEMA_KEYS = [
  'additionalProperties',
  'items',
  'additionalItems',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
/** Keywords whose value is an array of schemas. */
const SCHEMA_ARRAY_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
/** Keywords whose value maps names to schemas. */
const SCHEMA_MAP_KEYS = ['properties', 'patternProperties', 'dependentSchemas'];
/** Dropped: parser bookkeeping, identifiers that would clash once refs are inlined, dead definitions. */
const DROPPED_KEYS = new Set(['$schema', '$id', '$defs', 'definitions', '$ref']);

export function schemaId(schema) {
  return schema && typeof schema === 'object' ? schema['x-parser-schema-id'] : undefined;
}

export function isNamedSchema(schema) {
  const id = schemaId(schema);
  return typeof id === 'string' && !ANONYMOUS.test(id);
}

/** Child schemas of `schema`, in keyword order. */
export function childSchemas(schema) {
  const out = [];
  if (!schema || typeof schema !== 'object') return out;
  for (const [key, value] of Object.entries(schema)) {
    if (SCHEMA_KEYS.includes(key)) {
      if (Array.isArray(value)) out.push(...value);
      else if (value && typeof value === 'object') out.push(value);
    } else if (SCHEMA_ARRAY_KEYS.includes(key) && Array.isArray(value)) {
      out.push(...value.filter((v) => v && typeof v === 'object'));
    } else if (SCHEMA_MAP_KEYS.includes(key) && value && typeof value === 'object') {
      out.push(...Object.values(value).filter((v) => v && typeof v === 'object'));
    }
  }
  return out;
}

/** Objects that some schema reaches again while still inside them (the targets of cycles). */
export function findRecursionTargets(roots) {
  const targets = new Set();
  const done = new Set();
  const walk = (schema, stack) => {
    if (!schema || typeof schema !== 'object') return;
    if (stack.has(schema)) {
      targets.add(schema);
      return;
    }
    if (done.has(schema)) return;
    stack.add(schema);
    for (const child of childSchemas(schema)) walk(child, stack);
    stack.delete(schema);
    done.add(schema);
  };
  for (const root of roots) walk(root, new Set());
  return targets;
}

/** Plain data (examples, defaults, enum values) without parser keys. */
function cleanData(value) {
  if (Array.isArray(value)) return value.map(cleanData);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('x-parser-')) out[k] = cleanData(v);
    return out;
  }
  return value;
}

/**
 * A self-contained JSON Schema (2020-12 dialect) for `root`.
 * @param {object|boolean} root parsed schema
 * @param {(schema: object) => string} defName name used under `$defs` for a recursion target
 */
export function emitJsonSchema(root, defName) {
  if (typeof root === 'boolean' || root === undefined) return root ?? true;
  const targets = findRecursionTargets([root]);
  const defs = {};
  const emitting = new Set();

  const emit = (schema, asDefinition) => {
    if (typeof schema === 'boolean') return schema;
    if (!schema || typeof schema !== 'object') return cleanData(schema);
    if (schema === root && !asDefinition) return { $ref: '#' };
    if (targets.has(schema) && !asDefinition) {
      const name = defName(schema);
      if (!emitting.has(schema) && !(name in defs)) {
        emitting.add(schema);
        defs[name] = emit(schema, true);
      }
      return { $ref: `#/$defs/${name}` };
    }
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
      if (key.startsWith('x-parser-') || DROPPED_KEYS.has(key)) continue;
      if (key === 'nullable') continue;
      if (key === 'items' && Array.isArray(value)) {
        out.prefixItems = value.map((s) => emit(s, false));
      } else if (key === 'additionalItems') {
        if (Array.isArray(schema.items)) out.items = emit(value, false);
      } else if (SCHEMA_KEYS.includes(key)) {
        out[key] = emit(value, false);
      } else if (SCHEMA_ARRAY_KEYS.includes(key) && Array.isArray(value)) {
        out[key] = value.map((s) => emit(s, false));
      } else if (SCHEMA_MAP_KEYS.includes(key) && value && typeof value === 'object') {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, s]) => [k, emit(s, false)]));
      } else {
        out[key] = cleanData(value);
      }
    }
    // OpenAPI-style `nullable: true` is common in hand-written AsyncAPI documents.
    if (schema.nullable === true) {
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
      else if (Array.isArray(out.type) && !out.type.includes('null')) out.type = [...out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    }
    return out;
  };

  const body = emit(root, true);
  if (Object.keys(defs).length === 0) return body;
  return { ...body, $defs: defs };
}

function literal(value) {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return JSON.stringify(value);
  return 'unknown';
}

function unionOf(types) {
  const unique = [...new Set(types)];
  if (unique.includes('unknown')) return 'unknown';
  if (unique.length === 0) return 'never';
  return unique.length === 1 ? unique[0] : unique.map(wrap).join(' | ');
}

function intersectionOf(types) {
  const useful = [...new Set(types)].filter((t) => t !== 'unknown');
  if (useful.length === 0) return 'unknown';
  return useful.length === 1 ? useful[0] : useful.map(wrap).join(' & ');
}

/** Parenthesise a union or intersection so it can be combined with other types. */
function wrap(type) {
  return needsParens(type) ? `(${type})` : type;
}

function needsParens(type) {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i];
    if (c === '{' || c === '(' || c === '[' || c === '<') depth++;
    else if (c === '}' || c === ')' || c === ']' || c === '>') depth--;
    else if (depth === 0 && (c === '|' || c === '&')) return true;
  }
  return false;
}

/**
 * Renders schemas as TypeScript. Component schemas (and anonymous schemas that recurse) become
 * named type aliases; everything else is inlined where used.
 */
export class SchemaTypes {
  /**
   * @param {Array<{ name: string, schema: object }>} components component schemas in spec order
   * @param {object[]} roots every schema the output refers to (message payloads …)
   * @param {NameRegistry} registry shared registry, so schema names never clash with message names
   */
  constructor(components, roots, registry = new NameRegistry()) {
    this.registry = registry;
    this.names = new Map();
    this.order = [];
    for (const { name, schema } of components) this.nameSchema(schema, name);
    for (const target of findRecursionTargets([...components.map((c) => c.schema), ...roots])) {
      this.nameSchema(target, schemaId(target) ?? 'RecursiveSchema');
    }
  }

  nameSchema(schema, wanted) {
    if (!schema || typeof schema !== 'object' || this.names.has(schema)) return;
    const name = this.registry.claim(pascalCase(wanted), 'Schema');
    this.names.set(schema, name);
    this.order.push(schema);
  }

  nameOf(schema) {
    return this.names.get(schema);
  }

  /** `export type X = …;` for every named schema, in a stable order. */
  declarations() {
    return this.order
      .map((schema) => {
        const doc = jsDoc(schema.description ?? schema.title, '', schema.deprecated ? ['@deprecated'] : []);
        return `${doc}export type ${this.names.get(schema)} = ${this.render(schema, '', true)};\n`;
      })
      .join('\n');
  }

  /** The TS type of `schema`; `top` renders a named schema's body instead of its name. */
  render(schema, indent = '', top = false) {
    if (schema === undefined || schema === true) return 'unknown';
    if (schema === false) return 'never';
    if (!schema || typeof schema !== 'object') return 'unknown';
    if (!top && this.names.has(schema)) return this.names.get(schema);

    const parts = [];
    if (schema.const !== undefined) parts.push(literal(schema.const));
    else if (Array.isArray(schema.enum)) parts.push(unionOf(schema.enum.map(literal)));
    else {
      const base = this.renderBase(schema, indent);
      if (base) parts.push(base);
    }
    if (Array.isArray(schema.allOf)) parts.push(intersectionOf(schema.allOf.map((s) => this.render(s, indent))));
    if (Array.isArray(schema.oneOf)) parts.push(unionOf(schema.oneOf.map((s) => this.render(s, indent))));
    if (Array.isArray(schema.anyOf)) parts.push(unionOf(schema.anyOf.map((s) => this.render(s, indent))));
    let type = intersectionOf(parts);
    if (schema.nullable === true && type !== 'unknown') type = `${wrap(type)} | null`;
    return type;
  }

  renderBase(schema, indent) {
    let types = schema.type;
    const hasComposition = ['allOf', 'oneOf', 'anyOf'].some((k) => Array.isArray(schema[k]));
    if (types === undefined) {
      if (schema.properties || schema.additionalProperties !== undefined || schema.required) types = ['object'];
      else if (schema.items || schema.prefixItems) types = ['array'];
      else return hasComposition ? null : 'unknown';
    }
    if (!Array.isArray(types)) types = [types];
    return unionOf(types.map((t) => this.renderType(t, schema, indent, hasComposition)).filter((t) => t !== null));
  }

  renderType(type, schema, indent, hasComposition) {
    switch (type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array':
        return this.renderArray(schema, indent);
      case 'object':
        return this.renderObject(schema, indent, hasComposition);
      default:
        return 'unknown';
    }
  }

  renderArray(schema, indent) {
    const tuple = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : null;
    if (tuple) {
      const rest = Array.isArray(schema.items) ? schema.additionalItems : schema.items;
      const members = tuple.map((s) => this.render(s, indent));
      if (rest !== false) members.push(`...${wrap(this.render(rest, indent))}[]`);
      return `[${members.join(', ')}]`;
    }
    const item = this.render(schema.items, indent);
    return `${needsParens(item) ? `(${item})` : item}[]`;
  }

  renderObject(schema, indent, hasComposition) {
    const props = schema.properties && typeof schema.properties === 'object' ? Object.entries(schema.properties) : [];
    const required = new Set(Array.isArray(schema.required) ? schema.required : []);
    const extra = schema.additionalProperties;
    if (props.length === 0) {
      if (extra && typeof extra === 'object') return `Record<string, ${this.render(extra, indent)}>`;
      if (extra === false) return 'Record<string, never>';
      // `type: object` next to oneOf/allOf adds nothing the members do not say.
      if (hasComposition) return null;
      const requiredOnly = [...required];
      if (requiredOnly.length > 0) {
        return `{ ${requiredOnly.map((k) => `${propertyKey(k)}: unknown`).join('; ')}; [key: string]: unknown }`;
      }
      return 'Record<string, unknown>';
    }
    const inner = `${indent}  `;
    const lines = [];
    for (const [key, value] of props) {
      const doc =
        value && typeof value === 'object'
          ? jsDoc(value.description, inner, value.deprecated ? ['@deprecated'] : [])
          : '';
      const optional = required.has(key) ? '' : '?';
      lines.push(`${doc}${inner}${propertyKey(key)}${optional}: ${this.render(value, inner)};`);
    }
    for (const key of required) {
      if (!props.some(([k]) => k === key)) lines.push(`${inner}${propertyKey(key)}: unknown;`);
    }
    if (extra !== undefined && extra !== false) lines.push(`${inner}[key: string]: unknown;`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
}

/** The value of property `name` when every valid instance must carry that one value (const / single enum). */
export function constantOf(schema, name) {
  if (!schema || typeof schema !== 'object') return undefined;
  const prop = schema.properties?.[name];
  if (prop && typeof prop === 'object') {
    if (prop.const !== undefined) return prop.const;
    if (Array.isArray(prop.enum) && prop.enum.length === 1) return prop.enum[0];
  }
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) {
      const value = constantOf(member, name);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Property names declared at the top of `schema` (through allOf), in order. */
export function topLevelProperties(schema) {
  const out = [];
  if (!schema || typeof schema !== 'object') return out;
  if (schema.properties) out.push(...Object.keys(schema.properties));
  if (Array.isArray(schema.allOf)) for (const m of schema.allOf) out.push(...topLevelProperties(m));
  return [...new Set(out)];
}

/** The sub-schema at a property path (`['payload', 'seq']`), looking through allOf. */
export function propertyAt(schema, path) {
  let current = schema;
  for (const key of path) {
    if (!current || typeof current !== 'object') return undefined;
    let next = current.properties?.[key];
    if (next === undefined && Array.isArray(current.allOf)) {
      for (const member of current.allOf) {
        next = propertyAt(member, [key]);
        if (next !== undefined) break;
      }
    }
    current = next;
  }
  return current;
}
