import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export type JsonObject = Record<string, unknown>;

/** A JSON value as text for a URL, header or message: strings as they are, anything else as JSON. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

/** RFC 6901 pointer lookup for a local `#/…` reference. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`only local $refs are supported, got ${ref}`);
  const parts = ref
    .slice(1)
    .split('/')
    .filter((p, i) => i > 0 || p !== '');
  let node: unknown = doc;
  for (const raw of parts) {
    const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(part in (node as JsonObject))) {
      throw new Error(`$ref ${ref} does not resolve`);
    }
    node = (node as JsonObject)[part];
  }
  return node;
}

/**
 * Returns a copy of `schema` with every local `$ref` replaced by its target, so ajv and the data
 * generator see one self-contained schema. A ref met again inside itself (a recursive schema) is
 * cut to `{}` (anything) at that depth, which keeps validation of everything above it.
 */
export function inlineRefs(doc: unknown, schema: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inlineRefs(doc, s, seen));
  if (!schema || typeof schema !== 'object') return schema;
  const obj = schema as JsonObject;
  if (typeof obj.$ref === 'string') {
    const ref = obj.$ref;
    if (seen.includes(ref)) return {};
    const { $ref: _ignored, ...siblings } = obj;
    const target = inlineRefs(doc, resolvePointer(doc, ref), [...seen, ref]);
    return Object.keys(siblings).length === 0 ? target : { allOf: [target], ...inlineSiblings(doc, siblings, seen) };
  }
  return inlineSiblings(doc, obj, seen);
}

function inlineSiblings(doc: unknown, obj: JsonObject, seen: readonly string[]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(obj)) {
    // `example`/`examples` hold data, not schemas: keep them as they are.
    out[key] = key === 'example' || key === 'examples' ? value : inlineRefs(doc, value, seen);
  }
  return out;
}

/** Deep copy that cuts object cycles (the AsyncAPI parser returns circular schemas for recursion). */
export function toAcyclic(value: unknown, path: readonly object[] = []): unknown {
  if (!value || typeof value !== 'object') return value;
  if (path.includes(value)) return {};
  const next = [...path, value];
  if (Array.isArray(value)) return value.map((v) => toAcyclic(v, next));
  const out: JsonObject = {};
  for (const [key, v] of Object.entries(value as JsonObject)) {
    if (key.startsWith('x-parser-')) continue;
    out[key] = toAcyclic(v, next);
  }
  return out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** One ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) with formats, compiled schemas cached. */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #cache = new WeakMap<object, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    addFormats(this.#ajv);
    // OpenAPI format names ajv-formats does not know: accept any value of the right type.
    for (const name of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) {
      this.#ajv.addFormat(name, true);
    }
  }

  /** Returns readable errors (`/path: message`), or [] when `data` matches. */
  validate(schema: object, data: unknown): string[] {
    let fn = this.#cache.get(schema);
    if (!fn) {
      fn = this.#ajv.compile(schema as JsonObject);
      this.#cache.set(schema, fn);
    }
    return fn(data) ? [] : formatErrors(fn.errors ?? []);
  }
}

function formatErrors(errors: ErrorObject[]): string[] {
  return errors.slice(0, 10).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
        : e.keyword === 'enum'
          ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}`
          : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}
