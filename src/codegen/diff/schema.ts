/**
 * Compares two JSON Schemas (OpenAPI 3.1 / AsyncAPI 3.0 dialect) by who writes the data.
 *
 * - `input` (the client writes, the server validates): the new schema must accept everything the
 *   old one accepted. Narrowing (type, enum, bounds, pattern, new required field) is breaking.
 * - `output` (the server writes, the client reads — and our SDKs validate what they receive): the
 *   new schema must only produce what the old one allowed. Widening (new type, null, enum value,
 *   looser bounds) and losing a guaranteed field is breaking.
 */
import { isRecord, type Resolver } from './refs.js';
import type { Direction, Report } from './types.js';

export interface SchemaContext {
  before: Resolver;
  after: Resolver;
  report: Report;
}

const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties'] as const;
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties'] as const;

/** The parts of a schema the comparison looks at, after `allOf` is merged and nullability folded into `types`. */
interface FlatSchema {
  /** non-null types; undefined = any type */
  types?: Set<string>;
  /** null allowed (type includes null, nullable: true, or a `{type: 'null'}` alternative) */
  nullable: boolean;
  enumValues?: string[];
  properties: Map<string, unknown>;
  required: Set<string>;
  /** additionalProperties: false */
  closed: boolean;
  additionalProperties?: unknown;
  items?: unknown;
  variants: Variant[];
  bounds: Record<string, number | undefined>;
  pattern?: string;
}

interface Variant {
  key: string;
  schema: unknown;
}

export function compareSchemas(
  ctx: SchemaContext,
  before: unknown,
  after: unknown,
  direction: Direction,
  location: string,
): void {
  walk(ctx, before, after, direction, location, new WeakMap());
}

function walk(
  ctx: SchemaContext,
  rawBefore: unknown,
  rawAfter: unknown,
  direction: Direction,
  location: string,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  const resolvedBefore = ctx.before(rawBefore);
  const resolvedAfter = ctx.after(rawAfter);
  const b = resolvedBefore.node;
  const a = resolvedAfter.node;
  if (!isRecord(b) || !isRecord(a)) return;
  // recursive schemas: compare each (before, after) pair once
  let pairs = seen.get(b);
  if (!pairs) seen.set(b, (pairs = new WeakSet()));
  if (pairs.has(a)) return;
  pairs.add(a);

  const fb = flatten(ctx.before, b);
  const fa = flatten(ctx.after, a);
  const side = direction === 'input' ? 'request' : 'response';
  const at = location;

  // a plain schema turned into alternatives (or back): the plain one is the alternative it was
  if (fb.variants.length === 0 && fa.variants.length > 0) {
    fb.variants = [{ key: resolvedBefore.refName ?? fa.variants[0]?.key ?? '#0', schema: rawBefore }];
    compareNullability(ctx.report, fb, fa, direction, at);
    compareVariants(ctx, fb, fa, direction, side, at, seen);
    return;
  }
  if (fa.variants.length === 0 && fb.variants.length > 0) {
    fa.variants = [{ key: resolvedAfter.refName ?? fb.variants[0]?.key ?? '#0', schema: rawAfter }];
    compareNullability(ctx.report, fb, fa, direction, at);
    compareVariants(ctx, fb, fa, direction, side, at, seen);
    return;
  }

  compareTypes(ctx.report, fb, fa, direction, side, at);
  compareEnums(ctx.report, fb, fa, direction, side, at);
  compareBounds(ctx.report, fb, fa, direction, side, at);
  comparePattern(ctx.report, fb, fa, direction, side, at);
  compareProperties(ctx, fb, fa, direction, side, at, seen);

  if (fb.items !== undefined && fa.items !== undefined) walk(ctx, fb.items, fa.items, direction, `${at}[]`, seen);
  if (isRecord(fb.additionalProperties) && isRecord(fa.additionalProperties)) {
    walk(ctx, fb.additionalProperties, fa.additionalProperties, direction, `${at}{*}`, seen);
  }
  compareVariants(ctx, fb, fa, direction, side, at, seen);
}

