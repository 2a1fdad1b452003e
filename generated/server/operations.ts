// generated from specs/openapi.yaml by clawgate, do not edit
import type { Request, Response } from 'express';
import type { paths } from '../openapi/types.js';

/** Returned by a handler that wrote the response itself through `ctx.res` (e.g. a Server-Sent Events stream). */
export const HANDLED: unique symbol = Symbol.for('clawgate.handled');
export type Handled = typeof HANDLED;

/** The default request-scoped variables: none. */
export type NoVariables = Record<never, never>;

/**
 * What every handler receives besides its typed input. `vars` holds the request-scoped values the
 * application builds with `bindOperations(router, handlers, { context })` (e.g. the authenticated caller).
 */
export interface HandlerContext<V extends object = NoVariables> {
  readonly req: Request;
  readonly res: Response;
  readonly vars: V;
}

/** openapi-typescript's type of `getLiveness`: GET /health/live. */
export type GetLivenessOperation = paths["/health/live"]["get"];

/** Input of `getLiveness`: GET /health/live. */
export interface GetLivenessInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetLivenessOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getLiveness`: GET /health/live may answer: one member per documented response. */
export type GetLivenessResult =
  | { status: 200; contentType?: "application/json"; body: GetLivenessOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetLivenessOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetLivenessOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetLivenessOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetLivenessOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetLivenessOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetLivenessOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetLivenessOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetLivenessOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetLivenessOperation["responses"][500]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getReadiness`: GET /health/ready. */
export type GetReadinessOperation = paths["/health/ready"]["get"];

/** Input of `getReadiness`: GET /health/ready. */
export interface GetReadinessInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetReadinessOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getReadiness`: GET /health/ready may answer: one member per documented response. */
export type GetReadinessResult =
  | { status: 200; contentType?: "application/json"; body: GetReadinessOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetReadinessOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetReadinessOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetReadinessOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetReadinessOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetReadinessOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetReadinessOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetReadinessOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetReadinessOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetReadinessOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetReadinessOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetReadinessOperation["responses"][503]["headers"]["X-Request-Id"] } };

/** openapi-typescript's type of `getHealth`: GET /health. */
export type GetHealthOperation = paths["/health"]["get"];

/** Input of `getHealth`: GET /health. */
export interface GetHealthInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetHealthOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getHealth`: GET /health may answer: one member per documented response. */
export type GetHealthResult =
  | { status: 200; contentType?: "application/json"; body: GetHealthOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetHealthOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetHealthOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetHealthOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetHealthOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetHealthOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetHealthOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetHealthOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetHealthOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetHealthOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetHealthOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetHealthOperation["responses"][503]["headers"]["X-Request-Id"] } };

/** openapi-typescript's type of `getInfo`: GET /info. */
export type GetInfoOperation = paths["/info"]["get"];

/** Input of `getInfo`: GET /info. */
export interface GetInfoInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetInfoOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getInfo`: GET /info may answer: one member per documented response. */
export type GetInfoResult =
  | { status: 200; contentType?: "application/json"; body: GetInfoOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetInfoOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetInfoOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetInfoOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetInfoOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetInfoOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetInfoOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetInfoOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetInfoOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetInfoOperation["responses"][500]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getMetrics`: GET /metrics. */
export type GetMetricsOperation = paths["/metrics"]["get"];

/** Input of `getMetrics`: GET /metrics. */
export interface GetMetricsInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetMetricsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getMetrics`: GET /metrics may answer: one member per documented response. */
export type GetMetricsResult =
  | { status: 200; contentType?: "text/plain; version=0.0.4"; body: string; headers?: { "X-Request-Id"?: GetMetricsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetMetricsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetMetricsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetMetricsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetMetricsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetMetricsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetMetricsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetMetricsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetMetricsOperation["responses"][500]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listOrgs`: GET /v1/orgs. */
export type ListOrgsOperation = paths["/v1/orgs"]["get"];

