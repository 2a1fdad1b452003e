import fc from 'fast-check';
import type { JsonObject } from './json-schema.js';

/** JSON number text that no JS number can hold (`1e400`); written into a body as is. */
export class RawJsonNumber {
  constructor(readonly text: string) {}
}

/** A 400-digit integer: overflows a double to Infinity, and every integer column. */
export const HUGE_INTEGER_TEXT = '9'.repeat(400);

/** Parameter text that lenient parsers turn into a non-finite number. */
export const NON_FINITE_TEXTS = ['Infinity', '-Infinity', 'NaN', '1e400', '-1e400', HUGE_INTEGER_TEXT];

/** Body numbers JSON can carry but no double can hold. */
export const OVERFLOWING_NUMBERS = ['1e400', '-1e400', HUGE_INTEGER_TEXT].map((t) => new RawJsonNumber(t));

/** A NUL character and unpaired surrogates: PostgreSQL text cannot store them, and UTF-8 cannot encode the latter. */
export const UNSTORABLE_TEXTS = [
  { name: 'a NUL character', value: 'ct\u0000nul' },
  { name: 'an unpaired surrogate', value: 'ct\ud800lone' },
];

/** Parameter text a server must either accept as documented or refuse with a documented 4xx. */
export const HOSTILE_TEXTS = [
  ...NON_FINITE_TEXTS,
  ...UNSTORABLE_TEXTS.map((t) => t.value),
  '\udc00',
  '-1',
  '0',
  '1.5',
  '0x10',
  '1e2',
  ' 1',
  '9007199254740993',
  '-9223372036854775809',
  'true',
  'null',
  '[]',
  '{"a":1}',
  '%',
  '%00',
  '../../etc/passwd',
  "'; DROP TABLE x; --",
  '\u202e\u0301',
  '１２',
  'x'.repeat(3000),
];

/** Body values that break a typical field: overflowing and boundary numbers, unstorable and huge text, wrong shapes. */
const HOSTILE_VALUES: unknown[] = [
  ...OVERFLOWING_NUMBERS,
  ...UNSTORABLE_TEXTS.map((t) => t.value),
  -1,
  0,
  1.5,
  2 ** 53 + 2,
  -(2 ** 63),
  '',
  'x'.repeat(20_000),
  true,
  null,
  [],
  {},
  [[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]],
  { constructor: { prototype: { polluted: true } } },
];

/** `JSON.stringify`, writing each RawJsonNumber's text unquoted (`{"weight":1e400}`). */
export function toJsonText(value: unknown): string {
  if (value instanceof RawJsonNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : toJsonText(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const typesOf = (schema: JsonObject): string[] =>
  Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * Values that mostly match `schema` (JSON Schema 2020-12 as OpenAPI 3.1 uses it): types, bounds,
 * lengths, enums, formats, required and optional properties, `oneOf`/`anyOf`/`allOf`. Patterns go
 * through fast-check's `stringMatching`; what cannot be honoured is approximated ("valid-ish").
 */
export function arbitraryFromSchema(schema: JsonObject, depth = 0): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonObject[] | undefined;
  if (Array.isArray(alternatives) && alternatives.length > 0)
    return fc.oneof(...alternatives.map((s) => arbitraryFromSchema(s, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) return arbitraryFromSchema(mergeAllOf(schema), depth);
  const types = typesOf(schema).filter((t) => t !== 'null');
  const type = types[0] ?? (schema.properties ? 'object' : schema.items ? 'array' : undefined);
  switch (type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer': {
      const min = num(schema.minimum) ?? (num(schema.exclusiveMinimum) ?? -1_000_001) + 1;
      const max = num(schema.maximum) ?? (num(schema.exclusiveMaximum) ?? 1_000_001) - 1;
      return fc.bigInt({ min: BigInt(Math.ceil(min)), max: BigInt(Math.floor(Math.max(min, max))) }).map(Number);
    }
    case 'number':
      return fc.double({
        min: num(schema.minimum) ?? num(schema.exclusiveMinimum) ?? -1e6,
        max: num(schema.maximum) ?? num(schema.exclusiveMaximum) ?? 1e6,
        minExcluded: num(schema.exclusiveMinimum) !== undefined,
        maxExcluded: num(schema.exclusiveMaximum) !== undefined,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const items = arbitraryFromSchema((schema.items as JsonObject | undefined) ?? {}, depth + 1);
      const minLength = num(schema.minItems) ?? 0;
      return fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(num(schema.maxItems) ?? 3, 3)) });
    }
    case 'object':
      return objectArbitrary(schema, depth);
    default:
      return depth > 2 ? fc.constant(null) : fc.jsonValue({ maxDepth: 2 });
  }
}

function stringArbitrary(schema: JsonObject): fc.Arbitrary<string> {
  const minLength = num(schema.minLength) ?? 0;
  const maxLength = Math.max(minLength, Math.min(num(schema.maxLength) ?? 40, 64));
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return fc
        .integer({ min: 86_400, max: 365 * 86_400 })
        .map((s) => new Date(Date.UTC(2030, 0, 1) + s * 1000).toISOString());
    case 'date':
      return fc
        .integer({ min: 0, max: 3650 })
        .map((d) => new Date(Date.UTC(2030, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'email':
      return fc.emailAddress();
    default:
  }
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).map((s) => s.slice(0, maxLength));
    } catch {
      // a pattern JavaScript cannot compile: plain text below
    }
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'grapheme' }) },
  );
}