function compareTypes(
  report: Report,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
): void {
  const lost = missingTypes(fb.types, fa.types); // accepted before, not now
  const gained = missingTypes(fa.types, fb.types); // accepted now, not before
  if (fb.nullable && !fa.nullable) lost.push('null');
  if (!fb.nullable && fa.nullable) gained.push('null');
  if (direction === 'input') {
    if (lost.length > 0) {
      report({
        kind: 'breaking',
        rule: 'request-type-narrowed',
        location: at,
        message: `no longer accepts ${lost.join(', ')} (was ${typeLabel(fb.types, fb.nullable)}, now ${typeLabel(fa.types, fa.nullable)})`,
      });
    } else if (gained.length > 0) {
      report({
        kind: 'non-breaking',
        rule: 'request-type-widened',
        location: at,
        message: `now also accepts ${gained.join(', ')}`,
      });
    }
    return;
  }
  const gainedNull = gained.includes('null');
  const gainedOther = gained.filter((t) => t !== 'null');
  if (gainedNull) {
    report({
      kind: 'breaking',
      rule: 'response-became-nullable',
      location: at,
      message: `can now be null (was ${typeLabel(fb.types, fb.nullable)})`,
    });
  }
  if (gainedOther.length > 0) {
    report({
      kind: 'breaking',
      rule: 'response-type-changed',
      location: at,
      message: `type changed from ${typeLabel(fb.types, fb.nullable)} to ${typeLabel(fa.types, fa.nullable)}`,
    });
  } else if (!gainedNull && lost.length > 0) {
    report({
      kind: 'non-breaking',
      rule: `${side}-type-narrowed`,
      location: at,
      message: `no longer returns ${lost.join(', ')}`,
    });
  }
}

/** Only the null part of `compareTypes`, for a level whose other types live in alternatives. */
function compareNullability(report: Report, fb: FlatSchema, fa: FlatSchema, direction: Direction, at: string): void {
  if (direction === 'output' && !fb.nullable && fa.nullable)
    report({ kind: 'breaking', rule: 'response-became-nullable', location: at, message: 'can now be null' });
  if (direction === 'input' && fb.nullable && !fa.nullable)
    report({ kind: 'breaking', rule: 'request-type-narrowed', location: at, message: 'no longer accepts null' });
}

/** Types in `from` that `to` does not cover; `any` is spelled out as `any type`. */
function missingTypes(from: Set<string> | undefined, to: Set<string> | undefined): string[] {
  if (to === undefined) return [];
  if (from === undefined) return ['any type'];
  return [...from].filter((t) => !to.has(t) && !(t === 'integer' && to.has('number'))).sort();
}

function typeLabel(types: Set<string> | undefined, nullable = false): string {
  const label = types === undefined ? 'any type' : [...types].sort().join(' | ');
  return nullable && types !== undefined ? `${label} | null` : label;
}