/** Input of `listOrgs`: GET /v1/orgs. */
export interface ListOrgsInput {
  params: Record<string, never>;
  query: NonNullable<ListOrgsOperation["parameters"]["query"]>;
  headers: NonNullable<ListOrgsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listOrgs`: GET /v1/orgs may answer: one member per documented response. */
export type ListOrgsResult =
  | { status: 200; contentType?: "application/json"; body: ListOrgsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListOrgsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListOrgsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListOrgsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListOrgsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListOrgsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListOrgsOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListOrgsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListOrgsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListOrgsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListOrgsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListOrgsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListOrgsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListOrgsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListOrgsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListOrgsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListOrgsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createOrg`: POST /v1/orgs. */
export type CreateOrgOperation = paths["/v1/orgs"]["post"];

/** Input of `createOrg`: POST /v1/orgs. */
export interface CreateOrgInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<CreateOrgOperation["parameters"]["header"]>;
  body: NonNullable<CreateOrgOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createOrg`: POST /v1/orgs may answer: one member per documented response. */
export type CreateOrgResult =
  | { status: 201; contentType?: "application/json"; body: CreateOrgOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][201]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: CreateOrgOperation["responses"][201]["headers"]["Idempotent-Replayed"]; "Cache-Control"?: CreateOrgOperation["responses"][201]["headers"]["Cache-Control"]; Location?: CreateOrgOperation["responses"][201]["headers"]["Location"] } }
  | { status: 400; contentType?: "application/json"; body: CreateOrgOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateOrgOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 409; contentType?: "application/json"; body: CreateOrgOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateOrgOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateOrgOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateOrgOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateOrgOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateOrgOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateOrgOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: CreateOrgOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateOrgOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateOrgOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateOrgOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateOrgOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateOrgOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getOrg`: GET /v1/orgs/{orgId}. */
export type GetOrgOperation = paths["/v1/orgs/{orgId}"]["get"];

/** Input of `getOrg`: GET /v1/orgs/{orgId}. */
export interface GetOrgInput {
  params: NonNullable<GetOrgOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetOrgOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getOrg`: GET /v1/orgs/{orgId} may answer: one member per documented response. */
export type GetOrgResult =
  | { status: 200; contentType?: "application/json"; body: GetOrgOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: GetOrgOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetOrgOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetOrgOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetOrgOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetOrgOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: GetOrgOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetOrgOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetOrgOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetOrgOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetOrgOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetOrgOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetOrgOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `deleteOrg`: DELETE /v1/orgs/{orgId}. */
export type DeleteOrgOperation = paths["/v1/orgs/{orgId}"]["delete"];

/** Input of `deleteOrg`: DELETE /v1/orgs/{orgId}. */
export interface DeleteOrgInput {
  params: NonNullable<DeleteOrgOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<DeleteOrgOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `deleteOrg`: DELETE /v1/orgs/{orgId} may answer: one member per documented response. */
export type DeleteOrgResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][204]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: DeleteOrgOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: DeleteOrgOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteOrgOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: DeleteOrgOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: DeleteOrgOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: DeleteOrgOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteOrgOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: DeleteOrgOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: DeleteOrgOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: DeleteOrgOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: DeleteOrgOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteOrgOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: DeleteOrgOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: DeleteOrgOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteOrgOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: DeleteOrgOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteOrgOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: DeleteOrgOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteOrgOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `updateOrg`: PATCH /v1/orgs/{orgId}. */
export type UpdateOrgOperation = paths["/v1/orgs/{orgId}"]["patch"];

/** Input of `updateOrg`: PATCH /v1/orgs/{orgId}. */
export interface UpdateOrgInput {
  params: NonNullable<UpdateOrgOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<UpdateOrgOperation["parameters"]["header"]>;
  body: NonNullable<UpdateOrgOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `updateOrg`: PATCH /v1/orgs/{orgId} may answer: one member per documented response. */
export type UpdateOrgResult =
  | { status: 200; contentType?: "application/json"; body: UpdateOrgOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: UpdateOrgOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: UpdateOrgOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: UpdateOrgOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: UpdateOrgOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][409]["headers"]["RateLimit-Policy"] } }
  | { status: 413; contentType?: "application/json"; body: UpdateOrgOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: UpdateOrgOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: UpdateOrgOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: UpdateOrgOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: UpdateOrgOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: UpdateOrgOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: UpdateOrgOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateOrgOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: UpdateOrgOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateOrgOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listApiKeys`: GET /v1/api-keys. */
export type ListApiKeysOperation = paths["/v1/api-keys"]["get"];

/** Input of `listApiKeys`: GET /v1/api-keys. */
export interface ListApiKeysInput {
  params: Record<string, never>;
  query: NonNullable<ListApiKeysOperation["parameters"]["query"]>;
  headers: NonNullable<ListApiKeysOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listApiKeys`: GET /v1/api-keys may answer: one member per documented response. */
export type ListApiKeysResult =
  | { status: 200; contentType?: "application/json"; body: ListApiKeysOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: ListApiKeysOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: ListApiKeysOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListApiKeysOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListApiKeysOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListApiKeysOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListApiKeysOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ListApiKeysOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ListApiKeysOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListApiKeysOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListApiKeysOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListApiKeysOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListApiKeysOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiKeysOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListApiKeysOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiKeysOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createApiKey`: POST /v1/api-keys. */
export type CreateApiKeyOperation = paths["/v1/api-keys"]["post"];

/** Input of `createApiKey`: POST /v1/api-keys. */
export interface CreateApiKeyInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<CreateApiKeyOperation["parameters"]["header"]>;
  body: NonNullable<CreateApiKeyOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createApiKey`: POST /v1/api-keys may answer: one member per documented response. */
export type CreateApiKeyResult =
  | { status: 201; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][201]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][201]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][201]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: CreateApiKeyOperation["responses"][201]["headers"]["Idempotent-Replayed"]; "Cache-Control"?: CreateApiKeyOperation["responses"][201]["headers"]["Cache-Control"] } }
  | { status: 400; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 409; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateApiKeyOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateApiKeyOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: CreateApiKeyOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateApiKeyOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiKeyOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateApiKeyOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiKeyOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `revokeApiKey`: DELETE /v1/api-keys/{keyId}. */
export type RevokeApiKeyOperation = paths["/v1/api-keys/{keyId}"]["delete"];

/** Input of `revokeApiKey`: DELETE /v1/api-keys/{keyId}. */
export interface RevokeApiKeyInput {
  params: NonNullable<RevokeApiKeyOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<RevokeApiKeyOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `revokeApiKey`: DELETE /v1/api-keys/{keyId} may answer: one member per documented response. */
export type RevokeApiKeyResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][204]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][204]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][204]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: RevokeApiKeyOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: RevokeApiKeyOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: RevokeApiKeyOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: RevokeApiKeyOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: RevokeApiKeyOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: RevokeApiKeyOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listGateways`: GET /api/internal/v1/gateways. */
export type ListGatewaysOperation = paths["/api/internal/v1/gateways"]["get"];

/** Input of `listGateways`: GET /api/internal/v1/gateways. */
export interface ListGatewaysInput {
  params: Record<string, never>;
  query: NonNullable<ListGatewaysOperation["parameters"]["query"]>;
  headers: NonNullable<ListGatewaysOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listGateways`: GET /api/internal/v1/gateways may answer: one member per documented response. */
export type ListGatewaysResult =
  | { status: 200; contentType?: "application/json"; body: ListGatewaysOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListGatewaysOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListGatewaysOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewaysOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListGatewaysOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListGatewaysOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListGatewaysOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListGatewaysOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListGatewaysOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewaysOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListGatewaysOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListGatewaysOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewaysOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListGatewaysOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewaysOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListGatewaysOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewaysOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `registerGateway`: POST /api/internal/v1/gateways. */
export type RegisterGatewayOperation = paths["/api/internal/v1/gateways"]["post"];

/** Input of `registerGateway`: POST /api/internal/v1/gateways. */
export interface RegisterGatewayInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<RegisterGatewayOperation["parameters"]["header"]>;
  body: NonNullable<RegisterGatewayOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `registerGateway`: POST /api/internal/v1/gateways may answer: one member per documented response. */
export type RegisterGatewayResult =
  | { status: 201; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][201]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: RegisterGatewayOperation["responses"][201]["headers"]["Idempotent-Replayed"]; "Cache-Control"?: RegisterGatewayOperation["responses"][201]["headers"]["Cache-Control"]; Location?: RegisterGatewayOperation["responses"][201]["headers"]["Location"] } }
  | { status: 400; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 409; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: RegisterGatewayOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: RegisterGatewayOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: RegisterGatewayOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: RegisterGatewayOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: RegisterGatewayOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: RegisterGatewayOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getGateway`: GET /api/internal/v1/gateways/{gatewayId}. */
export type GetGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["get"];

/** Input of `getGateway`: GET /api/internal/v1/gateways/{gatewayId}. */
export interface GetGatewayInput {
  params: NonNullable<GetGatewayOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetGatewayOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getGateway`: GET /api/internal/v1/gateways/{gatewayId} may answer: one member per documented response. */
export type GetGatewayResult =
  | { status: 200; contentType?: "application/json"; body: GetGatewayOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetGatewayOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetGatewayOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetGatewayOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetGatewayOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetGatewayOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetGatewayOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetGatewayOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetGatewayOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetGatewayOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: GetGatewayOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetGatewayOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetGatewayOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetGatewayOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetGatewayOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetGatewayOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetGatewayOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetGatewayOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetGatewayOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetGatewayOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `deleteGateway`: DELETE /api/internal/v1/gateways/{gatewayId}. */
export type DeleteGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["delete"];

/** Input of `deleteGateway`: DELETE /api/internal/v1/gateways/{gatewayId}. */
export interface DeleteGatewayInput {
  params: NonNullable<DeleteGatewayOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<DeleteGatewayOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `deleteGateway`: DELETE /api/internal/v1/gateways/{gatewayId} may answer: one member per documented response. */
export type DeleteGatewayResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][204]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: DeleteGatewayOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteGatewayOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: DeleteGatewayOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteGatewayOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: DeleteGatewayOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: DeleteGatewayOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteGatewayOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: DeleteGatewayOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteGatewayOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: DeleteGatewayOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteGatewayOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: DeleteGatewayOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteGatewayOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `updateGateway`: PATCH /api/internal/v1/gateways/{gatewayId}. */
export type UpdateGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["patch"];

/** Input of `updateGateway`: PATCH /api/internal/v1/gateways/{gatewayId}. */
export interface UpdateGatewayInput {
  params: NonNullable<UpdateGatewayOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<UpdateGatewayOperation["parameters"]["header"]>;
  body: NonNullable<UpdateGatewayOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `updateGateway`: PATCH /api/internal/v1/gateways/{gatewayId} may answer: one member per documented response. */
export type UpdateGatewayResult =
  | { status: 200; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][409]["headers"]["RateLimit-Policy"] } }
  | { status: 413; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: UpdateGatewayOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: UpdateGatewayOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateGatewayOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: UpdateGatewayOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateGatewayOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `rotateGatewayApiKey`: POST /api/internal/v1/gateways/{gatewayId}/api-keys. */
export type RotateGatewayApiKeyOperation = paths["/api/internal/v1/gateways/{gatewayId}/api-keys"]["post"];

/** Input of `rotateGatewayApiKey`: POST /api/internal/v1/gateways/{gatewayId}/api-keys. */
export interface RotateGatewayApiKeyInput {
  params: NonNullable<RotateGatewayApiKeyOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<RotateGatewayApiKeyOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `rotateGatewayApiKey`: POST /api/internal/v1/gateways/{gatewayId}/api-keys may answer: one member per documented response. */
export type RotateGatewayApiKeyResult =
  | { status: 201; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][201]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: RotateGatewayApiKeyOperation["responses"][201]["headers"]["Idempotent-Replayed"]; "Cache-Control"?: RotateGatewayApiKeyOperation["responses"][201]["headers"]["Cache-Control"] } }
  | { status: 400; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: RotateGatewayApiKeyOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 422; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: RotateGatewayApiKeyOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: RotateGatewayApiKeyOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: RotateGatewayApiKeyOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: RotateGatewayApiKeyOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: RotateGatewayApiKeyOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listGatewayEvents`: GET /api/internal/v1/gateways/{gatewayId}/events. */
export type ListGatewayEventsOperation = paths["/api/internal/v1/gateways/{gatewayId}/events"]["get"];

/** Input of `listGatewayEvents`: GET /api/internal/v1/gateways/{gatewayId}/events. */
export interface ListGatewayEventsInput {
  params: NonNullable<ListGatewayEventsOperation["parameters"]["path"]>;
  query: NonNullable<ListGatewayEventsOperation["parameters"]["query"]>;
  headers: NonNullable<ListGatewayEventsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listGatewayEvents`: GET /api/internal/v1/gateways/{gatewayId}/events may answer: one member per documented response. */
export type ListGatewayEventsResult =
  | { status: 200; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayEventsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayEventsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 403; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][403]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][403]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayEventsOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayEventsOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListGatewayEventsOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayEventsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayEventsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayEventsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayEventsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListGatewayEventsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayEventsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayEventsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayEventsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listGatewayDeployments`: GET /api/internal/v1/gateways/{gatewayId}/deployments. */
export type ListGatewayDeploymentsOperation = paths["/api/internal/v1/gateways/{gatewayId}/deployments"]["get"];

/** Input of `listGatewayDeployments`: GET /api/internal/v1/gateways/{gatewayId}/deployments. */
export interface ListGatewayDeploymentsInput {
  params: NonNullable<ListGatewayDeploymentsOperation["parameters"]["path"]>;
  query: NonNullable<ListGatewayDeploymentsOperation["parameters"]["query"]>;
  headers: NonNullable<ListGatewayDeploymentsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listGatewayDeployments`: GET /api/internal/v1/gateways/{gatewayId}/deployments may answer: one member per documented response. */
export type ListGatewayDeploymentsResult =
  | { status: 200; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayDeploymentsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayDeploymentsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 403; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][403]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][403]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayDeploymentsOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayDeploymentsOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListGatewayDeploymentsOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayDeploymentsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayDeploymentsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayDeploymentsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayDeploymentsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListGatewayDeploymentsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListGatewayDeploymentsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListGatewayDeploymentsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListGatewayDeploymentsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listApis`: GET /api/internal/v1/apis. */
export type ListApisOperation = paths["/api/internal/v1/apis"]["get"];

/** Input of `listApis`: GET /api/internal/v1/apis. */
export interface ListApisInput {
  params: Record<string, never>;
  query: NonNullable<ListApisOperation["parameters"]["query"]>;
  headers: NonNullable<ListApisOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listApis`: GET /api/internal/v1/apis may answer: one member per documented response. */
export type ListApisResult =
  | { status: 200; contentType?: "application/json"; body: ListApisOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListApisOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListApisOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApisOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListApisOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListApisOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListApisOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListApisOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListApisOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApisOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListApisOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListApisOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApisOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListApisOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApisOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListApisOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApisOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createApi`: POST /api/internal/v1/apis. */
export type CreateApiOperation = paths["/api/internal/v1/apis"]["post"];

/** Input of `createApi`: POST /api/internal/v1/apis. */
export interface CreateApiInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<CreateApiOperation["parameters"]["header"]>;
  body: NonNullable<CreateApiOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createApi`: POST /api/internal/v1/apis may answer: one member per documented response. */
export type CreateApiResult =
  | { status: 201; contentType?: "application/json"; body: CreateApiOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][201]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: CreateApiOperation["responses"][201]["headers"]["Idempotent-Replayed"]; Location?: CreateApiOperation["responses"][201]["headers"]["Location"] } }
  | { status: 400; contentType?: "application/json"; body: CreateApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 409; contentType?: "application/json"; body: CreateApiOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateApiOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateApiOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateApiOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateApiOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: CreateApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getApi`: GET /api/internal/v1/apis/{apiId}. */
export type GetApiOperation = paths["/api/internal/v1/apis/{apiId}"]["get"];

/** Input of `getApi`: GET /api/internal/v1/apis/{apiId}. */
export interface GetApiInput {
  params: NonNullable<GetApiOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetApiOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getApi`: GET /api/internal/v1/apis/{apiId} may answer: one member per documented response. */
export type GetApiResult =
  | { status: 200; contentType?: "application/json"; body: GetApiOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetApiOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetApiOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: GetApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `updateApi`: PUT /api/internal/v1/apis/{apiId}. */
export type UpdateApiOperation = paths["/api/internal/v1/apis/{apiId}"]["put"];

/** Input of `updateApi`: PUT /api/internal/v1/apis/{apiId}. */
export interface UpdateApiInput {
  params: NonNullable<UpdateApiOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<UpdateApiOperation["parameters"]["header"]>;
  body: NonNullable<UpdateApiOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `updateApi`: PUT /api/internal/v1/apis/{apiId} may answer: one member per documented response. */
export type UpdateApiResult =
  | { status: 200; contentType?: "application/json"; body: UpdateApiOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: UpdateApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: UpdateApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: UpdateApiOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: UpdateApiOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][409]["headers"]["RateLimit-Policy"] } }
  | { status: 413; contentType?: "application/json"; body: UpdateApiOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: UpdateApiOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: UpdateApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: UpdateApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: UpdateApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: UpdateApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: UpdateApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: UpdateApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `deleteApi`: DELETE /api/internal/v1/apis/{apiId}. */
export type DeleteApiOperation = paths["/api/internal/v1/apis/{apiId}"]["delete"];

/** Input of `deleteApi`: DELETE /api/internal/v1/apis/{apiId}. */
export interface DeleteApiInput {
  params: NonNullable<DeleteApiOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<DeleteApiOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `deleteApi`: DELETE /api/internal/v1/apis/{apiId} may answer: one member per documented response. */
export type DeleteApiResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][204]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: DeleteApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: DeleteApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: DeleteApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: DeleteApiOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: DeleteApiOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteApiOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: DeleteApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: DeleteApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: DeleteApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: DeleteApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: DeleteApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: DeleteApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: DeleteApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: DeleteApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listApiDeployments`: GET /api/internal/v1/apis/{apiId}/deployments. */
export type ListApiDeploymentsOperation = paths["/api/internal/v1/apis/{apiId}/deployments"]["get"];

/** Input of `listApiDeployments`: GET /api/internal/v1/apis/{apiId}/deployments. */
export interface ListApiDeploymentsInput {
  params: NonNullable<ListApiDeploymentsOperation["parameters"]["path"]>;
  query: NonNullable<ListApiDeploymentsOperation["parameters"]["query"]>;
  headers: NonNullable<ListApiDeploymentsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listApiDeployments`: GET /api/internal/v1/apis/{apiId}/deployments may answer: one member per documented response. */
export type ListApiDeploymentsResult =
  | { status: 200; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListApiDeploymentsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiDeploymentsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: ListApiDeploymentsOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiDeploymentsOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListApiDeploymentsOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListApiDeploymentsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiDeploymentsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListApiDeploymentsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiDeploymentsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListApiDeploymentsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListApiDeploymentsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListApiDeploymentsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListApiDeploymentsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `deployApi`: POST /api/internal/v1/apis/{apiId}/deployments. */
export type DeployApiOperation = paths["/api/internal/v1/apis/{apiId}/deployments"]["post"];

/** Input of `deployApi`: POST /api/internal/v1/apis/{apiId}/deployments. */
export interface DeployApiInput {
  params: NonNullable<DeployApiOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<DeployApiOperation["parameters"]["header"]>;
  body: NonNullable<DeployApiOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `deployApi`: POST /api/internal/v1/apis/{apiId}/deployments may answer: one member per documented response. */
export type DeployApiResult =
  | { status: 201; contentType?: "application/json"; body: DeployApiOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][201]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: DeployApiOperation["responses"][201]["headers"]["Idempotent-Replayed"] } }
  | { status: 400; contentType?: "application/json"; body: DeployApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: DeployApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: DeployApiOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: DeployApiOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: DeployApiOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: DeployApiOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: DeployApiOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: DeployApiOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: DeployApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: DeployApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: DeployApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: DeployApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: DeployApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeployApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: DeployApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeployApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `undeployApi`: DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}. */
export type UndeployApiOperation = paths["/api/internal/v1/apis/{apiId}/deployments/{deploymentId}"]["delete"];

/** Input of `undeployApi`: DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}. */
export interface UndeployApiInput {
  params: NonNullable<UndeployApiOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<UndeployApiOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `undeployApi`: DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId} may answer: one member per documented response. */
export type UndeployApiResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][204]["headers"]["X-Request-Id"]; "Idempotent-Replayed"?: UndeployApiOperation["responses"][204]["headers"]["Idempotent-Replayed"] } }
  | { status: 400; contentType?: "application/json"; body: UndeployApiOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: UndeployApiOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: UndeployApiOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: UndeployApiOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: UndeployApiOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 422; contentType?: "application/json"; body: UndeployApiOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: UndeployApiOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: UndeployApiOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: UndeployApiOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: UndeployApiOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: UndeployApiOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: UndeployApiOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: UndeployApiOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: UndeployApiOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getApiRuntimeArtifact`: GET /api/internal/v1/api-runtime-artifacts/{apiId}. */
export type GetApiRuntimeArtifactOperation = paths["/api/internal/v1/api-runtime-artifacts/{apiId}"]["get"];

/** Input of `getApiRuntimeArtifact`: GET /api/internal/v1/api-runtime-artifacts/{apiId}. */
export interface GetApiRuntimeArtifactInput {
  params: NonNullable<GetApiRuntimeArtifactOperation["parameters"]["path"]>;
  query: NonNullable<GetApiRuntimeArtifactOperation["parameters"]["query"]>;
  headers: NonNullable<GetApiRuntimeArtifactOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getApiRuntimeArtifact`: GET /api/internal/v1/api-runtime-artifacts/{apiId} may answer: one member per documented response. */
export type GetApiRuntimeArtifactResult =
  | { status: 200; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetApiRuntimeArtifactOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiRuntimeArtifactOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetApiRuntimeArtifactOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiRuntimeArtifactOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetApiRuntimeArtifactOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetApiRuntimeArtifactOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiRuntimeArtifactOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetApiRuntimeArtifactOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiRuntimeArtifactOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetApiRuntimeArtifactOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetApiRuntimeArtifactOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetApiRuntimeArtifactOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetApiRuntimeArtifactOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getStats`: GET /api/internal/v1/stats. */
export type GetStatsOperation = paths["/api/internal/v1/stats"]["get"];

/** Input of `getStats`: GET /api/internal/v1/stats. */
export interface GetStatsInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetStatsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getStats`: GET /api/internal/v1/stats may answer: one member per documented response. */
export type GetStatsResult =
  | { status: 200; contentType?: "application/json"; body: GetStatsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][200]["headers"]["X-Request-Id"] } }
  | { status: 400; contentType?: "application/json"; body: GetStatsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetStatsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetStatsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetStatsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: GetStatsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetStatsOperation["responses"][429]["headers"]["Retry-After"] } }
  | { status: 500; contentType?: "application/json"; body: GetStatsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetStatsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetStatsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetStatsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetStatsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetStatsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetStatsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetStatsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetStatsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetStatsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listSessions`: GET /v1/sessions. */
export type ListSessionsOperation = paths["/v1/sessions"]["get"];

/** Input of `listSessions`: GET /v1/sessions. */
export interface ListSessionsInput {
  params: Record<string, never>;
  query: NonNullable<ListSessionsOperation["parameters"]["query"]>;
  headers: NonNullable<ListSessionsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listSessions`: GET /v1/sessions may answer: one member per documented response. */
export type ListSessionsResult =
  | { status: 200; contentType?: "application/json"; body: ListSessionsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: ListSessionsOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: ListSessionsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListSessionsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListSessionsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListSessionsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListSessionsOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ListSessionsOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ListSessionsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListSessionsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListSessionsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListSessionsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListSessionsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListSessionsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createSession`: POST /v1/sessions. */
export type CreateSessionOperation = paths["/v1/sessions"]["post"];

/** Input of `createSession`: POST /v1/sessions. */
export interface CreateSessionInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<CreateSessionOperation["parameters"]["header"]>;
  body: NonNullable<CreateSessionOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createSession`: POST /v1/sessions may answer: one member per documented response. */
export type CreateSessionResult =
  | { status: 201; contentType?: "application/json"; body: CreateSessionOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][201]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][201]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][201]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: CreateSessionOperation["responses"][201]["headers"]["Idempotent-Replayed"]; Location?: CreateSessionOperation["responses"][201]["headers"]["Location"] } }
  | { status: 400; contentType?: "application/json"; body: CreateSessionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateSessionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 409; contentType?: "application/json"; body: CreateSessionOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateSessionOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateSessionOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateSessionOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateSessionOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateSessionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateSessionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: CreateSessionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: CreateSessionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateSessionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateSessionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getSession`: GET /v1/sessions/{sessionId}. */
export type GetSessionOperation = paths["/v1/sessions/{sessionId}"]["get"];

/** Input of `getSession`: GET /v1/sessions/{sessionId}. */
export interface GetSessionInput {
  params: NonNullable<GetSessionOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetSessionOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getSession`: GET /v1/sessions/{sessionId} may answer: one member per documented response. */
export type GetSessionResult =
  | { status: 200; contentType?: "application/json"; body: GetSessionOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: GetSessionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetSessionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetSessionOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetSessionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetSessionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: GetSessionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetSessionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetSessionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetSessionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSessionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetSessionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSessionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `deleteSession`: DELETE /v1/sessions/{sessionId}. */
export type DeleteSessionOperation = paths["/v1/sessions/{sessionId}"]["delete"];

/** Input of `deleteSession`: DELETE /v1/sessions/{sessionId}. */
export interface DeleteSessionInput {
  params: NonNullable<DeleteSessionOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<DeleteSessionOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `deleteSession`: DELETE /v1/sessions/{sessionId} may answer: one member per documented response. */
export type DeleteSessionResult =
  | { status: 204; body?: undefined; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][204]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][204]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][204]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: DeleteSessionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: DeleteSessionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: DeleteSessionOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: DeleteSessionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: DeleteSessionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: DeleteSessionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: DeleteSessionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: DeleteSessionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: DeleteSessionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: DeleteSessionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: DeleteSessionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: DeleteSessionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `updateSession`: PATCH /v1/sessions/{sessionId}. */
export type UpdateSessionOperation = paths["/v1/sessions/{sessionId}"]["patch"];

/** Input of `updateSession`: PATCH /v1/sessions/{sessionId}. */
export interface UpdateSessionInput {
  params: NonNullable<UpdateSessionOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<UpdateSessionOperation["parameters"]["header"]>;
  body: NonNullable<UpdateSessionOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `updateSession`: PATCH /v1/sessions/{sessionId} may answer: one member per documented response. */
export type UpdateSessionResult =
  | { status: 200; contentType?: "application/json"; body: UpdateSessionOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: UpdateSessionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: UpdateSessionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: UpdateSessionOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: UpdateSessionOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][409]["headers"]["RateLimit-Policy"] } }
  | { status: 413; contentType?: "application/json"; body: UpdateSessionOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: UpdateSessionOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: UpdateSessionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: UpdateSessionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: UpdateSessionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: UpdateSessionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: UpdateSessionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: UpdateSessionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: UpdateSessionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: UpdateSessionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: UpdateSessionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listSessionMessages`: GET /v1/sessions/{sessionId}/messages. */
export type ListSessionMessagesOperation = paths["/v1/sessions/{sessionId}/messages"]["get"];

/** Input of `listSessionMessages`: GET /v1/sessions/{sessionId}/messages. */
export interface ListSessionMessagesInput {
  params: NonNullable<ListSessionMessagesOperation["parameters"]["path"]>;
  query: NonNullable<ListSessionMessagesOperation["parameters"]["query"]>;
  headers: NonNullable<ListSessionMessagesOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listSessionMessages`: GET /v1/sessions/{sessionId}/messages may answer: one member per documented response. */
export type ListSessionMessagesResult =
  | { status: 200; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListSessionMessagesOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ListSessionMessagesOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListSessionMessagesOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSessionMessagesOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListSessionMessagesOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSessionMessagesOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createSessionMessage`: POST /v1/sessions/{sessionId}/messages. */
export type CreateSessionMessageOperation = paths["/v1/sessions/{sessionId}/messages"]["post"];

/** Input of `createSessionMessage`: POST /v1/sessions/{sessionId}/messages. */
export interface CreateSessionMessageInput {
  params: NonNullable<CreateSessionMessageOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<CreateSessionMessageOperation["parameters"]["header"]>;
  body: NonNullable<CreateSessionMessageOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createSessionMessage`: POST /v1/sessions/{sessionId}/messages may answer: one member per documented response. */
export type CreateSessionMessageResult =
  | { status: 201; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][201]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][201]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][201]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: CreateSessionMessageOperation["responses"][201]["headers"]["Idempotent-Replayed"] } }
  | { status: 400; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateSessionMessageOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateSessionMessageOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: CreateSessionMessageOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateSessionMessageOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateSessionMessageOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateSessionMessageOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateSessionMessageOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `createChatCompletion`: POST /v1/chat/completions. */
export type CreateChatCompletionOperation = paths["/v1/chat/completions"]["post"];

/** Input of `createChatCompletion`: POST /v1/chat/completions. */
export interface CreateChatCompletionInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<CreateChatCompletionOperation["parameters"]["header"]>;
  body: NonNullable<CreateChatCompletionOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `createChatCompletion`: POST /v1/chat/completions may answer: one member per documented response. */
export type CreateChatCompletionResult =
  | { status: 200; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][200]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: CreateChatCompletionOperation["responses"][200]["headers"]["Idempotent-Replayed"] } }
  | { status: 200; contentType: "text/event-stream"; body: string; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][200]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: CreateChatCompletionOperation["responses"][200]["headers"]["Idempotent-Replayed"] } }
  | { status: 400; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: CreateChatCompletionOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: CreateChatCompletionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: CreateChatCompletionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: CreateChatCompletionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: CreateChatCompletionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: CreateChatCompletionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: CreateChatCompletionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listModels`: GET /v1/models. */
export type ListModelsOperation = paths["/v1/models"]["get"];

/** Input of `listModels`: GET /v1/models. */
export interface ListModelsInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<ListModelsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listModels`: GET /v1/models may answer: one member per documented response. */
export type ListModelsResult =
  | { status: 200; contentType?: "application/json"; body: ListModelsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: ListModelsOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: ListModelsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListModelsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListModelsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListModelsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListModelsOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ListModelsOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ListModelsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListModelsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListModelsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListModelsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListModelsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListModelsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListModelsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListModelsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `listSkills`: GET /v1/skills. */
export type ListSkillsOperation = paths["/v1/skills"]["get"];

/** Input of `listSkills`: GET /v1/skills. */
export interface ListSkillsInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<ListSkillsOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `listSkills`: GET /v1/skills may answer: one member per documented response. */
export type ListSkillsResult =
  | { status: 200; contentType?: "application/json"; body: ListSkillsOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: ListSkillsOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: ListSkillsOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ListSkillsOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ListSkillsOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: ListSkillsOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ListSkillsOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ListSkillsOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ListSkillsOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ListSkillsOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ListSkillsOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ListSkillsOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ListSkillsOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ListSkillsOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ListSkillsOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ListSkillsOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getSkillExecution`: GET /v1/skills/executions/{executionId}. */
export type GetSkillExecutionOperation = paths["/v1/skills/executions/{executionId}"]["get"];

/** Input of `getSkillExecution`: GET /v1/skills/executions/{executionId}. */
export interface GetSkillExecutionInput {
  params: NonNullable<GetSkillExecutionOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetSkillExecutionOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getSkillExecution`: GET /v1/skills/executions/{executionId} may answer: one member per documented response. */
export type GetSkillExecutionResult =
  | { status: 200; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetSkillExecutionOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: GetSkillExecutionOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetSkillExecutionOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillExecutionOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetSkillExecutionOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillExecutionOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getSkill`: GET /v1/skills/{skillName}. */
export type GetSkillOperation = paths["/v1/skills/{skillName}"]["get"];

/** Input of `getSkill`: GET /v1/skills/{skillName}. */
export interface GetSkillInput {
  params: NonNullable<GetSkillOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<GetSkillOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getSkill`: GET /v1/skills/{skillName} may answer: one member per documented response. */
export type GetSkillResult =
  | { status: 200; contentType?: "application/json"; body: GetSkillOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: GetSkillOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetSkillOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: GetSkillOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: GetSkillOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetSkillOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: GetSkillOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetSkillOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetSkillOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetSkillOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetSkillOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetSkillOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetSkillOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `executeSkill`: POST /v1/skills/{skillName}/executions. */
export type ExecuteSkillOperation = paths["/v1/skills/{skillName}/executions"]["post"];

/** Input of `executeSkill`: POST /v1/skills/{skillName}/executions. */
export interface ExecuteSkillInput {
  params: NonNullable<ExecuteSkillOperation["parameters"]["path"]>;
  query: Record<string, never>;
  headers: NonNullable<ExecuteSkillOperation["parameters"]["header"]>;
  body: NonNullable<ExecuteSkillOperation["requestBody"]>["content"]["application/json"];
}

/** What a handler of `executeSkill`: POST /v1/skills/{skillName}/executions may answer: one member per documented response. */
export type ExecuteSkillResult =
  | { status: 201; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][201]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][201]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][201]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][201]["headers"]["RateLimit-Policy"]; "Idempotent-Replayed"?: ExecuteSkillOperation["responses"][201]["headers"]["Idempotent-Replayed"] } }
  | { status: 400; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 404; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][404]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][404]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][404]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][404]["headers"]["RateLimit-Policy"] } }
  | { status: 409; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][409]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][409]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][409]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][409]["headers"]["RateLimit-Policy"]; "Retry-After"?: ExecuteSkillOperation["responses"][409]["headers"]["Retry-After"] } }
  | { status: 413; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][413]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][413]["headers"]["X-Request-Id"] } }
  | { status: 415; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][415]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][415]["headers"]["X-Request-Id"] } }
  | { status: 422; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][422]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][422]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][422]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][422]["headers"]["RateLimit-Policy"] } }
  | { status: 429; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: ExecuteSkillOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: ExecuteSkillOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: ExecuteSkillOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: ExecuteSkillOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: ExecuteSkillOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: ExecuteSkillOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** openapi-typescript's type of `getUsage`: GET /v1/usage. */
export type GetUsageOperation = paths["/v1/usage"]["get"];

/** Input of `getUsage`: GET /v1/usage. */
export interface GetUsageInput {
  params: Record<string, never>;
  query: Record<string, never>;
  headers: NonNullable<GetUsageOperation["parameters"]["header"]>;
  body: undefined;
}

/** What a handler of `getUsage`: GET /v1/usage may answer: one member per documented response. */
export type GetUsageResult =
  | { status: 200; contentType?: "application/json"; body: GetUsageOperation["responses"][200]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][200]["headers"]["X-Request-Id"]; RateLimit?: GetUsageOperation["responses"][200]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][200]["headers"]["RateLimit-Policy"] } }
  | { status: 400; contentType?: "application/json"; body: GetUsageOperation["responses"][400]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][400]["headers"]["X-Request-Id"]; RateLimit?: GetUsageOperation["responses"][400]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][400]["headers"]["RateLimit-Policy"] } }
  | { status: 401; contentType?: "application/json"; body: GetUsageOperation["responses"][401]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][401]["headers"]["X-Request-Id"] } }
  | { status: 429; contentType?: "application/json"; body: GetUsageOperation["responses"][429]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][429]["headers"]["X-Request-Id"]; "Retry-After"?: GetUsageOperation["responses"][429]["headers"]["Retry-After"]; RateLimit?: GetUsageOperation["responses"][429]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][429]["headers"]["RateLimit-Policy"] } }
  | { status: 500; contentType?: "application/json"; body: GetUsageOperation["responses"][500]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][500]["headers"]["X-Request-Id"]; RateLimit?: GetUsageOperation["responses"][500]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][500]["headers"]["RateLimit-Policy"] } }
  | { status: 501; contentType?: "application/json"; body: GetUsageOperation["responses"][501]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][501]["headers"]["X-Request-Id"]; RateLimit?: GetUsageOperation["responses"][501]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][501]["headers"]["RateLimit-Policy"] } }
  | { status: 503; contentType?: "application/json"; body: GetUsageOperation["responses"][503]["content"]["application/json"]; headers?: { "X-Request-Id"?: GetUsageOperation["responses"][503]["headers"]["X-Request-Id"]; RateLimit?: GetUsageOperation["responses"][503]["headers"]["RateLimit"]; "RateLimit-Policy"?: GetUsageOperation["responses"][503]["headers"]["RateLimit-Policy"] } };

/** One method per operation of clawgate 0.1.0; implement them in `src/`. */
export interface OperationHandlers<V extends object = NoVariables> {
  /**
   * Liveness probe
   * GET /health/live
   */
  getLiveness(input: GetLivenessInput, ctx: HandlerContext<V>): GetLivenessResult | Handled | Promise<GetLivenessResult | Handled>;
  /**
   * Readiness probe
   * GET /health/ready
   */
  getReadiness(input: GetReadinessInput, ctx: HandlerContext<V>): GetReadinessResult | Handled | Promise<GetReadinessResult | Handled>;
  /**
   * Full health report
   * GET /health
   */
  getHealth(input: GetHealthInput, ctx: HandlerContext<V>): GetHealthResult | Handled | Promise<GetHealthResult | Handled>;
  /**
   * Build and runtime information
   * GET /info
   */
  getInfo(input: GetInfoInput, ctx: HandlerContext<V>): GetInfoResult | Handled | Promise<GetInfoResult | Handled>;
  /**
   * Prometheus metrics
   * GET /metrics
   */
  getMetrics(input: GetMetricsInput, ctx: HandlerContext<V>): GetMetricsResult | Handled | Promise<GetMetricsResult | Handled>;
  /**
   * List organizations
   * GET /v1/orgs
   */
  listOrgs(input: ListOrgsInput, ctx: HandlerContext<V>): ListOrgsResult | Handled | Promise<ListOrgsResult | Handled>;
  /**
   * Create an organization
   * POST /v1/orgs
   */
  createOrg(input: CreateOrgInput, ctx: HandlerContext<V>): CreateOrgResult | Handled | Promise<CreateOrgResult | Handled>;
  /**
   * Get an organization
   * GET /v1/orgs/{orgId}
   */
  getOrg(input: GetOrgInput, ctx: HandlerContext<V>): GetOrgResult | Handled | Promise<GetOrgResult | Handled>;
  /**
   * Delete an organization
   * DELETE /v1/orgs/{orgId}
   */
  deleteOrg(input: DeleteOrgInput, ctx: HandlerContext<V>): DeleteOrgResult | Handled | Promise<DeleteOrgResult | Handled>;
  /**
   * Update an organization
   * PATCH /v1/orgs/{orgId}
   */
  updateOrg(input: UpdateOrgInput, ctx: HandlerContext<V>): UpdateOrgResult | Handled | Promise<UpdateOrgResult | Handled>;
  /**
   * List the calling organization's API keys
   * GET /v1/api-keys
   */
  listApiKeys(input: ListApiKeysInput, ctx: HandlerContext<V>): ListApiKeysResult | Handled | Promise<ListApiKeysResult | Handled>;
  /**
   * Create an API key for the calling organization
   * POST /v1/api-keys
   */
  createApiKey(input: CreateApiKeyInput, ctx: HandlerContext<V>): CreateApiKeyResult | Handled | Promise<CreateApiKeyResult | Handled>;
  /**
   * Revoke one of the calling organization's API keys
   * DELETE /v1/api-keys/{keyId}
   */
  revokeApiKey(input: RevokeApiKeyInput, ctx: HandlerContext<V>): RevokeApiKeyResult | Handled | Promise<RevokeApiKeyResult | Handled>;
  /**
   * List gateways
   * GET /api/internal/v1/gateways
   */
  listGateways(input: ListGatewaysInput, ctx: HandlerContext<V>): ListGatewaysResult | Handled | Promise<ListGatewaysResult | Handled>;
  /**
   * Register a gateway
   * POST /api/internal/v1/gateways
   */
  registerGateway(input: RegisterGatewayInput, ctx: HandlerContext<V>): RegisterGatewayResult | Handled | Promise<RegisterGatewayResult | Handled>;
  /**
   * Get a gateway
   * GET /api/internal/v1/gateways/{gatewayId}
   */
  getGateway(input: GetGatewayInput, ctx: HandlerContext<V>): GetGatewayResult | Handled | Promise<GetGatewayResult | Handled>;
  /**
   * Delete a gateway
   * DELETE /api/internal/v1/gateways/{gatewayId}
   */
  deleteGateway(input: DeleteGatewayInput, ctx: HandlerContext<V>): DeleteGatewayResult | Handled | Promise<DeleteGatewayResult | Handled>;
  /**
   * Update a gateway's settings
   * PATCH /api/internal/v1/gateways/{gatewayId}
   */
  updateGateway(input: UpdateGatewayInput, ctx: HandlerContext<V>): UpdateGatewayResult | Handled | Promise<UpdateGatewayResult | Handled>;
  /**
   * Rotate a gateway's API key
   * POST /api/internal/v1/gateways/{gatewayId}/api-keys
   */
  rotateGatewayApiKey(input: RotateGatewayApiKeyInput, ctx: HandlerContext<V>): RotateGatewayApiKeyResult | Handled | Promise<RotateGatewayApiKeyResult | Handled>;
  /**
   * Read a gateway's event log
   * GET /api/internal/v1/gateways/{gatewayId}/events
   */
  listGatewayEvents(input: ListGatewayEventsInput, ctx: HandlerContext<V>): ListGatewayEventsResult | Handled | Promise<ListGatewayEventsResult | Handled>;
  /**
   * List what is deployed on a gateway
   * GET /api/internal/v1/gateways/{gatewayId}/deployments
   */
  listGatewayDeployments(input: ListGatewayDeploymentsInput, ctx: HandlerContext<V>): ListGatewayDeploymentsResult | Handled | Promise<ListGatewayDeploymentsResult | Handled>;
  /**
   * List APIs
   * GET /api/internal/v1/apis
   */
  listApis(input: ListApisInput, ctx: HandlerContext<V>): ListApisResult | Handled | Promise<ListApisResult | Handled>;
  /**
   * Create an API
   * POST /api/internal/v1/apis
   */
  createApi(input: CreateApiInput, ctx: HandlerContext<V>): CreateApiResult | Handled | Promise<CreateApiResult | Handled>;
  /**
   * Get an API
   * GET /api/internal/v1/apis/{apiId}
   */
  getApi(input: GetApiInput, ctx: HandlerContext<V>): GetApiResult | Handled | Promise<GetApiResult | Handled>;
  /**
   * Replace an API
   * PUT /api/internal/v1/apis/{apiId}
   */
  updateApi(input: UpdateApiInput, ctx: HandlerContext<V>): UpdateApiResult | Handled | Promise<UpdateApiResult | Handled>;
  /**
   * Delete an API
   * DELETE /api/internal/v1/apis/{apiId}
   */
  deleteApi(input: DeleteApiInput, ctx: HandlerContext<V>): DeleteApiResult | Handled | Promise<DeleteApiResult | Handled>;
  /**
   * List an API's deployments
   * GET /api/internal/v1/apis/{apiId}/deployments
   */
  listApiDeployments(input: ListApiDeploymentsInput, ctx: HandlerContext<V>): ListApiDeploymentsResult | Handled | Promise<ListApiDeploymentsResult | Handled>;
  /**
   * Deploy an API revision to a gateway
   * POST /api/internal/v1/apis/{apiId}/deployments
   */
  deployApi(input: DeployApiInput, ctx: HandlerContext<V>): DeployApiResult | Handled | Promise<DeployApiResult | Handled>;
  /**
   * Undeploy
   * DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}
   */
  undeployApi(input: UndeployApiInput, ctx: HandlerContext<V>): UndeployApiResult | Handled | Promise<UndeployApiResult | Handled>;
  /**
   * Fetch the runtime definition of an API
   * GET /api/internal/v1/api-runtime-artifacts/{apiId}
   */
  getApiRuntimeArtifact(input: GetApiRuntimeArtifactInput, ctx: HandlerContext<V>): GetApiRuntimeArtifactResult | Handled | Promise<GetApiRuntimeArtifactResult | Handled>;
  /**
   * Platform statistics
   * GET /api/internal/v1/stats
   */
  getStats(input: GetStatsInput, ctx: HandlerContext<V>): GetStatsResult | Handled | Promise<GetStatsResult | Handled>;
  /**
   * List sessions
   * GET /v1/sessions
   */
  listSessions(input: ListSessionsInput, ctx: HandlerContext<V>): ListSessionsResult | Handled | Promise<ListSessionsResult | Handled>;
  /**
   * Create a session
   * POST /v1/sessions
   */
  createSession(input: CreateSessionInput, ctx: HandlerContext<V>): CreateSessionResult | Handled | Promise<CreateSessionResult | Handled>;
  /**
   * Get a session
   * GET /v1/sessions/{sessionId}
   */
  getSession(input: GetSessionInput, ctx: HandlerContext<V>): GetSessionResult | Handled | Promise<GetSessionResult | Handled>;
  /**
   * Delete a session
   * DELETE /v1/sessions/{sessionId}
   */
  deleteSession(input: DeleteSessionInput, ctx: HandlerContext<V>): DeleteSessionResult | Handled | Promise<DeleteSessionResult | Handled>;
  /**
   * Update a session
   * PATCH /v1/sessions/{sessionId}
   */
  updateSession(input: UpdateSessionInput, ctx: HandlerContext<V>): UpdateSessionResult | Handled | Promise<UpdateSessionResult | Handled>;
  /**
   * List a session's messages
   * GET /v1/sessions/{sessionId}/messages
   */
  listSessionMessages(input: ListSessionMessagesInput, ctx: HandlerContext<V>): ListSessionMessagesResult | Handled | Promise<ListSessionMessagesResult | Handled>;
  /**
   * Append a message to a session
   * POST /v1/sessions/{sessionId}/messages
   */
  createSessionMessage(input: CreateSessionMessageInput, ctx: HandlerContext<V>): CreateSessionMessageResult | Handled | Promise<CreateSessionMessageResult | Handled>;
  /**
   * Create a chat completion (OpenAI-compatible)
   * POST /v1/chat/completions
   */
  createChatCompletion(input: CreateChatCompletionInput, ctx: HandlerContext<V>): CreateChatCompletionResult | Handled | Promise<CreateChatCompletionResult | Handled>;
  /**
   * List models (OpenAI-compatible)
   * GET /v1/models
   */
  listModels(input: ListModelsInput, ctx: HandlerContext<V>): ListModelsResult | Handled | Promise<ListModelsResult | Handled>;
  /**
   * List skills
   * GET /v1/skills
   */
  listSkills(input: ListSkillsInput, ctx: HandlerContext<V>): ListSkillsResult | Handled | Promise<ListSkillsResult | Handled>;
  /**
   * Get a skill execution
   * GET /v1/skills/executions/{executionId}
   */
  getSkillExecution(input: GetSkillExecutionInput, ctx: HandlerContext<V>): GetSkillExecutionResult | Handled | Promise<GetSkillExecutionResult | Handled>;
  /**
   * Get a skill
   * GET /v1/skills/{skillName}
   */
  getSkill(input: GetSkillInput, ctx: HandlerContext<V>): GetSkillResult | Handled | Promise<GetSkillResult | Handled>;
  /**
   * Execute a skill
   * POST /v1/skills/{skillName}/executions
   */
  executeSkill(input: ExecuteSkillInput, ctx: HandlerContext<V>): ExecuteSkillResult | Handled | Promise<ExecuteSkillResult | Handled>;
  /**
   * Quotas and rate limit of the calling organization
   * GET /v1/usage
   */
  getUsage(input: GetUsageInput, ctx: HandlerContext<V>): GetUsageResult | Handled | Promise<GetUsageResult | Handled>;
}

export type OperationName = keyof OperationHandlers;

/** How a parameter is sent and which primitive its schema has. */
export interface ParameterDescriptor {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly style: string;
  readonly explode: boolean;
  readonly kind: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  readonly itemKind?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  /** For `deepObject` parameters: the kind of each property. */
  readonly propertyKinds?: Readonly<Record<string, 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown'>>;
}

/** A documented response: status key (`200`, `2XX`, `default`), content types, header names. */
export interface ResponseDescriptor {
  readonly status: string;
  readonly contentTypes: readonly string[];
  readonly headers: readonly string[];
}

/** Everything known at runtime about an operation. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  /** OpenAPI path template, e.g. `/v1/orgs/{orgId}`. */
  readonly path: string;
  /** The same path for Express 5, e.g. `/v1/orgs/:orgId`. */
  readonly expressPath: string;
  /** Security requirements: any one of them (each an AND of schemes) satisfies; empty means none. */
  readonly security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  readonly parameters: readonly ParameterDescriptor[];
  readonly requestBody?: { readonly required: boolean; readonly contentTypes: readonly string[] };
  readonly responses: readonly ResponseDescriptor[];
}

/** Every operation in mount order (literal path segments before parameters), for the router and contract tests. */
export const operations = {
  getLiveness: {
    operationId: "getLiveness",
    method: "get",
    path: "/health/live",
    expressPath: "/health/live",
    security: [],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getReadiness: {
    operationId: "getReadiness",
    method: "get",
    path: "/health/ready",
    expressPath: "/health/ready",
    security: [],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
    ],
  },
  getHealth: {
    operationId: "getHealth",
    method: "get",
    path: "/health",
    expressPath: "/health",
    security: [],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
    ],
  },
  getInfo: {
    operationId: "getInfo",
    method: "get",
    path: "/info",
    expressPath: "/info",
    security: [],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getMetrics: {
    operationId: "getMetrics",
    method: "get",
    path: "/metrics",
    expressPath: "/metrics",
    security: [],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["text/plain; version=0.0.4"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listOrgs: {
    operationId: "listOrgs",
    method: "get",
    path: "/v1/orgs",
    expressPath: "/v1/orgs",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createOrg: {
    operationId: "createOrg",
    method: "post",
    path: "/v1/orgs",
    expressPath: "/v1/orgs",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","Idempotent-Replayed","Cache-Control","Location"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getOrg: {
    operationId: "getOrg",
    method: "get",
    path: "/v1/orgs/{orgId}",
    expressPath: "/v1/orgs/:orgId",
    security: [{"adminToken":[]},{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "orgId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  deleteOrg: {
    operationId: "deleteOrg",
    method: "delete",
    path: "/v1/orgs/{orgId}",
    expressPath: "/v1/orgs/:orgId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "orgId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  updateOrg: {
    operationId: "updateOrg",
    method: "patch",
    path: "/v1/orgs/{orgId}",
    expressPath: "/v1/orgs/:orgId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "orgId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listApiKeys: {
    operationId: "listApiKeys",
    method: "get",
    path: "/v1/api-keys",
    expressPath: "/v1/api-keys",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createApiKey: {
    operationId: "createApiKey",
    method: "post",
    path: "/v1/api-keys",
    expressPath: "/v1/api-keys",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Idempotent-Replayed","Cache-Control"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  revokeApiKey: {
    operationId: "revokeApiKey",
    method: "delete",
    path: "/v1/api-keys/{keyId}",
    expressPath: "/v1/api-keys/:keyId",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "keyId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listGateways: {
    operationId: "listGateways",
    method: "get",
    path: "/api/internal/v1/gateways",
    expressPath: "/api/internal/v1/gateways",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  registerGateway: {
    operationId: "registerGateway",
    method: "post",
    path: "/api/internal/v1/gateways",
    expressPath: "/api/internal/v1/gateways",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","Idempotent-Replayed","Cache-Control","Location"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getGateway: {
    operationId: "getGateway",
    method: "get",
    path: "/api/internal/v1/gateways/{gatewayId}",
    expressPath: "/api/internal/v1/gateways/:gatewayId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  deleteGateway: {
    operationId: "deleteGateway",
    method: "delete",
    path: "/api/internal/v1/gateways/{gatewayId}",
    expressPath: "/api/internal/v1/gateways/:gatewayId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  updateGateway: {
    operationId: "updateGateway",
    method: "patch",
    path: "/api/internal/v1/gateways/{gatewayId}",
    expressPath: "/api/internal/v1/gateways/:gatewayId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  rotateGatewayApiKey: {
    operationId: "rotateGatewayApiKey",
    method: "post",
    path: "/api/internal/v1/gateways/{gatewayId}/api-keys",
    expressPath: "/api/internal/v1/gateways/:gatewayId/api-keys",
    security: [{"adminToken":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","Idempotent-Replayed","Cache-Control"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listGatewayEvents: {
    operationId: "listGatewayEvents",
    method: "get",
    path: "/api/internal/v1/gateways/{gatewayId}/events",
    expressPath: "/api/internal/v1/gateways/:gatewayId/events",
    security: [{"adminToken":[]},{"gatewayApiKey":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "after", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "403", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listGatewayDeployments: {
    operationId: "listGatewayDeployments",
    method: "get",
    path: "/api/internal/v1/gateways/{gatewayId}/deployments",
    expressPath: "/api/internal/v1/gateways/:gatewayId/deployments",
    security: [{"adminToken":[]},{"gatewayApiKey":[]}],
    parameters: [{ name: "gatewayId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "403", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listApis: {
    operationId: "listApis",
    method: "get",
    path: "/api/internal/v1/apis",
    expressPath: "/api/internal/v1/apis",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createApi: {
    operationId: "createApi",
    method: "post",
    path: "/api/internal/v1/apis",
    expressPath: "/api/internal/v1/apis",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","Idempotent-Replayed","Location"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getApi: {
    operationId: "getApi",
    method: "get",
    path: "/api/internal/v1/apis/{apiId}",
    expressPath: "/api/internal/v1/apis/:apiId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  updateApi: {
    operationId: "updateApi",
    method: "put",
    path: "/api/internal/v1/apis/{apiId}",
    expressPath: "/api/internal/v1/apis/:apiId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  deleteApi: {
    operationId: "deleteApi",
    method: "delete",
    path: "/api/internal/v1/apis/{apiId}",
    expressPath: "/api/internal/v1/apis/:apiId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listApiDeployments: {
    operationId: "listApiDeployments",
    method: "get",
    path: "/api/internal/v1/apis/{apiId}/deployments",
    expressPath: "/api/internal/v1/apis/:apiId/deployments",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  deployApi: {
    operationId: "deployApi",
    method: "post",
    path: "/api/internal/v1/apis/{apiId}/deployments",
    expressPath: "/api/internal/v1/apis/:apiId/deployments",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","Idempotent-Replayed"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  undeployApi: {
    operationId: "undeployApi",
    method: "delete",
    path: "/api/internal/v1/apis/{apiId}/deployments/{deploymentId}",
    expressPath: "/api/internal/v1/apis/:apiId/deployments/:deploymentId",
    security: [{"adminToken":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "deploymentId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id","Idempotent-Replayed"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getApiRuntimeArtifact: {
    operationId: "getApiRuntimeArtifact",
    method: "get",
    path: "/api/internal/v1/api-runtime-artifacts/{apiId}",
    expressPath: "/api/internal/v1/api-runtime-artifacts/:apiId",
    security: [{"gatewayApiKey":[]}],
    parameters: [{ name: "apiId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "revisionId", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getStats: {
    operationId: "getStats",
    method: "get",
    path: "/api/internal/v1/stats",
    expressPath: "/api/internal/v1/stats",
    security: [{"adminToken":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listSessions: {
    operationId: "listSessions",
    method: "get",
    path: "/v1/sessions",
    expressPath: "/v1/sessions",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }, { name: "status", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createSession: {
    operationId: "createSession",
    method: "post",
    path: "/v1/sessions",
    expressPath: "/v1/sessions",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Idempotent-Replayed","Location"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getSession: {
    operationId: "getSession",
    method: "get",
    path: "/v1/sessions/{sessionId}",
    expressPath: "/v1/sessions/:sessionId",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "sessionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  deleteSession: {
    operationId: "deleteSession",
    method: "delete",
    path: "/v1/sessions/{sessionId}",
    expressPath: "/v1/sessions/:sessionId",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "sessionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "204", contentTypes: [], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  updateSession: {
    operationId: "updateSession",
    method: "patch",
    path: "/v1/sessions/{sessionId}",
    expressPath: "/v1/sessions/:sessionId",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "sessionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listSessionMessages: {
    operationId: "listSessionMessages",
    method: "get",
    path: "/v1/sessions/{sessionId}/messages",
    expressPath: "/v1/sessions/:sessionId/messages",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "sessionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "limit", in: "query", required: false, style: "form", explode: true, kind: "integer" }, { name: "cursor", in: "query", required: false, style: "form", explode: true, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createSessionMessage: {
    operationId: "createSessionMessage",
    method: "post",
    path: "/v1/sessions/{sessionId}/messages",
    expressPath: "/v1/sessions/:sessionId/messages",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "sessionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Idempotent-Replayed"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  createChatCompletion: {
    operationId: "createChatCompletion",
    method: "post",
    path: "/v1/chat/completions",
    expressPath: "/v1/chat/completions",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "200", contentTypes: ["application/json","text/event-stream"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Idempotent-Replayed"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listModels: {
    operationId: "listModels",
    method: "get",
    path: "/v1/models",
    expressPath: "/v1/models",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  listSkills: {
    operationId: "listSkills",
    method: "get",
    path: "/v1/skills",
    expressPath: "/v1/skills",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getSkillExecution: {
    operationId: "getSkillExecution",
    method: "get",
    path: "/v1/skills/executions/{executionId}",
    expressPath: "/v1/skills/executions/:executionId",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "executionId", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getSkill: {
    operationId: "getSkill",
    method: "get",
    path: "/v1/skills/{skillName}",
    expressPath: "/v1/skills/:skillName",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "skillName", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  executeSkill: {
    operationId: "executeSkill",
    method: "post",
    path: "/v1/skills/{skillName}/executions",
    expressPath: "/v1/skills/:skillName/executions",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "skillName", in: "path", required: true, style: "simple", explode: false, kind: "string" }, { name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "Idempotency-Key", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    requestBody: { required: true, contentTypes: ["application/json"] },
    responses: [
      { status: "201", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Idempotent-Replayed"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "404", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "409", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy","Retry-After"] },
      { status: "413", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "415", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "422", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
  getUsage: {
    operationId: "getUsage",
    method: "get",
    path: "/v1/usage",
    expressPath: "/v1/usage",
    security: [{"tenantBearer":[]},{"tenantApiKey":[]}],
    parameters: [{ name: "X-Request-Id", in: "header", required: false, style: "simple", explode: false, kind: "string" }, { name: "traceparent", in: "header", required: false, style: "simple", explode: false, kind: "string" }],
    responses: [
      { status: "200", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "400", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "401", contentTypes: ["application/json"], headers: ["X-Request-Id"] },
      { status: "429", contentTypes: ["application/json"], headers: ["X-Request-Id","Retry-After","RateLimit","RateLimit-Policy"] },
      { status: "500", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "501", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
      { status: "503", contentTypes: ["application/json"], headers: ["X-Request-Id","RateLimit","RateLimit-Policy"] },
    ],
  },
} as const satisfies Record<OperationName, OperationDescriptor>;
