/**
 * The parts of an OpenAPI 3.0/3.1 document the generator reads, typed loosely: the document has
 * already been validated, so these types only name what we look at.
 */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, PathItemObject | ReferenceObject>;
  webhooks?: Record<string, unknown>;
  components?: Record<string, Record<string, unknown> | undefined>;
  security?: SecurityRequirementObject[];
}

export interface ReferenceObject {
  $ref: string;
}

export type SecurityRequirementObject = Record<string, string[]>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItemObject = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: Array<ParameterObject | ReferenceObject>;
};

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: Array<ParameterObject | ReferenceObject>;
  requestBody?: RequestBodyObject | ReferenceObject;
  responses?: Record<string, ResponseObject | ReferenceObject>;
  security?: SecurityRequirementObject[];
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  style?: string;
  explode?: boolean;
  schema?: SchemaObject | ReferenceObject;
  content?: Record<string, MediaTypeObject>;
}

export interface RequestBodyObject {
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  description?: string;
  headers?: Record<string, HeaderObject | ReferenceObject>;
  content?: Record<string, MediaTypeObject>;
}

export interface HeaderObject {
  required?: boolean;
  schema?: SchemaObject | ReferenceObject;
}

export interface MediaTypeObject {
  schema?: SchemaObject | ReferenceObject;
}

export interface SchemaObject {
  type?: string | string[];
  properties?: Record<string, SchemaObject | ReferenceObject>;
  items?: SchemaObject | ReferenceObject;
  oneOf?: Array<SchemaObject | ReferenceObject>;
  anyOf?: Array<SchemaObject | ReferenceObject>;
  allOf?: Array<SchemaObject | ReferenceObject>;
  nullable?: boolean;
}

export interface SecuritySchemeObject {
  type: 'apiKey' | 'http' | 'oauth2' | 'openIdConnect' | 'mutualTLS';
  name?: string;
  in?: 'query' | 'header' | 'cookie';
  scheme?: string;
  description?: string;
}

export function isReference(value: unknown): value is ReferenceObject {
  return typeof value === 'object' && value !== null && typeof (value as ReferenceObject).$ref === 'string';
}

/**
 * Follows local `$ref`s (`#/components/...`) until a real object; the bundled document has only
 * local refs. Returns the object and the first ref followed, if any.
 */
export function resolveLocal<T>(document: OpenApiDocument, value: T | ReferenceObject): { value: T; ref?: string } {
  let current: unknown = value;
  let firstRef: string | undefined;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (seen.has(ref) || !ref.startsWith('#/')) throw new Error(`cannot resolve $ref ${ref}`);
    seen.add(ref);
    firstRef ??= ref;
    let target: unknown = document;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      target = typeof target === 'object' && target !== null ? (target as Record<string, unknown>)[key] : undefined;
    }
    if (target === undefined) throw new Error(`cannot resolve $ref ${ref}`);
    current = target;
  }
  return firstRef === undefined ? { value: current as T } : { value: current as T, ref: firstRef };
}

/** `#/components/schemas/Pet` → `['schemas', 'Pet']`; undefined for anything else. */
export function componentOf(ref: string | undefined): [string, string] | undefined {
  const match = ref === undefined ? null : /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
  if (!match?.[1] || !match[2]) return undefined;
  return [match[1], decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~')];
}