function compareEnums(
  report: Report,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
): void {
  if (fb.enumValues === undefined && fa.enumValues === undefined) return;
  const before = new Set(fb.enumValues);
  const after = new Set(fa.enumValues);
  if (direction === 'input') {
    if (fb.enumValues === undefined) {
      report({
        kind: 'breaking',
        rule: 'request-enum-added',
        location: at,
        message: `now restricted to ${[...after].join(', ')}`,
      });
      return;
    }
    if (fa.enumValues === undefined) {
      report({
        kind: 'non-breaking',
        rule: 'request-enum-removed',
        location: at,
        message: 'no longer restricted to an enum',
      });
      return;
    }
    const removed = [...before].filter((v) => !after.has(v));
    const added = [...after].filter((v) => !before.has(v));
    if (removed.length > 0)
      report({
        kind: 'breaking',
        rule: 'request-enum-value-removed',
        location: at,
        message: `no longer accepts ${removed.join(', ')}`,
      });
    if (added.length > 0)
      report({
        kind: 'non-breaking',
        rule: 'request-enum-value-added',
        location: at,
        message: `now also accepts ${added.join(', ')}`,
      });
    return;
  }
  if (fa.enumValues === undefined) {
    report({
      kind: 'breaking',
      rule: 'response-enum-value-added',
      location: at,
      message: 'no longer restricted to an enum: any value may be returned',
    });
    return;
  }
  if (fb.enumValues === undefined) {
    report({
      kind: 'non-breaking',
      rule: `${side}-enum-added`,
      location: at,
      message: `now restricted to ${[...after].join(', ')}`,
    });
    return;
  }
  const added = [...after].filter((v) => !before.has(v));
  const removed = [...before].filter((v) => !after.has(v));
  if (added.length > 0)
    report({
      kind: 'breaking',
      rule: 'response-enum-value-added',
      location: at,
      message: `may now return ${added.join(', ')}, which old clients reject`,
    });
  if (removed.length > 0)
    report({
      kind: 'non-breaking',
      rule: 'response-enum-value-removed',
      location: at,
      message: `no longer returns ${removed.join(', ')}`,
    });
}

function compareBounds(
  report: Report,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
): void {
  for (const key of UPPER_BOUNDS) {
    const b = fb.bounds[key];
    const a = fa.bounds[key];
    if (b === a) continue;
    const tighter = a !== undefined && (b === undefined || a < b);
    const change = `${key} ${b ?? 'none'} → ${a ?? 'none'}`;
    if (direction === 'input' && tighter)
      report({ kind: 'breaking', rule: 'request-max-lowered', location: at, message: change });
    else if (direction === 'output' && !tighter)
      report({ kind: 'breaking', rule: 'response-max-raised', location: at, message: change });
    else report({ kind: 'non-breaking', rule: `${side}-bound-changed`, location: at, message: change });
  }
  for (const key of LOWER_BOUNDS) {
    const b = fb.bounds[key];
    const a = fa.bounds[key];
    if (b === a) continue;
    const tighter = a !== undefined && (b === undefined || a > b);
    const change = `${key} ${b ?? 'none'} → ${a ?? 'none'}`;
    if (direction === 'input' && tighter)
      report({ kind: 'breaking', rule: 'request-min-raised', location: at, message: change });
    else if (direction === 'output' && !tighter)
      report({ kind: 'breaking', rule: 'response-min-lowered', location: at, message: change });
    else report({ kind: 'non-breaking', rule: `${side}-bound-changed`, location: at, message: change });
  }
}

function comparePattern(
  report: Report,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
): void {
  if (fb.pattern === fa.pattern) return;
  const message = `pattern ${fb.pattern ?? 'none'} → ${fa.pattern ?? 'none'}`;
  if (direction === 'input' && fa.pattern !== undefined) {
    report({
      kind: 'breaking',
      rule: fb.pattern === undefined ? 'request-pattern-added' : 'request-pattern-changed',
      location: at,
      message,
    });
  } else if (direction === 'output' && fb.pattern !== undefined) {
    report({ kind: 'breaking', rule: 'response-pattern-changed', location: at, message });
  } else {
    report({ kind: 'non-breaking', rule: `${side}-pattern-relaxed`, location: at, message });
  }
}