function objectArbitrary(schema: JsonObject, depth: number): fc.Arbitrary<unknown> {
  if (depth > 4) return fc.constant({});
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((schema.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, prop] of Object.entries(properties)) model[name] = arbitraryFromSchema(prop, depth + 1);
  const record = fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
  const extra = schema.additionalProperties;
  if (extra && typeof extra === 'object' && Object.keys(properties).length === 0) {
    const values = arbitraryFromSchema(extra as JsonObject, depth + 1);
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: 3 });
  }
  return record;
}

function mergeAllOf(schema: JsonObject): JsonObject {
  const { allOf, ...rest } = schema;
  const parts = [rest, ...(allOf as JsonObject[]).map((s) => (Array.isArray(s.allOf) ? mergeAllOf(s) : s))];
  const merged: JsonObject = {};
  for (const part of parts) {
    for (const [k, v] of Object.entries(part)) {
      if (k === 'properties') merged.properties = { ...(merged.properties as object), ...(v as object) };
      else if (k === 'required') merged.required = [...((merged.required as string[]) ?? []), ...(v as string[])];
      else merged[k] = v;
    }
  }
  return merged;
}

/** One change that makes a valid value (probably) invalid, and what it was. */
export interface Mutation {
  value: unknown;
  description: string;
}

/** Every place in `value` a mutation can hit: the root, each property and each array item. */
function locations(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => locations(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) locations(v, [...path, k], out);
  return out;
}

function setAt(root: unknown, path: readonly (string | number)[], change: (parent: JsonObject, key: string) => void) {
  if (path.length === 0) return;
  let node = root as JsonObject;
  for (const key of path.slice(0, -1)) node = node[key as string] as JsonObject;
  change(node, String(path[path.length - 1]));
}

/**
 * `valid` with one defect at a place `pick` chooses: a hostile value replacing a field (or the
 * whole body), a property removed, or an unknown property added.
 */
export function mutate(valid: unknown, pick: number, kind: number, hostile: number): Mutation {
  const copy = structuredClone(valid);
  const places = locations(copy);
  const path = places[pick % places.length]!;
  const where = `/${path.join('/')}`;
  const replacement = HOSTILE_VALUES[hostile % HOSTILE_VALUES.length];
  const shown = replacement instanceof RawJsonNumber ? replacement.text : JSON.stringify(replacement);
  const label = (shown ?? String(replacement)).slice(0, 40);
  if (path.length === 0) {
    if (kind % 3 === 2 && copy !== null && typeof copy === 'object' && !Array.isArray(copy)) {
      (copy as JsonObject).contractTestUnknown = replacement;
      return { value: copy, description: `unknown property "contractTestUnknown" = ${label}` };
    }
    return { value: replacement, description: `body replaced by ${label}` };
  }
  if (kind % 3 === 1) {
    setAt(copy, path, (parent, key) => {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    });
    return { value: copy, description: `${where} removed` };
  }
  setAt(copy, path, (parent, key) => {
    parent[key] = replacement;
  });
  return { value: copy, description: `${where} = ${label}` };
}

/** Arbitrary mutations of values from `valid` (see `mutate`). */
export function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> {
  return fc
    .tuple(valid, fc.nat(), fc.nat(), fc.nat())
    .map(([value, pick, kind, hostile]) => mutate(value, pick, kind, hostile));
}

/** Text for a path, query or header parameter: mostly valid-ish, sometimes hostile. */
export function parameterText(schema: JsonObject): fc.Arbitrary<string> {
  const valid = arbitraryFromSchema(schema).map((v) => (typeof v === 'string' ? v : (JSON.stringify(v) ?? '')));
  return fc.oneof({ weight: 3, arbitrary: valid }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) });
}
