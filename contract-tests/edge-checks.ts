import type { OperationModel, ParameterModel } from './openapi-model.js';
import type { RequestParts } from './http-exchange.js';
import type { JsonObject } from './json-schema.js';
import {
  NON_FINITE_TEXTS,
  OVERFLOWING_NUMBERS,
  type RawJsonNumber,
  toJsonText,
  UNSTORABLE_TEXTS,
} from './schema-arbitrary.js';

/** One request that carries a single defect the server must refuse with a documented 4xx. */
export interface EdgeCase {
  name: string;
  parts: RequestParts;
}

/** Bytes that are not gzip, deflate or brotli data. */
const NOT_COMPRESSED = 'contract-test: these bytes are not compressed data';

/** Whether the operation takes anything from the caller: parameters (other than headers) or a body. */
export function hasRequestSurface(op: OperationModel): boolean {
  return op.requestBody !== undefined || op.parameters.some((p) => p.in === 'query' || p.in === 'path');
}

const isNumeric = (schema: JsonObject) => {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('integer') || types.includes('number');
};
const isText = (schema: JsonObject) => {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  return types.includes('string');
};

/** Non-finite, overflowing and just-out-of-bounds text for a numeric parameter. */
function numberTexts(schema: JsonObject): { name: string; value: string }[] {
  const out = NON_FINITE_TEXTS.map((t) => ({ name: t.length > 20 ? `a ${t.length}-digit integer` : t, value: t }));
  if (typeof schema.minimum === 'number')
    out.push({ name: `minimum ${schema.minimum} - 1`, value: String(schema.minimum - 1) });
  if (typeof schema.maximum === 'number')
    out.push({ name: `maximum ${schema.maximum} + 1`, value: String(schema.maximum + 1) });
  return out;
}

/**
 * Requests with one edge-case defect each, built on `valid` (a well-formed, authenticated request):
 * an unknown query parameter; non-finite, overflowing and out-of-bounds numbers in numeric
 * parameters; NUL and unpaired surrogates in string parameters and in body string fields;
 * overflowing numbers in body number fields; bodies that are not data of their Content-Encoding.
 */
export function edgeCases(op: OperationModel, valid: RequestParts, validBody: unknown): EdgeCase[] {
  if (!hasRequestSurface(op)) return [];
  const out: EdgeCase[] = [
    { name: 'unknown query parameter', parts: { ...valid, query: { ...valid.query, contractTestUnknown: '1' } } },
  ];
  const withParameter = (p: ParameterModel, value: string): RequestParts =>
    p.in === 'path'
      ? { ...valid, pathParams: { ...valid.pathParams, [p.name]: value } }
      : { ...valid, query: { ...valid.query, [p.name]: value } };
  for (const p of op.parameters.filter((p) => p.in === 'query' || p.in === 'path')) {
    if (isNumeric(p.schema)) {
      for (const { name, value } of numberTexts(p.schema))
        out.push({ name: `${p.in} "${p.name}" = ${name}`, parts: withParameter(p, value) });
    } else if (isText(p.schema) || p.in === 'path') {
      for (const { name, value } of UNSTORABLE_TEXTS)
        out.push({ name: `${p.in} "${p.name}" with ${name}`, parts: withParameter(p, value) });
    }
  }
  const json = valid.body && !valid.body.raw ? valid.body : undefined;
  if (json) {
    const body = (value: unknown): RequestParts => ({
      ...valid,
      body: { value: toJsonText(value), raw: true, contentType: json.contentType ?? 'application/json' },
    });
    const leaves = leafFields(validBody);
    for (const leaf of leaves.filter((l) => typeof l.value === 'string').slice(0, 4)) {
      for (const { name, value } of UNSTORABLE_TEXTS)
        out.push({ name: `body ${leaf.pointer} with ${name}`, parts: body(replaceAt(validBody, leaf.path, value)) });
    }
    for (const leaf of leaves.filter((l) => typeof l.value === 'number').slice(0, 4)) {
      for (const number of OVERFLOWING_NUMBERS)
        out.push({
          name: `body ${leaf.pointer} = ${number.text.length > 20 ? `a ${number.text.length}-digit integer` : number.text}`,
          parts: body(replaceAt(validBody, leaf.path, number)),
        });
    }
    for (const encoding of ['gzip', 'deflate', 'br']) {
      out.push({
        name: `Content-Encoding: ${encoding} on bytes that are not ${encoding} data`,
        parts: {
          ...valid,
          headers: { ...valid.headers, 'content-encoding': encoding },
          body: { value: NOT_COMPRESSED, raw: true, contentType: json.contentType ?? 'application/json' },
        },
      });
    }
  }
  return out;
}

interface Leaf {
  path: (string | number)[];
  pointer: string;
  value: unknown;
}

/** The string and number leaves of a JSON value, depth first, with their JSON pointers. */
function leafFields(value: unknown, path: (string | number)[] = [], out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) value.forEach((v, i) => leafFields(v, [...path, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) leafFields(v, [...path, k], out);
  else if ((typeof value === 'string' || typeof value === 'number') && path.length > 0)
    out.push({ path, pointer: `/${path.join('/')}`, value });
  return out;
}

function replaceAt(root: unknown, path: readonly (string | number)[], value: string | RawJsonNumber): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return (root as unknown[]).map((v, i) => (i === head ? replaceAt(v, rest, value) : v));
  const object = root as Record<string, unknown>;
  return { ...object, [head!]: replaceAt(object[head!], rest, value) };
}