function compareProperties(
  ctx: SchemaContext,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  const { report } = ctx;
  const names = new Set([...fb.properties.keys(), ...fa.properties.keys(), ...fb.required, ...fa.required]);
  for (const name of [...names].sort()) {
    const here = `${at}.${name}`;
    const inBefore = fb.properties.has(name) || fb.required.has(name);
    const inAfter = fa.properties.has(name) || fa.required.has(name);
    const wasRequired = fb.required.has(name);
    const isRequired = fa.required.has(name);
    if (inBefore && !inAfter) {
      if (direction === 'input') {
        // a client still sending it is rejected only when the object is closed
        const breaking = fa.closed;
        report({
          kind: breaking ? 'breaking' : 'non-breaking',
          rule: 'request-property-removed',
          location: here,
          message: breaking
            ? 'removed and additional properties are not allowed: clients sending it are rejected'
            : 'removed (still tolerated as an unknown property)',
        });
      } else {
        report({
          kind: wasRequired ? 'breaking' : 'non-breaking',
          rule: 'response-property-removed',
          location: here,
          message: wasRequired ? 'required property removed' : 'optional property removed',
        });
      }
      continue;
    }
    if (!inBefore && inAfter) {
      if (direction === 'input') {
        if (isRequired)
          report({
            kind: 'breaking',
            rule: 'request-property-added-required',
            location: here,
            message: 'new required property: old clients do not send it',
          });
        else
          report({
            kind: 'non-breaking',
            rule: 'request-property-added',
            location: here,
            message: 'new optional property',
          });
      } else {
        const breaking = fb.closed;
        report({
          kind: breaking ? 'breaking' : 'non-breaking',
          rule: 'response-property-added',
          location: here,
          message: breaking
            ? 'new property in an object that was closed (additionalProperties: false): old clients reject it'
            : 'new property',
        });
      }
      continue;
    }
    if (direction === 'input' && !wasRequired && isRequired) {
      report({
        kind: 'breaking',
        rule: 'request-property-became-required',
        location: here,
        message: 'was optional, now required',
      });
    } else if (direction === 'input' && wasRequired && !isRequired) {
      report({
        kind: 'non-breaking',
        rule: 'request-property-became-optional',
        location: here,
        message: 'was required, now optional',
      });
    } else if (direction === 'output' && wasRequired && !isRequired) {
      report({
        kind: 'breaking',
        rule: 'response-property-became-optional',
        location: here,
        message: 'was always present, now may be missing',
      });
    } else if (direction === 'output' && !wasRequired && isRequired) {
      report({
        kind: 'non-breaking',
        rule: 'response-property-became-required',
        location: here,
        message: 'was optional, now always present',
      });
    }
    const b = fb.properties.get(name);
    const a = fa.properties.get(name);
    if (b !== undefined && a !== undefined) walk(ctx, b, a, direction, here, seen);
  }
  if (direction === 'input' && !fb.closed && fa.closed) {
    report({
      kind: 'breaking',
      rule: 'request-additional-properties-closed',
      location: at,
      message: 'additional properties are no longer allowed',
    });
  }
}

function compareVariants(
  ctx: SchemaContext,
  fb: FlatSchema,
  fa: FlatSchema,
  direction: Direction,
  side: string,
  at: string,
  seen: WeakMap<object, WeakSet<object>>,
): void {
  if (fb.variants.length === 0 && fa.variants.length === 0) return;
  const after = new Map(fa.variants.map((v) => [v.key, v.schema]));
  const before = new Map(fb.variants.map((v) => [v.key, v.schema]));
  for (const [key, schema] of before) {
    const match = after.get(key);
    if (match !== undefined) {
      walk(ctx, schema, match, direction, `${at}<${key}>`, seen);
    } else if (direction === 'input') {
      report(ctx, 'breaking', 'request-variant-removed', `${at}<${key}>`, 'alternative no longer accepted');
    } else {
      report(ctx, 'non-breaking', 'response-variant-removed', `${at}<${key}>`, 'alternative no longer returned');
    }
  }
  for (const key of after.keys()) {
    if (before.has(key)) continue;
    if (direction === 'output')
      report(
        ctx,
        'breaking',
        'response-variant-added',
        `${at}<${key}>`,
        'new alternative that old clients do not know',
      );
    else report(ctx, 'non-breaking', `${side}-variant-added`, `${at}<${key}>`, 'new alternative accepted');
  }
}

function report(
  ctx: SchemaContext,
  kind: 'breaking' | 'non-breaking',
  rule: string,
  location: string,
  message: string,
): void {
  ctx.report({ kind, rule, location, message });
}

