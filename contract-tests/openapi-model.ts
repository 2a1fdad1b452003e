import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { resolvePointer, inlineRefs, textOf, type JsonObject } from './json-schema.js';

/** A JSON Schema taken from the spec with every `$ref` inlined (recursion cut to `{}`). */
export type Schema = JsonObject;

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
  example?: unknown;
}

export interface MediaTypeModel {
  schema?: Schema;
  /** Named examples (`examples`) plus the single `example`, in spec order. */
  examples: { name: string; value: unknown }[];
}

export interface ResponseModel {
  /** '200', '4XX' or 'default' */
  status: string;
  content: Record<string, MediaTypeModel>;
  headers: Record<string, { required: boolean; schema: Schema }>;
}

export interface SecuritySchemeModel {
  name: string;
  type: string;
  scheme?: string;
  in?: string;
  paramName?: string;
}

export interface OperationModel {
  operationId: string;
  method: string;
  path: string;
  parameters: ParameterModel[];
  requestBody?: { required: boolean; content: Record<string, MediaTypeModel> };
  responses: ResponseModel[];
  /** Alternatives (OR) of scheme sets (AND); `[]` = public. */
  security: string[][];
}

export interface OpenApiModel {
  title: string;
  operations: OperationModel[];
  securitySchemes: Record<string, SecuritySchemeModel>;
  /** `components.schemas.ErrorEnvelope` when the spec has it: every error body must match it. */
  errorEnvelope?: Schema;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Reads an OpenAPI 3.x document (YAML or JSON) and lists its operations with refs resolved. */
export async function loadOpenApi(file: string): Promise<OpenApiModel> {
  const doc = parseYaml(await readFile(file, 'utf8')) as JsonObject;
  if (typeof doc !== 'object' || doc === null || typeof doc.openapi !== 'string') {
    throw new Error(`${file} is not an OpenAPI document (no "openapi" field)`);
  }
  const deref = <T>(value: unknown): T => resolveObjectRef(doc, value) as T;
  const schemaOf = (value: unknown): Schema => inlineRefs(doc, value ?? {}) as Schema;

  const operations: OperationModel[] = [];
  const paths = (doc.paths ?? {}) as Record<string, JsonObject>;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = deref<JsonObject>(rawItem);
    const shared = ((item.parameters ?? []) as unknown[]).map((p) => deref<JsonObject>(p));
    for (const method of METHODS) {
      const op = item[method] as JsonObject | undefined;
      if (!op) continue;
      const own = ((op.parameters ?? []) as unknown[]).map((p) => deref<JsonObject>(p));
      const byKey = new Map<string, JsonObject>();
      for (const p of [...shared, ...own]) byKey.set(`${String(p.in)}:${String(p.name)}`, p);
      const parameters: ParameterModel[] = [...byKey.values()].map((p) => ({
        name: String(p.name),
        in: p.in as ParameterModel['in'],
        required: p.required === true || p.in === 'path',
        schema: schemaOf(p.schema),
        ...(p.example !== undefined ? { example: p.example } : {}),
      }));
      const body = op.requestBody ? deref<JsonObject>(op.requestBody) : undefined;
      const responses: ResponseModel[] = Object.entries((op.responses ?? {}) as JsonObject).map(([status, raw]) => {
        const r = deref<JsonObject>(raw);
        const headers: ResponseModel['headers'] = {};
        for (const [name, h] of Object.entries((r.headers ?? {}) as JsonObject)) {
          const header = deref<JsonObject>(h);
          headers[name.toLowerCase()] = { required: header.required === true, schema: schemaOf(header.schema) };
        }
        return { status: status.toUpperCase(), content: mediaTypes(r.content, deref, schemaOf), headers };
      });
      operations.push({
        operationId: textOf(op.operationId ?? `${method.toUpperCase()} ${path}`),
        method: method.toUpperCase(),
        path,
        parameters,
        ...(body
          ? { requestBody: { required: body.required === true, content: mediaTypes(body.content, deref, schemaOf) } }
          : {}),
        responses,
        security: securityOf((op.security ?? doc.security ?? []) as JsonObject[]),
      });
    }
  }

  const components = (doc.components ?? {}) as JsonObject;
  const securitySchemes: Record<string, SecuritySchemeModel> = {};
  for (const [name, raw] of Object.entries((components.securitySchemes ?? {}) as JsonObject)) {
    const s = deref<JsonObject>(raw);
    securitySchemes[name] = {
      name,
      type: String(s.type),
      ...(typeof s.scheme === 'string' ? { scheme: s.scheme.toLowerCase() } : {}),
      ...(typeof s.in === 'string' ? { in: s.in } : {}),
      ...(typeof s.name === 'string' ? { paramName: s.name } : {}),
    };
  }
  const schemas = (components.schemas ?? {}) as JsonObject;
  const info = (doc.info ?? {}) as JsonObject;
  return {
    title: textOf(info.title ?? file),
    operations,
    securitySchemes,
    ...(schemas.ErrorEnvelope ? { errorEnvelope: schemaOf(schemas.ErrorEnvelope) } : {}),
  };
}

function mediaTypes(
  content: unknown,
  deref: <T>(value: unknown) => T,
  schemaOf: (value: unknown) => Schema,
): Record<string, MediaTypeModel> {
  const out: Record<string, MediaTypeModel> = {};
  for (const [type, raw] of Object.entries((content ?? {}) as JsonObject)) {
    const media = deref<JsonObject>(raw);
    const examples: MediaTypeModel['examples'] = [];
    for (const [name, ex] of Object.entries((media.examples ?? {}) as JsonObject)) {
      const example = deref<JsonObject>(ex);
      if (example && 'value' in example) examples.push({ name, value: example.value });
    }
    if (media.example !== undefined) examples.push({ name: 'example', value: media.example });
    out[type.toLowerCase()] = { ...(media.schema !== undefined ? { schema: schemaOf(media.schema) } : {}), examples };
  }
  return out;
}

function securityOf(requirements: JsonObject[]): string[][] {
  return requirements.map((req) => Object.keys(req));
}

/** Follows `$ref` chains on non-schema objects (parameters, responses, examples …). */
function resolveObjectRef(doc: JsonObject, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 20; hops++) {
    if (!current || typeof current !== 'object' || typeof (current as JsonObject).$ref !== 'string') return current;
    current = resolvePointer(doc, (current as JsonObject).$ref as string);
  }
  throw new Error(`$ref chain too long near ${JSON.stringify(value)}`);
}
