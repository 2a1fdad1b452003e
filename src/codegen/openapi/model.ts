import type { HttpMethod, SecurityRequirementObject } from './document.js';

/** Primitive shape of a parameter's schema, enough to coerce strings from the URL and headers. */
export type ValueKind = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';

/** One parameter (OpenAPI 3.1 §4.8.12), merged from the path item and the operation. */
export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  style: string;
  explode: boolean;
  kind: ValueKind;
  /** Kind of the items when `kind` is `array`. */
  itemKind?: ValueKind;
  /** Kind of each property of a `deepObject` parameter (`filter[minPrice]=2`). */
  propertyKinds?: Record<string, ValueKind>;
}

/** One media type of a request body or response: its content type and the TS type of its body. */
export interface MediaModel {
  contentType: string;
  /** Type expression relative to the generated `openapi/types.ts` imports (`paths`, `components`). */
  typeExpr: string;
}

/** One documented response (OpenAPI 3.1 §4.8.17): `200`, `2XX` or `default`. */
export interface ResponseModel {
  status: string;
  media: MediaModel[];
  headers: Array<{ name: string; required: boolean; typeExpr: string }>;
  /** Type of each media's body when referenced from outside the operation (shared error schema). */
  sharedTypeExprs: string[];
}

export interface RequestBodyModel {
  required: boolean;
  media: MediaModel[];
}

/** Everything the templates need about one operation. */
export interface OperationModel {
  /** Identifier used for handler and client method names. */
  name: string;
  /** The spec's operationId, or the name derived from method and path when it has none. */
  operationId: string;
  method: HttpMethod;
  path: string;
  expressPath: string;
  summary?: string;
  deprecated: boolean;
  /** Name of the local alias of the operation's openapi-typescript type (`GetPetOperation`). */
  typeExpr: string;
  /** `paths["/pets/{id}"]["get"]`: the openapi-typescript type the alias stands for. */
  pathTypeExpr: string;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel;
  responses: ResponseModel[];
  /** Effective security: the operation's, else the document's; empty means none. */
  security: SecurityRequirementObject[];
}

/** A security scheme (OpenAPI 3.1 §4.8.27) reduced to how a client sends the credential. */
export interface SecuritySchemeModel {
  name: string;
  /** Client option that carries the credential. */
  optionName: string;
  kind: 'bearer' | 'basic' | 'apiKey' | 'unsupported';
  /** For apiKey: where and under which name. */
  in?: 'query' | 'header' | 'cookie';
  parameterName?: string;
  description: string;
}

/** The resolved input of the templates: built once per document. */
export interface OpenApiContext {
  /** Spec name as written in headers, e.g. `specs/openapi.yaml`. */
  source: string;
  title: string;
  version: string;
  clientName: string;
  operations: OperationModel[];
  securitySchemes: SecuritySchemeModel[];
  /** Deduplicated body types of every non-2xx response (the error envelope, usually). */
  errorBodyTypeExprs: string[];
}