/** Merges `allOf`, folds `nullable` / `type: [.., 'null']` / a `{type: null}` variant into one view. */
function flatten(resolve: Resolver, schema: Record<string, unknown>): FlatSchema {
  const flat: FlatSchema = {
    properties: new Map(),
    required: new Set(),
    closed: false,
    nullable: false,
    variants: [],
    bounds: {},
  };
  mergeInto(flat, resolve, schema, 0);
  return flat;
}

function mergeInto(flat: FlatSchema, resolve: Resolver, schema: Record<string, unknown>, depth: number): void {
  if (depth > 32) return;
  const types = readTypes(schema);
  if (types?.delete('null') === true || schema.nullable === true) flat.nullable = true;
  if (types !== undefined && types.size > 0)
    flat.types = flat.types === undefined ? types : intersect(flat.types, types);
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined;
  if (values !== undefined) flat.enumValues = values.map((v) => JSON.stringify(v));
  if (isRecord(schema.properties)) {
    for (const [name, prop] of Object.entries(schema.properties)) flat.properties.set(name, prop);
  }
  if (Array.isArray(schema.required))
    for (const name of schema.required) if (typeof name === 'string') flat.required.add(name);
  if (schema.additionalProperties === false || schema.unevaluatedProperties === false) flat.closed = true;
  else if (isRecord(schema.additionalProperties)) flat.additionalProperties = schema.additionalProperties;
  if (schema.items !== undefined) flat.items = schema.items;
  for (const key of [...UPPER_BOUNDS, ...LOWER_BOUNDS]) {
    const value = schema[key];
    if (typeof value === 'number') flat.bounds[key] = value;
  }
  if (typeof schema.pattern === 'string') flat.pattern = schema.pattern;
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      const resolved = resolve(part).node;
      if (isRecord(resolved)) mergeInto(flat, resolve, resolved, depth + 1);
    }
  }
  const alternatives = Array.isArray(schema.oneOf)
    ? schema.oneOf
    : Array.isArray(schema.anyOf)
      ? schema.anyOf
      : undefined;
  if (alternatives !== undefined) {
    const discriminator =
      isRecord(schema.discriminator) && typeof schema.discriminator.propertyName === 'string'
        ? schema.discriminator.propertyName
        : undefined;
    alternatives.forEach((alt, index) => {
      const { node, refName } = resolve(alt);
      if (!isRecord(node)) return;
      const altTypes = readTypes(node);
      if (altTypes?.size === 1 && altTypes.has('null') && node.properties === undefined) {
        // `oneOf: [X, {type: 'null'}]` is how 3.1 spells nullable
        flat.nullable = true;
        return;
      }
      flat.variants.push({ key: variantKey(node, refName, discriminator, index), schema: alt });
    });
  }
}

/** Names a oneOf/anyOf alternative so the same alternative matches across versions. */
function variantKey(
  node: Record<string, unknown>,
  refName: string | undefined,
  discriminator: string | undefined,
  index: number,
): string {
  if (discriminator !== undefined && isRecord(node.properties)) {
    const prop = node.properties[discriminator];
    if (isRecord(prop)) {
      if (typeof prop.const === 'string') return `${discriminator}=${prop.const}`;
      if (Array.isArray(prop.enum) && prop.enum.length === 1 && typeof prop.enum[0] === 'string')
        return `${discriminator}=${prop.enum[0]}`;
    }
  }
  if (refName !== undefined) return refName;
  if (typeof node.title === 'string') return node.title;
  return `#${index}`;
}

function readTypes(schema: Record<string, unknown>): Set<string> | undefined {
  if (typeof schema.type === 'string') return new Set([schema.type]);
  if (Array.isArray(schema.type)) return new Set(schema.type.filter((t): t is string => typeof t === 'string'));
  return undefined;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  return new Set([...a].filter((t) => b.has(t) || (t === 'integer' && b.has('number'))));
}
