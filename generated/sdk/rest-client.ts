// generated from specs/openapi.yaml by clawgate, do not edit
import type { components, paths } from '../openapi/types.js';

/** Options of `ClawgateClient`. */
export interface ClawgateClientOptions {
  /** Base URL the operation paths are appended to, e.g. `http://127.0.0.1:8080`. */
  baseUrl: string;
  /** Token for scheme `adminToken`, sent as `Authorization: Bearer <token>`. */
  adminToken?: string;
  /** API key for scheme `gatewayApiKey`, sent in header `api-key`. */
  gatewayApiKey?: string;
  /** API key for scheme `tenantApiKey`, sent in header `x-api-key`. */
  tenantApiKey?: string;
  /** Token for scheme `tenantBearer`, sent as `Authorization: Bearer <token>`. */
  tenantBearer?: string;
  /** Token for every bearer scheme that has no option of its own set. */
  bearerToken?: string;
  /** Key for every apiKey scheme that has no option of its own set. */
  apiKey?: string;
  /** The fetch to use; defaults to the global one (Node 20+). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

/** Per-call options. */
export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Body of any documented error response of the API (its error envelope). */
export type ErrorBody = components["schemas"]["ErrorEnvelope"] | components["schemas"]["ReadinessReport"] | components["schemas"]["HealthReport"];

/**
 * A response with a non-2xx status. `body` is the parsed response (JSON when the server said so,
 * else text), typed as the API's documented error bodies.
 */
export class ApiError<TBody = ErrorBody> extends Error {
  readonly status: number;
  readonly body: TBody | undefined;
  readonly headers: Headers;
  readonly operationId: string;

  constructor(operationId: string, status: number, body: TBody | undefined, headers: Headers, message?: string) {
    super(message ?? `${operationId} failed with status ${status}`);
    this.name = 'ApiError';
    this.operationId = operationId;
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** The request never got a response (connection refused, DNS, abort): `status` is 0. */
export class ApiNetworkError extends ApiError<undefined> {
  constructor(operationId: string, cause: unknown) {
    super(operationId, 0, undefined, new Headers(), `${operationId} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ApiNetworkError';
    this.cause = cause;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

interface SchemeRule {
  kind: 'bearer' | 'basic' | 'apiKey' | 'unsupported';
  option: string;
  in?: 'query' | 'header' | 'cookie';
  name?: string;
}

interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  style: string;
  explode: boolean;
}

interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  parameters: readonly ParameterSpec[];
  security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  bodyContentType?: string;
}

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
}

function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

function serializeSimple(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object' && value !== null) return Object.entries(value).flat().map(String).join(',');
  return String(value);
}

function appendQuery(search: URLSearchParams, name: string, value: unknown, parameter: ParameterSpec | undefined): void {
  if (value === undefined || value === null) return;
  const style = parameter?.style ?? 'form';
  const explode = parameter?.explode ?? true;
  if (Array.isArray(value)) {
    if (explode) for (const item of value) search.append(name, String(item));
    else search.append(name, value.map(String).join(style === 'pipeDelimited' ? '|' : style === 'spaceDelimited' ? ' ' : ','));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (style === 'deepObject') for (const [key, item] of entries) search.append(`${name}[${key}]`, String(item));
    else if (explode) for (const [key, item] of entries) search.append(key, String(item));
    else search.append(name, entries.flat().map(String).join(','));
  } else {
    search.append(name, String(value));
  }
}

type GetLivenessOperation = paths["/health/live"]["get"];

/** Request of `getLiveness` (GET /health/live). */
export interface GetLivenessRequest {
  headers?: NonNullable<GetLivenessOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getLiveness` (GET /health/live). */
export type GetLivenessResponse = GetLivenessOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getLiveness` (GET /health/live) (`ApiError.body`). */
export type GetLivenessErrorBody = GetLivenessOperation["responses"][400]["content"]["application/json"] | GetLivenessOperation["responses"][500]["content"]["application/json"];

type GetReadinessOperation = paths["/health/ready"]["get"];

/** Request of `getReadiness` (GET /health/ready). */
export interface GetReadinessRequest {
  headers?: NonNullable<GetReadinessOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getReadiness` (GET /health/ready). */
export type GetReadinessResponse = GetReadinessOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getReadiness` (GET /health/ready) (`ApiError.body`). */
export type GetReadinessErrorBody = GetReadinessOperation["responses"][400]["content"]["application/json"] | GetReadinessOperation["responses"][500]["content"]["application/json"] | GetReadinessOperation["responses"][503]["content"]["application/json"];

type GetHealthOperation = paths["/health"]["get"];

/** Request of `getHealth` (GET /health). */
export interface GetHealthRequest {
  headers?: NonNullable<GetHealthOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getHealth` (GET /health). */
export type GetHealthResponse = GetHealthOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getHealth` (GET /health) (`ApiError.body`). */
export type GetHealthErrorBody = GetHealthOperation["responses"][400]["content"]["application/json"] | GetHealthOperation["responses"][500]["content"]["application/json"] | GetHealthOperation["responses"][503]["content"]["application/json"];

type GetInfoOperation = paths["/info"]["get"];

/** Request of `getInfo` (GET /info). */
export interface GetInfoRequest {
  headers?: NonNullable<GetInfoOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getInfo` (GET /info). */
export type GetInfoResponse = GetInfoOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getInfo` (GET /info) (`ApiError.body`). */
export type GetInfoErrorBody = GetInfoOperation["responses"][400]["content"]["application/json"] | GetInfoOperation["responses"][500]["content"]["application/json"];

type GetMetricsOperation = paths["/metrics"]["get"];

/** Request of `getMetrics` (GET /metrics). */
export interface GetMetricsRequest {
  headers?: NonNullable<GetMetricsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getMetrics` (GET /metrics). */
export type GetMetricsResponse = string;

/** Body of the error responses of `getMetrics` (GET /metrics) (`ApiError.body`). */
export type GetMetricsErrorBody = GetMetricsOperation["responses"][400]["content"]["application/json"] | GetMetricsOperation["responses"][500]["content"]["application/json"];

type ListOrgsOperation = paths["/v1/orgs"]["get"];

/** Request of `listOrgs` (GET /v1/orgs). */
export interface ListOrgsRequest {
  query?: NonNullable<ListOrgsOperation["parameters"]["query"]>;
  headers?: NonNullable<ListOrgsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listOrgs` (GET /v1/orgs). */
export type ListOrgsResponse = ListOrgsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listOrgs` (GET /v1/orgs) (`ApiError.body`). */
export type ListOrgsErrorBody = ListOrgsOperation["responses"][400]["content"]["application/json"] | ListOrgsOperation["responses"][401]["content"]["application/json"] | ListOrgsOperation["responses"][429]["content"]["application/json"] | ListOrgsOperation["responses"][500]["content"]["application/json"] | ListOrgsOperation["responses"][501]["content"]["application/json"] | ListOrgsOperation["responses"][503]["content"]["application/json"];

type CreateOrgOperation = paths["/v1/orgs"]["post"];

/** Request of `createOrg` (POST /v1/orgs). */
export interface CreateOrgRequest {
  headers?: NonNullable<CreateOrgOperation["parameters"]["header"]>;
  body: NonNullable<CreateOrgOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createOrg` (POST /v1/orgs). */
export type CreateOrgResponse = CreateOrgOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `createOrg` (POST /v1/orgs) (`ApiError.body`). */
export type CreateOrgErrorBody = CreateOrgOperation["responses"][400]["content"]["application/json"] | CreateOrgOperation["responses"][401]["content"]["application/json"] | CreateOrgOperation["responses"][409]["content"]["application/json"] | CreateOrgOperation["responses"][413]["content"]["application/json"] | CreateOrgOperation["responses"][415]["content"]["application/json"] | CreateOrgOperation["responses"][422]["content"]["application/json"] | CreateOrgOperation["responses"][429]["content"]["application/json"] | CreateOrgOperation["responses"][500]["content"]["application/json"] | CreateOrgOperation["responses"][501]["content"]["application/json"] | CreateOrgOperation["responses"][503]["content"]["application/json"];

type GetOrgOperation = paths["/v1/orgs/{orgId}"]["get"];

/** Request of `getOrg` (GET /v1/orgs/{orgId}). */
export interface GetOrgRequest {
  params: GetOrgOperation["parameters"]["path"];
  headers?: NonNullable<GetOrgOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getOrg` (GET /v1/orgs/{orgId}). */
export type GetOrgResponse = GetOrgOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getOrg` (GET /v1/orgs/{orgId}) (`ApiError.body`). */
export type GetOrgErrorBody = GetOrgOperation["responses"][400]["content"]["application/json"] | GetOrgOperation["responses"][401]["content"]["application/json"] | GetOrgOperation["responses"][404]["content"]["application/json"] | GetOrgOperation["responses"][429]["content"]["application/json"] | GetOrgOperation["responses"][500]["content"]["application/json"] | GetOrgOperation["responses"][501]["content"]["application/json"] | GetOrgOperation["responses"][503]["content"]["application/json"];

type DeleteOrgOperation = paths["/v1/orgs/{orgId}"]["delete"];

/** Request of `deleteOrg` (DELETE /v1/orgs/{orgId}). */
export interface DeleteOrgRequest {
  params: DeleteOrgOperation["parameters"]["path"];
  headers?: NonNullable<DeleteOrgOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `deleteOrg` (DELETE /v1/orgs/{orgId}). */
export type DeleteOrgResponse = undefined;

/** Body of the error responses of `deleteOrg` (DELETE /v1/orgs/{orgId}) (`ApiError.body`). */
export type DeleteOrgErrorBody = DeleteOrgOperation["responses"][400]["content"]["application/json"] | DeleteOrgOperation["responses"][401]["content"]["application/json"] | DeleteOrgOperation["responses"][404]["content"]["application/json"] | DeleteOrgOperation["responses"][429]["content"]["application/json"] | DeleteOrgOperation["responses"][500]["content"]["application/json"] | DeleteOrgOperation["responses"][501]["content"]["application/json"] | DeleteOrgOperation["responses"][503]["content"]["application/json"];

type UpdateOrgOperation = paths["/v1/orgs/{orgId}"]["patch"];

/** Request of `updateOrg` (PATCH /v1/orgs/{orgId}). */
export interface UpdateOrgRequest {
  params: UpdateOrgOperation["parameters"]["path"];
  headers?: NonNullable<UpdateOrgOperation["parameters"]["header"]>;
  body: NonNullable<UpdateOrgOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `updateOrg` (PATCH /v1/orgs/{orgId}). */
export type UpdateOrgResponse = UpdateOrgOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `updateOrg` (PATCH /v1/orgs/{orgId}) (`ApiError.body`). */
export type UpdateOrgErrorBody = UpdateOrgOperation["responses"][400]["content"]["application/json"] | UpdateOrgOperation["responses"][401]["content"]["application/json"] | UpdateOrgOperation["responses"][404]["content"]["application/json"] | UpdateOrgOperation["responses"][409]["content"]["application/json"] | UpdateOrgOperation["responses"][413]["content"]["application/json"] | UpdateOrgOperation["responses"][415]["content"]["application/json"] | UpdateOrgOperation["responses"][429]["content"]["application/json"] | UpdateOrgOperation["responses"][500]["content"]["application/json"] | UpdateOrgOperation["responses"][501]["content"]["application/json"] | UpdateOrgOperation["responses"][503]["content"]["application/json"];

type ListApiKeysOperation = paths["/v1/api-keys"]["get"];

/** Request of `listApiKeys` (GET /v1/api-keys). */
export interface ListApiKeysRequest {
  query?: NonNullable<ListApiKeysOperation["parameters"]["query"]>;
  headers?: NonNullable<ListApiKeysOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listApiKeys` (GET /v1/api-keys). */
export type ListApiKeysResponse = ListApiKeysOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listApiKeys` (GET /v1/api-keys) (`ApiError.body`). */
export type ListApiKeysErrorBody = ListApiKeysOperation["responses"][400]["content"]["application/json"] | ListApiKeysOperation["responses"][401]["content"]["application/json"] | ListApiKeysOperation["responses"][429]["content"]["application/json"] | ListApiKeysOperation["responses"][500]["content"]["application/json"] | ListApiKeysOperation["responses"][501]["content"]["application/json"] | ListApiKeysOperation["responses"][503]["content"]["application/json"];

type CreateApiKeyOperation = paths["/v1/api-keys"]["post"];

/** Request of `createApiKey` (POST /v1/api-keys). */
export interface CreateApiKeyRequest {
  headers?: NonNullable<CreateApiKeyOperation["parameters"]["header"]>;
  body: NonNullable<CreateApiKeyOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createApiKey` (POST /v1/api-keys). */
export type CreateApiKeyResponse = CreateApiKeyOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `createApiKey` (POST /v1/api-keys) (`ApiError.body`). */
export type CreateApiKeyErrorBody = CreateApiKeyOperation["responses"][400]["content"]["application/json"] | CreateApiKeyOperation["responses"][401]["content"]["application/json"] | CreateApiKeyOperation["responses"][409]["content"]["application/json"] | CreateApiKeyOperation["responses"][413]["content"]["application/json"] | CreateApiKeyOperation["responses"][415]["content"]["application/json"] | CreateApiKeyOperation["responses"][422]["content"]["application/json"] | CreateApiKeyOperation["responses"][429]["content"]["application/json"] | CreateApiKeyOperation["responses"][500]["content"]["application/json"] | CreateApiKeyOperation["responses"][501]["content"]["application/json"] | CreateApiKeyOperation["responses"][503]["content"]["application/json"];

type RevokeApiKeyOperation = paths["/v1/api-keys/{keyId}"]["delete"];

/** Request of `revokeApiKey` (DELETE /v1/api-keys/{keyId}). */
export interface RevokeApiKeyRequest {
  params: RevokeApiKeyOperation["parameters"]["path"];
  headers?: NonNullable<RevokeApiKeyOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `revokeApiKey` (DELETE /v1/api-keys/{keyId}). */
export type RevokeApiKeyResponse = undefined;

/** Body of the error responses of `revokeApiKey` (DELETE /v1/api-keys/{keyId}) (`ApiError.body`). */
export type RevokeApiKeyErrorBody = RevokeApiKeyOperation["responses"][400]["content"]["application/json"] | RevokeApiKeyOperation["responses"][401]["content"]["application/json"] | RevokeApiKeyOperation["responses"][404]["content"]["application/json"] | RevokeApiKeyOperation["responses"][429]["content"]["application/json"] | RevokeApiKeyOperation["responses"][500]["content"]["application/json"] | RevokeApiKeyOperation["responses"][501]["content"]["application/json"] | RevokeApiKeyOperation["responses"][503]["content"]["application/json"];

type ListGatewaysOperation = paths["/api/internal/v1/gateways"]["get"];

/** Request of `listGateways` (GET /api/internal/v1/gateways). */
export interface ListGatewaysRequest {
  query?: NonNullable<ListGatewaysOperation["parameters"]["query"]>;
  headers?: NonNullable<ListGatewaysOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listGateways` (GET /api/internal/v1/gateways). */
export type ListGatewaysResponse = ListGatewaysOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listGateways` (GET /api/internal/v1/gateways) (`ApiError.body`). */
export type ListGatewaysErrorBody = ListGatewaysOperation["responses"][400]["content"]["application/json"] | ListGatewaysOperation["responses"][401]["content"]["application/json"] | ListGatewaysOperation["responses"][429]["content"]["application/json"] | ListGatewaysOperation["responses"][500]["content"]["application/json"] | ListGatewaysOperation["responses"][501]["content"]["application/json"] | ListGatewaysOperation["responses"][503]["content"]["application/json"];

type RegisterGatewayOperation = paths["/api/internal/v1/gateways"]["post"];

/** Request of `registerGateway` (POST /api/internal/v1/gateways). */
export interface RegisterGatewayRequest {
  headers?: NonNullable<RegisterGatewayOperation["parameters"]["header"]>;
  body: NonNullable<RegisterGatewayOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `registerGateway` (POST /api/internal/v1/gateways). */
export type RegisterGatewayResponse = RegisterGatewayOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `registerGateway` (POST /api/internal/v1/gateways) (`ApiError.body`). */
export type RegisterGatewayErrorBody = RegisterGatewayOperation["responses"][400]["content"]["application/json"] | RegisterGatewayOperation["responses"][401]["content"]["application/json"] | RegisterGatewayOperation["responses"][409]["content"]["application/json"] | RegisterGatewayOperation["responses"][413]["content"]["application/json"] | RegisterGatewayOperation["responses"][415]["content"]["application/json"] | RegisterGatewayOperation["responses"][422]["content"]["application/json"] | RegisterGatewayOperation["responses"][429]["content"]["application/json"] | RegisterGatewayOperation["responses"][500]["content"]["application/json"] | RegisterGatewayOperation["responses"][501]["content"]["application/json"] | RegisterGatewayOperation["responses"][503]["content"]["application/json"];

type GetGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["get"];

/** Request of `getGateway` (GET /api/internal/v1/gateways/{gatewayId}). */
export interface GetGatewayRequest {
  params: GetGatewayOperation["parameters"]["path"];
  headers?: NonNullable<GetGatewayOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getGateway` (GET /api/internal/v1/gateways/{gatewayId}). */
export type GetGatewayResponse = GetGatewayOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getGateway` (GET /api/internal/v1/gateways/{gatewayId}) (`ApiError.body`). */
export type GetGatewayErrorBody = GetGatewayOperation["responses"][400]["content"]["application/json"] | GetGatewayOperation["responses"][401]["content"]["application/json"] | GetGatewayOperation["responses"][404]["content"]["application/json"] | GetGatewayOperation["responses"][429]["content"]["application/json"] | GetGatewayOperation["responses"][500]["content"]["application/json"] | GetGatewayOperation["responses"][501]["content"]["application/json"] | GetGatewayOperation["responses"][503]["content"]["application/json"];

type DeleteGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["delete"];

/** Request of `deleteGateway` (DELETE /api/internal/v1/gateways/{gatewayId}). */
export interface DeleteGatewayRequest {
  params: DeleteGatewayOperation["parameters"]["path"];
  headers?: NonNullable<DeleteGatewayOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `deleteGateway` (DELETE /api/internal/v1/gateways/{gatewayId}). */
export type DeleteGatewayResponse = undefined;

/** Body of the error responses of `deleteGateway` (DELETE /api/internal/v1/gateways/{gatewayId}) (`ApiError.body`). */
export type DeleteGatewayErrorBody = DeleteGatewayOperation["responses"][400]["content"]["application/json"] | DeleteGatewayOperation["responses"][401]["content"]["application/json"] | DeleteGatewayOperation["responses"][404]["content"]["application/json"] | DeleteGatewayOperation["responses"][429]["content"]["application/json"] | DeleteGatewayOperation["responses"][500]["content"]["application/json"] | DeleteGatewayOperation["responses"][501]["content"]["application/json"] | DeleteGatewayOperation["responses"][503]["content"]["application/json"];

type UpdateGatewayOperation = paths["/api/internal/v1/gateways/{gatewayId}"]["patch"];

/** Request of `updateGateway` (PATCH /api/internal/v1/gateways/{gatewayId}). */
export interface UpdateGatewayRequest {
  params: UpdateGatewayOperation["parameters"]["path"];
  headers?: NonNullable<UpdateGatewayOperation["parameters"]["header"]>;
  body: NonNullable<UpdateGatewayOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `updateGateway` (PATCH /api/internal/v1/gateways/{gatewayId}). */
export type UpdateGatewayResponse = UpdateGatewayOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `updateGateway` (PATCH /api/internal/v1/gateways/{gatewayId}) (`ApiError.body`). */
export type UpdateGatewayErrorBody = UpdateGatewayOperation["responses"][400]["content"]["application/json"] | UpdateGatewayOperation["responses"][401]["content"]["application/json"] | UpdateGatewayOperation["responses"][404]["content"]["application/json"] | UpdateGatewayOperation["responses"][409]["content"]["application/json"] | UpdateGatewayOperation["responses"][413]["content"]["application/json"] | UpdateGatewayOperation["responses"][415]["content"]["application/json"] | UpdateGatewayOperation["responses"][429]["content"]["application/json"] | UpdateGatewayOperation["responses"][500]["content"]["application/json"] | UpdateGatewayOperation["responses"][501]["content"]["application/json"] | UpdateGatewayOperation["responses"][503]["content"]["application/json"];

type RotateGatewayApiKeyOperation = paths["/api/internal/v1/gateways/{gatewayId}/api-keys"]["post"];

/** Request of `rotateGatewayApiKey` (POST /api/internal/v1/gateways/{gatewayId}/api-keys). */
export interface RotateGatewayApiKeyRequest {
  params: RotateGatewayApiKeyOperation["parameters"]["path"];
  headers?: NonNullable<RotateGatewayApiKeyOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `rotateGatewayApiKey` (POST /api/internal/v1/gateways/{gatewayId}/api-keys). */
export type RotateGatewayApiKeyResponse = RotateGatewayApiKeyOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `rotateGatewayApiKey` (POST /api/internal/v1/gateways/{gatewayId}/api-keys) (`ApiError.body`). */
export type RotateGatewayApiKeyErrorBody = RotateGatewayApiKeyOperation["responses"][400]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][401]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][404]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][409]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][422]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][429]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][500]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][501]["content"]["application/json"] | RotateGatewayApiKeyOperation["responses"][503]["content"]["application/json"];

type ListGatewayEventsOperation = paths["/api/internal/v1/gateways/{gatewayId}/events"]["get"];

/** Request of `listGatewayEvents` (GET /api/internal/v1/gateways/{gatewayId}/events). */
export interface ListGatewayEventsRequest {
  params: ListGatewayEventsOperation["parameters"]["path"];
  query?: NonNullable<ListGatewayEventsOperation["parameters"]["query"]>;
  headers?: NonNullable<ListGatewayEventsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listGatewayEvents` (GET /api/internal/v1/gateways/{gatewayId}/events). */
export type ListGatewayEventsResponse = ListGatewayEventsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listGatewayEvents` (GET /api/internal/v1/gateways/{gatewayId}/events) (`ApiError.body`). */
export type ListGatewayEventsErrorBody = ListGatewayEventsOperation["responses"][400]["content"]["application/json"] | ListGatewayEventsOperation["responses"][401]["content"]["application/json"] | ListGatewayEventsOperation["responses"][403]["content"]["application/json"] | ListGatewayEventsOperation["responses"][404]["content"]["application/json"] | ListGatewayEventsOperation["responses"][429]["content"]["application/json"] | ListGatewayEventsOperation["responses"][500]["content"]["application/json"] | ListGatewayEventsOperation["responses"][501]["content"]["application/json"] | ListGatewayEventsOperation["responses"][503]["content"]["application/json"];

type ListGatewayDeploymentsOperation = paths["/api/internal/v1/gateways/{gatewayId}/deployments"]["get"];

/** Request of `listGatewayDeployments` (GET /api/internal/v1/gateways/{gatewayId}/deployments). */
export interface ListGatewayDeploymentsRequest {
  params: ListGatewayDeploymentsOperation["parameters"]["path"];
  query?: NonNullable<ListGatewayDeploymentsOperation["parameters"]["query"]>;
  headers?: NonNullable<ListGatewayDeploymentsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listGatewayDeployments` (GET /api/internal/v1/gateways/{gatewayId}/deployments). */
export type ListGatewayDeploymentsResponse = ListGatewayDeploymentsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listGatewayDeployments` (GET /api/internal/v1/gateways/{gatewayId}/deployments) (`ApiError.body`). */
export type ListGatewayDeploymentsErrorBody = ListGatewayDeploymentsOperation["responses"][400]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][401]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][403]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][404]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][429]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][500]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][501]["content"]["application/json"] | ListGatewayDeploymentsOperation["responses"][503]["content"]["application/json"];

type ListApisOperation = paths["/api/internal/v1/apis"]["get"];

/** Request of `listApis` (GET /api/internal/v1/apis). */
export interface ListApisRequest {
  query?: NonNullable<ListApisOperation["parameters"]["query"]>;
  headers?: NonNullable<ListApisOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listApis` (GET /api/internal/v1/apis). */
export type ListApisResponse = ListApisOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listApis` (GET /api/internal/v1/apis) (`ApiError.body`). */
export type ListApisErrorBody = ListApisOperation["responses"][400]["content"]["application/json"] | ListApisOperation["responses"][401]["content"]["application/json"] | ListApisOperation["responses"][429]["content"]["application/json"] | ListApisOperation["responses"][500]["content"]["application/json"] | ListApisOperation["responses"][501]["content"]["application/json"] | ListApisOperation["responses"][503]["content"]["application/json"];

type CreateApiOperation = paths["/api/internal/v1/apis"]["post"];

/** Request of `createApi` (POST /api/internal/v1/apis). */
export interface CreateApiRequest {
  headers?: NonNullable<CreateApiOperation["parameters"]["header"]>;
  body: NonNullable<CreateApiOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createApi` (POST /api/internal/v1/apis). */
export type CreateApiResponse = CreateApiOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `createApi` (POST /api/internal/v1/apis) (`ApiError.body`). */
export type CreateApiErrorBody = CreateApiOperation["responses"][400]["content"]["application/json"] | CreateApiOperation["responses"][401]["content"]["application/json"] | CreateApiOperation["responses"][409]["content"]["application/json"] | CreateApiOperation["responses"][413]["content"]["application/json"] | CreateApiOperation["responses"][415]["content"]["application/json"] | CreateApiOperation["responses"][422]["content"]["application/json"] | CreateApiOperation["responses"][429]["content"]["application/json"] | CreateApiOperation["responses"][500]["content"]["application/json"] | CreateApiOperation["responses"][501]["content"]["application/json"] | CreateApiOperation["responses"][503]["content"]["application/json"];

type GetApiOperation = paths["/api/internal/v1/apis/{apiId}"]["get"];

/** Request of `getApi` (GET /api/internal/v1/apis/{apiId}). */
export interface GetApiRequest {
  params: GetApiOperation["parameters"]["path"];
  headers?: NonNullable<GetApiOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getApi` (GET /api/internal/v1/apis/{apiId}). */
export type GetApiResponse = GetApiOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getApi` (GET /api/internal/v1/apis/{apiId}) (`ApiError.body`). */
export type GetApiErrorBody = GetApiOperation["responses"][400]["content"]["application/json"] | GetApiOperation["responses"][401]["content"]["application/json"] | GetApiOperation["responses"][404]["content"]["application/json"] | GetApiOperation["responses"][429]["content"]["application/json"] | GetApiOperation["responses"][500]["content"]["application/json"] | GetApiOperation["responses"][501]["content"]["application/json"] | GetApiOperation["responses"][503]["content"]["application/json"];

type UpdateApiOperation = paths["/api/internal/v1/apis/{apiId}"]["put"];

/** Request of `updateApi` (PUT /api/internal/v1/apis/{apiId}). */
export interface UpdateApiRequest {
  params: UpdateApiOperation["parameters"]["path"];
  headers?: NonNullable<UpdateApiOperation["parameters"]["header"]>;
  body: NonNullable<UpdateApiOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `updateApi` (PUT /api/internal/v1/apis/{apiId}). */
export type UpdateApiResponse = UpdateApiOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `updateApi` (PUT /api/internal/v1/apis/{apiId}) (`ApiError.body`). */
export type UpdateApiErrorBody = UpdateApiOperation["responses"][400]["content"]["application/json"] | UpdateApiOperation["responses"][401]["content"]["application/json"] | UpdateApiOperation["responses"][404]["content"]["application/json"] | UpdateApiOperation["responses"][409]["content"]["application/json"] | UpdateApiOperation["responses"][413]["content"]["application/json"] | UpdateApiOperation["responses"][415]["content"]["application/json"] | UpdateApiOperation["responses"][429]["content"]["application/json"] | UpdateApiOperation["responses"][500]["content"]["application/json"] | UpdateApiOperation["responses"][501]["content"]["application/json"] | UpdateApiOperation["responses"][503]["content"]["application/json"];

type DeleteApiOperation = paths["/api/internal/v1/apis/{apiId}"]["delete"];

/** Request of `deleteApi` (DELETE /api/internal/v1/apis/{apiId}). */
export interface DeleteApiRequest {
  params: DeleteApiOperation["parameters"]["path"];
  headers?: NonNullable<DeleteApiOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `deleteApi` (DELETE /api/internal/v1/apis/{apiId}). */
export type DeleteApiResponse = undefined;

/** Body of the error responses of `deleteApi` (DELETE /api/internal/v1/apis/{apiId}) (`ApiError.body`). */
export type DeleteApiErrorBody = DeleteApiOperation["responses"][400]["content"]["application/json"] | DeleteApiOperation["responses"][401]["content"]["application/json"] | DeleteApiOperation["responses"][404]["content"]["application/json"] | DeleteApiOperation["responses"][429]["content"]["application/json"] | DeleteApiOperation["responses"][500]["content"]["application/json"] | DeleteApiOperation["responses"][501]["content"]["application/json"] | DeleteApiOperation["responses"][503]["content"]["application/json"];

type ListApiDeploymentsOperation = paths["/api/internal/v1/apis/{apiId}/deployments"]["get"];

/** Request of `listApiDeployments` (GET /api/internal/v1/apis/{apiId}/deployments). */
export interface ListApiDeploymentsRequest {
  params: ListApiDeploymentsOperation["parameters"]["path"];
  query?: NonNullable<ListApiDeploymentsOperation["parameters"]["query"]>;
  headers?: NonNullable<ListApiDeploymentsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listApiDeployments` (GET /api/internal/v1/apis/{apiId}/deployments). */
export type ListApiDeploymentsResponse = ListApiDeploymentsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listApiDeployments` (GET /api/internal/v1/apis/{apiId}/deployments) (`ApiError.body`). */
export type ListApiDeploymentsErrorBody = ListApiDeploymentsOperation["responses"][400]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][401]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][404]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][429]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][500]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][501]["content"]["application/json"] | ListApiDeploymentsOperation["responses"][503]["content"]["application/json"];

type DeployApiOperation = paths["/api/internal/v1/apis/{apiId}/deployments"]["post"];

/** Request of `deployApi` (POST /api/internal/v1/apis/{apiId}/deployments). */
export interface DeployApiRequest {
  params: DeployApiOperation["parameters"]["path"];
  headers?: NonNullable<DeployApiOperation["parameters"]["header"]>;
  body: NonNullable<DeployApiOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `deployApi` (POST /api/internal/v1/apis/{apiId}/deployments). */
export type DeployApiResponse = DeployApiOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `deployApi` (POST /api/internal/v1/apis/{apiId}/deployments) (`ApiError.body`). */
export type DeployApiErrorBody = DeployApiOperation["responses"][400]["content"]["application/json"] | DeployApiOperation["responses"][401]["content"]["application/json"] | DeployApiOperation["responses"][404]["content"]["application/json"] | DeployApiOperation["responses"][409]["content"]["application/json"] | DeployApiOperation["responses"][413]["content"]["application/json"] | DeployApiOperation["responses"][415]["content"]["application/json"] | DeployApiOperation["responses"][422]["content"]["application/json"] | DeployApiOperation["responses"][429]["content"]["application/json"] | DeployApiOperation["responses"][500]["content"]["application/json"] | DeployApiOperation["responses"][501]["content"]["application/json"] | DeployApiOperation["responses"][503]["content"]["application/json"];

type UndeployApiOperation = paths["/api/internal/v1/apis/{apiId}/deployments/{deploymentId}"]["delete"];

/** Request of `undeployApi` (DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}). */
export interface UndeployApiRequest {
  params: UndeployApiOperation["parameters"]["path"];
  headers?: NonNullable<UndeployApiOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `undeployApi` (DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}). */
export type UndeployApiResponse = undefined;

/** Body of the error responses of `undeployApi` (DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}) (`ApiError.body`). */
export type UndeployApiErrorBody = UndeployApiOperation["responses"][400]["content"]["application/json"] | UndeployApiOperation["responses"][401]["content"]["application/json"] | UndeployApiOperation["responses"][404]["content"]["application/json"] | UndeployApiOperation["responses"][409]["content"]["application/json"] | UndeployApiOperation["responses"][422]["content"]["application/json"] | UndeployApiOperation["responses"][429]["content"]["application/json"] | UndeployApiOperation["responses"][500]["content"]["application/json"] | UndeployApiOperation["responses"][501]["content"]["application/json"] | UndeployApiOperation["responses"][503]["content"]["application/json"];

type GetApiRuntimeArtifactOperation = paths["/api/internal/v1/api-runtime-artifacts/{apiId}"]["get"];

/** Request of `getApiRuntimeArtifact` (GET /api/internal/v1/api-runtime-artifacts/{apiId}). */
export interface GetApiRuntimeArtifactRequest {
  params: GetApiRuntimeArtifactOperation["parameters"]["path"];
  query?: NonNullable<GetApiRuntimeArtifactOperation["parameters"]["query"]>;
  headers?: NonNullable<GetApiRuntimeArtifactOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getApiRuntimeArtifact` (GET /api/internal/v1/api-runtime-artifacts/{apiId}). */
export type GetApiRuntimeArtifactResponse = GetApiRuntimeArtifactOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getApiRuntimeArtifact` (GET /api/internal/v1/api-runtime-artifacts/{apiId}) (`ApiError.body`). */
export type GetApiRuntimeArtifactErrorBody = GetApiRuntimeArtifactOperation["responses"][400]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][401]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][404]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][429]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][500]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][501]["content"]["application/json"] | GetApiRuntimeArtifactOperation["responses"][503]["content"]["application/json"];

type GetStatsOperation = paths["/api/internal/v1/stats"]["get"];

/** Request of `getStats` (GET /api/internal/v1/stats). */
export interface GetStatsRequest {
  headers?: NonNullable<GetStatsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getStats` (GET /api/internal/v1/stats). */
export type GetStatsResponse = GetStatsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getStats` (GET /api/internal/v1/stats) (`ApiError.body`). */
export type GetStatsErrorBody = GetStatsOperation["responses"][400]["content"]["application/json"] | GetStatsOperation["responses"][401]["content"]["application/json"] | GetStatsOperation["responses"][429]["content"]["application/json"] | GetStatsOperation["responses"][500]["content"]["application/json"] | GetStatsOperation["responses"][501]["content"]["application/json"] | GetStatsOperation["responses"][503]["content"]["application/json"];

type ListSessionsOperation = paths["/v1/sessions"]["get"];

/** Request of `listSessions` (GET /v1/sessions). */
export interface ListSessionsRequest {
  query?: NonNullable<ListSessionsOperation["parameters"]["query"]>;
  headers?: NonNullable<ListSessionsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listSessions` (GET /v1/sessions). */
export type ListSessionsResponse = ListSessionsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listSessions` (GET /v1/sessions) (`ApiError.body`). */
export type ListSessionsErrorBody = ListSessionsOperation["responses"][400]["content"]["application/json"] | ListSessionsOperation["responses"][401]["content"]["application/json"] | ListSessionsOperation["responses"][429]["content"]["application/json"] | ListSessionsOperation["responses"][500]["content"]["application/json"] | ListSessionsOperation["responses"][501]["content"]["application/json"] | ListSessionsOperation["responses"][503]["content"]["application/json"];

type CreateSessionOperation = paths["/v1/sessions"]["post"];

/** Request of `createSession` (POST /v1/sessions). */
export interface CreateSessionRequest {
  headers?: NonNullable<CreateSessionOperation["parameters"]["header"]>;
  body: NonNullable<CreateSessionOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createSession` (POST /v1/sessions). */
export type CreateSessionResponse = CreateSessionOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `createSession` (POST /v1/sessions) (`ApiError.body`). */
export type CreateSessionErrorBody = CreateSessionOperation["responses"][400]["content"]["application/json"] | CreateSessionOperation["responses"][401]["content"]["application/json"] | CreateSessionOperation["responses"][409]["content"]["application/json"] | CreateSessionOperation["responses"][413]["content"]["application/json"] | CreateSessionOperation["responses"][415]["content"]["application/json"] | CreateSessionOperation["responses"][422]["content"]["application/json"] | CreateSessionOperation["responses"][429]["content"]["application/json"] | CreateSessionOperation["responses"][500]["content"]["application/json"] | CreateSessionOperation["responses"][501]["content"]["application/json"] | CreateSessionOperation["responses"][503]["content"]["application/json"];

type GetSessionOperation = paths["/v1/sessions/{sessionId}"]["get"];

/** Request of `getSession` (GET /v1/sessions/{sessionId}). */
export interface GetSessionRequest {
  params: GetSessionOperation["parameters"]["path"];
  headers?: NonNullable<GetSessionOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getSession` (GET /v1/sessions/{sessionId}). */
export type GetSessionResponse = GetSessionOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getSession` (GET /v1/sessions/{sessionId}) (`ApiError.body`). */
export type GetSessionErrorBody = GetSessionOperation["responses"][400]["content"]["application/json"] | GetSessionOperation["responses"][401]["content"]["application/json"] | GetSessionOperation["responses"][404]["content"]["application/json"] | GetSessionOperation["responses"][429]["content"]["application/json"] | GetSessionOperation["responses"][500]["content"]["application/json"] | GetSessionOperation["responses"][501]["content"]["application/json"] | GetSessionOperation["responses"][503]["content"]["application/json"];

type DeleteSessionOperation = paths["/v1/sessions/{sessionId}"]["delete"];

/** Request of `deleteSession` (DELETE /v1/sessions/{sessionId}). */
export interface DeleteSessionRequest {
  params: DeleteSessionOperation["parameters"]["path"];
  headers?: NonNullable<DeleteSessionOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `deleteSession` (DELETE /v1/sessions/{sessionId}). */
export type DeleteSessionResponse = undefined;

/** Body of the error responses of `deleteSession` (DELETE /v1/sessions/{sessionId}) (`ApiError.body`). */
export type DeleteSessionErrorBody = DeleteSessionOperation["responses"][400]["content"]["application/json"] | DeleteSessionOperation["responses"][401]["content"]["application/json"] | DeleteSessionOperation["responses"][404]["content"]["application/json"] | DeleteSessionOperation["responses"][429]["content"]["application/json"] | DeleteSessionOperation["responses"][500]["content"]["application/json"] | DeleteSessionOperation["responses"][501]["content"]["application/json"] | DeleteSessionOperation["responses"][503]["content"]["application/json"];

type UpdateSessionOperation = paths["/v1/sessions/{sessionId}"]["patch"];

/** Request of `updateSession` (PATCH /v1/sessions/{sessionId}). */
export interface UpdateSessionRequest {
  params: UpdateSessionOperation["parameters"]["path"];
  headers?: NonNullable<UpdateSessionOperation["parameters"]["header"]>;
  body: NonNullable<UpdateSessionOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `updateSession` (PATCH /v1/sessions/{sessionId}). */
export type UpdateSessionResponse = UpdateSessionOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `updateSession` (PATCH /v1/sessions/{sessionId}) (`ApiError.body`). */
export type UpdateSessionErrorBody = UpdateSessionOperation["responses"][400]["content"]["application/json"] | UpdateSessionOperation["responses"][401]["content"]["application/json"] | UpdateSessionOperation["responses"][404]["content"]["application/json"] | UpdateSessionOperation["responses"][409]["content"]["application/json"] | UpdateSessionOperation["responses"][413]["content"]["application/json"] | UpdateSessionOperation["responses"][415]["content"]["application/json"] | UpdateSessionOperation["responses"][429]["content"]["application/json"] | UpdateSessionOperation["responses"][500]["content"]["application/json"] | UpdateSessionOperation["responses"][501]["content"]["application/json"] | UpdateSessionOperation["responses"][503]["content"]["application/json"];

type ListSessionMessagesOperation = paths["/v1/sessions/{sessionId}/messages"]["get"];

/** Request of `listSessionMessages` (GET /v1/sessions/{sessionId}/messages). */
export interface ListSessionMessagesRequest {
  params: ListSessionMessagesOperation["parameters"]["path"];
  query?: NonNullable<ListSessionMessagesOperation["parameters"]["query"]>;
  headers?: NonNullable<ListSessionMessagesOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listSessionMessages` (GET /v1/sessions/{sessionId}/messages). */
export type ListSessionMessagesResponse = ListSessionMessagesOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listSessionMessages` (GET /v1/sessions/{sessionId}/messages) (`ApiError.body`). */
export type ListSessionMessagesErrorBody = ListSessionMessagesOperation["responses"][400]["content"]["application/json"] | ListSessionMessagesOperation["responses"][401]["content"]["application/json"] | ListSessionMessagesOperation["responses"][404]["content"]["application/json"] | ListSessionMessagesOperation["responses"][429]["content"]["application/json"] | ListSessionMessagesOperation["responses"][500]["content"]["application/json"] | ListSessionMessagesOperation["responses"][501]["content"]["application/json"] | ListSessionMessagesOperation["responses"][503]["content"]["application/json"];

type CreateSessionMessageOperation = paths["/v1/sessions/{sessionId}/messages"]["post"];

/** Request of `createSessionMessage` (POST /v1/sessions/{sessionId}/messages). */
export interface CreateSessionMessageRequest {
  params: CreateSessionMessageOperation["parameters"]["path"];
  headers?: NonNullable<CreateSessionMessageOperation["parameters"]["header"]>;
  body: NonNullable<CreateSessionMessageOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createSessionMessage` (POST /v1/sessions/{sessionId}/messages). */
export type CreateSessionMessageResponse = CreateSessionMessageOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `createSessionMessage` (POST /v1/sessions/{sessionId}/messages) (`ApiError.body`). */
export type CreateSessionMessageErrorBody = CreateSessionMessageOperation["responses"][400]["content"]["application/json"] | CreateSessionMessageOperation["responses"][401]["content"]["application/json"] | CreateSessionMessageOperation["responses"][404]["content"]["application/json"] | CreateSessionMessageOperation["responses"][409]["content"]["application/json"] | CreateSessionMessageOperation["responses"][413]["content"]["application/json"] | CreateSessionMessageOperation["responses"][415]["content"]["application/json"] | CreateSessionMessageOperation["responses"][422]["content"]["application/json"] | CreateSessionMessageOperation["responses"][429]["content"]["application/json"] | CreateSessionMessageOperation["responses"][500]["content"]["application/json"] | CreateSessionMessageOperation["responses"][501]["content"]["application/json"] | CreateSessionMessageOperation["responses"][503]["content"]["application/json"];

type CreateChatCompletionOperation = paths["/v1/chat/completions"]["post"];

/** Request of `createChatCompletion` (POST /v1/chat/completions). */
export interface CreateChatCompletionRequest {
  headers?: NonNullable<CreateChatCompletionOperation["parameters"]["header"]>;
  body: NonNullable<CreateChatCompletionOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `createChatCompletion` (POST /v1/chat/completions). */
export type CreateChatCompletionResponse = CreateChatCompletionOperation["responses"][200]["content"]["application/json"] | string;

/** Body of the error responses of `createChatCompletion` (POST /v1/chat/completions) (`ApiError.body`). */
export type CreateChatCompletionErrorBody = CreateChatCompletionOperation["responses"][400]["content"]["application/json"] | CreateChatCompletionOperation["responses"][401]["content"]["application/json"] | CreateChatCompletionOperation["responses"][404]["content"]["application/json"] | CreateChatCompletionOperation["responses"][409]["content"]["application/json"] | CreateChatCompletionOperation["responses"][413]["content"]["application/json"] | CreateChatCompletionOperation["responses"][415]["content"]["application/json"] | CreateChatCompletionOperation["responses"][422]["content"]["application/json"] | CreateChatCompletionOperation["responses"][429]["content"]["application/json"] | CreateChatCompletionOperation["responses"][500]["content"]["application/json"] | CreateChatCompletionOperation["responses"][501]["content"]["application/json"] | CreateChatCompletionOperation["responses"][503]["content"]["application/json"];

type ListModelsOperation = paths["/v1/models"]["get"];

/** Request of `listModels` (GET /v1/models). */
export interface ListModelsRequest {
  headers?: NonNullable<ListModelsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listModels` (GET /v1/models). */
export type ListModelsResponse = ListModelsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listModels` (GET /v1/models) (`ApiError.body`). */
export type ListModelsErrorBody = ListModelsOperation["responses"][400]["content"]["application/json"] | ListModelsOperation["responses"][401]["content"]["application/json"] | ListModelsOperation["responses"][429]["content"]["application/json"] | ListModelsOperation["responses"][500]["content"]["application/json"] | ListModelsOperation["responses"][501]["content"]["application/json"] | ListModelsOperation["responses"][503]["content"]["application/json"];

type ListSkillsOperation = paths["/v1/skills"]["get"];

/** Request of `listSkills` (GET /v1/skills). */
export interface ListSkillsRequest {
  headers?: NonNullable<ListSkillsOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `listSkills` (GET /v1/skills). */
export type ListSkillsResponse = ListSkillsOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `listSkills` (GET /v1/skills) (`ApiError.body`). */
export type ListSkillsErrorBody = ListSkillsOperation["responses"][400]["content"]["application/json"] | ListSkillsOperation["responses"][401]["content"]["application/json"] | ListSkillsOperation["responses"][429]["content"]["application/json"] | ListSkillsOperation["responses"][500]["content"]["application/json"] | ListSkillsOperation["responses"][501]["content"]["application/json"] | ListSkillsOperation["responses"][503]["content"]["application/json"];

type GetSkillExecutionOperation = paths["/v1/skills/executions/{executionId}"]["get"];

/** Request of `getSkillExecution` (GET /v1/skills/executions/{executionId}). */
export interface GetSkillExecutionRequest {
  params: GetSkillExecutionOperation["parameters"]["path"];
  headers?: NonNullable<GetSkillExecutionOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getSkillExecution` (GET /v1/skills/executions/{executionId}). */
export type GetSkillExecutionResponse = GetSkillExecutionOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getSkillExecution` (GET /v1/skills/executions/{executionId}) (`ApiError.body`). */
export type GetSkillExecutionErrorBody = GetSkillExecutionOperation["responses"][400]["content"]["application/json"] | GetSkillExecutionOperation["responses"][401]["content"]["application/json"] | GetSkillExecutionOperation["responses"][404]["content"]["application/json"] | GetSkillExecutionOperation["responses"][429]["content"]["application/json"] | GetSkillExecutionOperation["responses"][500]["content"]["application/json"] | GetSkillExecutionOperation["responses"][501]["content"]["application/json"] | GetSkillExecutionOperation["responses"][503]["content"]["application/json"];

type GetSkillOperation = paths["/v1/skills/{skillName}"]["get"];

/** Request of `getSkill` (GET /v1/skills/{skillName}). */
export interface GetSkillRequest {
  params: GetSkillOperation["parameters"]["path"];
  headers?: NonNullable<GetSkillOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getSkill` (GET /v1/skills/{skillName}). */
export type GetSkillResponse = GetSkillOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getSkill` (GET /v1/skills/{skillName}) (`ApiError.body`). */
export type GetSkillErrorBody = GetSkillOperation["responses"][400]["content"]["application/json"] | GetSkillOperation["responses"][401]["content"]["application/json"] | GetSkillOperation["responses"][404]["content"]["application/json"] | GetSkillOperation["responses"][429]["content"]["application/json"] | GetSkillOperation["responses"][500]["content"]["application/json"] | GetSkillOperation["responses"][501]["content"]["application/json"] | GetSkillOperation["responses"][503]["content"]["application/json"];

type ExecuteSkillOperation = paths["/v1/skills/{skillName}/executions"]["post"];

/** Request of `executeSkill` (POST /v1/skills/{skillName}/executions). */
export interface ExecuteSkillRequest {
  params: ExecuteSkillOperation["parameters"]["path"];
  headers?: NonNullable<ExecuteSkillOperation["parameters"]["header"]>;
  body: NonNullable<ExecuteSkillOperation["requestBody"]>["content"]["application/json"];
}

/** Body of the successful (2xx) response of `executeSkill` (POST /v1/skills/{skillName}/executions). */
export type ExecuteSkillResponse = ExecuteSkillOperation["responses"][201]["content"]["application/json"];

/** Body of the error responses of `executeSkill` (POST /v1/skills/{skillName}/executions) (`ApiError.body`). */
export type ExecuteSkillErrorBody = ExecuteSkillOperation["responses"][400]["content"]["application/json"] | ExecuteSkillOperation["responses"][401]["content"]["application/json"] | ExecuteSkillOperation["responses"][404]["content"]["application/json"] | ExecuteSkillOperation["responses"][409]["content"]["application/json"] | ExecuteSkillOperation["responses"][413]["content"]["application/json"] | ExecuteSkillOperation["responses"][415]["content"]["application/json"] | ExecuteSkillOperation["responses"][422]["content"]["application/json"] | ExecuteSkillOperation["responses"][429]["content"]["application/json"] | ExecuteSkillOperation["responses"][500]["content"]["application/json"] | ExecuteSkillOperation["responses"][501]["content"]["application/json"] | ExecuteSkillOperation["responses"][503]["content"]["application/json"];

type GetUsageOperation = paths["/v1/usage"]["get"];

/** Request of `getUsage` (GET /v1/usage). */
export interface GetUsageRequest {
  headers?: NonNullable<GetUsageOperation["parameters"]["header"]>;
}

/** Body of the successful (2xx) response of `getUsage` (GET /v1/usage). */
export type GetUsageResponse = GetUsageOperation["responses"][200]["content"]["application/json"];

/** Body of the error responses of `getUsage` (GET /v1/usage) (`ApiError.body`). */
export type GetUsageErrorBody = GetUsageOperation["responses"][400]["content"]["application/json"] | GetUsageOperation["responses"][401]["content"]["application/json"] | GetUsageOperation["responses"][429]["content"]["application/json"] | GetUsageOperation["responses"][500]["content"]["application/json"] | GetUsageOperation["responses"][501]["content"]["application/json"] | GetUsageOperation["responses"][503]["content"]["application/json"];

const SECURITY_SCHEMES: Record<string, SchemeRule> = {
  "adminToken": { kind: "bearer", option: "adminToken" },
  "gatewayApiKey": { kind: "apiKey", option: "gatewayApiKey", in: "header", name: "api-key" },
  "tenantApiKey": { kind: "apiKey", option: "tenantApiKey", in: "header", name: "x-api-key" },
  "tenantBearer": { kind: "bearer", option: "tenantBearer" },
};

const OPERATIONS = {
  getLiveness: { operationId: "getLiveness", method: "GET", path: "/health/live", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [] },
  getReadiness: { operationId: "getReadiness", method: "GET", path: "/health/ready", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [] },
  getHealth: { operationId: "getHealth", method: "GET", path: "/health", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [] },
  getInfo: { operationId: "getInfo", method: "GET", path: "/info", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [] },
  getMetrics: { operationId: "getMetrics", method: "GET", path: "/metrics", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [] },
  listOrgs: { operationId: "listOrgs", method: "GET", path: "/v1/orgs", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"adminToken":[]}] },
  createOrg: { operationId: "createOrg", method: "POST", path: "/v1/orgs", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  getOrg: { operationId: "getOrg", method: "GET", path: "/v1/orgs/{orgId}", parameters: [{ name: "orgId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]},{"tenantBearer":[]},{"tenantApiKey":[]}] },
  deleteOrg: { operationId: "deleteOrg", method: "DELETE", path: "/v1/orgs/{orgId}", parameters: [{ name: "orgId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  updateOrg: { operationId: "updateOrg", method: "PATCH", path: "/v1/orgs/{orgId}", parameters: [{ name: "orgId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  listApiKeys: { operationId: "listApiKeys", method: "GET", path: "/v1/api-keys", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  createApiKey: { operationId: "createApiKey", method: "POST", path: "/v1/api-keys", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  revokeApiKey: { operationId: "revokeApiKey", method: "DELETE", path: "/v1/api-keys/{keyId}", parameters: [{ name: "keyId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  listGateways: { operationId: "listGateways", method: "GET", path: "/api/internal/v1/gateways", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"adminToken":[]}] },
  registerGateway: { operationId: "registerGateway", method: "POST", path: "/api/internal/v1/gateways", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  getGateway: { operationId: "getGateway", method: "GET", path: "/api/internal/v1/gateways/{gatewayId}", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  deleteGateway: { operationId: "deleteGateway", method: "DELETE", path: "/api/internal/v1/gateways/{gatewayId}", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  updateGateway: { operationId: "updateGateway", method: "PATCH", path: "/api/internal/v1/gateways/{gatewayId}", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  rotateGatewayApiKey: { operationId: "rotateGatewayApiKey", method: "POST", path: "/api/internal/v1/gateways/{gatewayId}/api-keys", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  listGatewayEvents: { operationId: "listGatewayEvents", method: "GET", path: "/api/internal/v1/gateways/{gatewayId}/events", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "after", in: "query", style: "form", explode: true }, { name: "limit", in: "query", style: "form", explode: true }], security: [{"adminToken":[]},{"gatewayApiKey":[]}] },
  listGatewayDeployments: { operationId: "listGatewayDeployments", method: "GET", path: "/api/internal/v1/gateways/{gatewayId}/deployments", parameters: [{ name: "gatewayId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"adminToken":[]},{"gatewayApiKey":[]}] },
  listApis: { operationId: "listApis", method: "GET", path: "/api/internal/v1/apis", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"adminToken":[]}] },
  createApi: { operationId: "createApi", method: "POST", path: "/api/internal/v1/apis", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  getApi: { operationId: "getApi", method: "GET", path: "/api/internal/v1/apis/{apiId}", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  updateApi: { operationId: "updateApi", method: "PUT", path: "/api/internal/v1/apis/{apiId}", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  deleteApi: { operationId: "deleteApi", method: "DELETE", path: "/api/internal/v1/apis/{apiId}", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  listApiDeployments: { operationId: "listApiDeployments", method: "GET", path: "/api/internal/v1/apis/{apiId}/deployments", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"adminToken":[]}] },
  deployApi: { operationId: "deployApi", method: "POST", path: "/api/internal/v1/apis/{apiId}/deployments", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}], bodyContentType: "application/json" },
  undeployApi: { operationId: "undeployApi", method: "DELETE", path: "/api/internal/v1/apis/{apiId}/deployments/{deploymentId}", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "deploymentId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  getApiRuntimeArtifact: { operationId: "getApiRuntimeArtifact", method: "GET", path: "/api/internal/v1/api-runtime-artifacts/{apiId}", parameters: [{ name: "apiId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "revisionId", in: "query", style: "form", explode: true }], security: [{"gatewayApiKey":[]}] },
  getStats: { operationId: "getStats", method: "GET", path: "/api/internal/v1/stats", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"adminToken":[]}] },
  listSessions: { operationId: "listSessions", method: "GET", path: "/v1/sessions", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }, { name: "status", in: "query", style: "form", explode: true }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  createSession: { operationId: "createSession", method: "POST", path: "/v1/sessions", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  getSession: { operationId: "getSession", method: "GET", path: "/v1/sessions/{sessionId}", parameters: [{ name: "sessionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  deleteSession: { operationId: "deleteSession", method: "DELETE", path: "/v1/sessions/{sessionId}", parameters: [{ name: "sessionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  updateSession: { operationId: "updateSession", method: "PATCH", path: "/v1/sessions/{sessionId}", parameters: [{ name: "sessionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  listSessionMessages: { operationId: "listSessionMessages", method: "GET", path: "/v1/sessions/{sessionId}/messages", parameters: [{ name: "sessionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "limit", in: "query", style: "form", explode: true }, { name: "cursor", in: "query", style: "form", explode: true }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  createSessionMessage: { operationId: "createSessionMessage", method: "POST", path: "/v1/sessions/{sessionId}/messages", parameters: [{ name: "sessionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  createChatCompletion: { operationId: "createChatCompletion", method: "POST", path: "/v1/chat/completions", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  listModels: { operationId: "listModels", method: "GET", path: "/v1/models", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  listSkills: { operationId: "listSkills", method: "GET", path: "/v1/skills", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  getSkillExecution: { operationId: "getSkillExecution", method: "GET", path: "/v1/skills/executions/{executionId}", parameters: [{ name: "executionId", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  getSkill: { operationId: "getSkill", method: "GET", path: "/v1/skills/{skillName}", parameters: [{ name: "skillName", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
  executeSkill: { operationId: "executeSkill", method: "POST", path: "/v1/skills/{skillName}/executions", parameters: [{ name: "skillName", in: "path", style: "simple", explode: false }, { name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }, { name: "Idempotency-Key", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}], bodyContentType: "application/json" },
  getUsage: { operationId: "getUsage", method: "GET", path: "/v1/usage", parameters: [{ name: "X-Request-Id", in: "header", style: "simple", explode: false }, { name: "traceparent", in: "header", style: "simple", explode: false }], security: [{"tenantBearer":[]},{"tenantApiKey":[]}] },
} as const satisfies Record<string, OperationSpec>;

/**
 * Typed REST client for clawgate 0.1.0: one method per operation.
 * Methods resolve to the body of the 2xx response; any other status throws `ApiError` with the
 * parsed body (`ErrorBody`), and a failed request (network, abort) throws `ApiNetworkError`.
 * @example
 * const client = new ClawgateClient({ baseUrl: 'http://127.0.0.1:8080' });
 */
export class ClawgateClient {
  readonly #options: ClawgateClientOptions;
  readonly #fetch: typeof globalThis.fetch;

  constructor(options: ClawgateClientOptions) {
    this.#options = options;
    this.#fetch = options.fetch ?? globalThis.fetch;
  }

  /**
   * Liveness probe
   * `GET /health/live`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getLiveness(request?: GetLivenessRequest, options?: RequestOptions): Promise<GetLivenessResponse> {
    return this.#send(OPERATIONS.getLiveness, request ?? {}, options) as Promise<GetLivenessResponse>;
  }

  /**
   * Readiness probe
   * `GET /health/ready`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getReadiness(request?: GetReadinessRequest, options?: RequestOptions): Promise<GetReadinessResponse> {
    return this.#send(OPERATIONS.getReadiness, request ?? {}, options) as Promise<GetReadinessResponse>;
  }

  /**
   * Full health report
   * `GET /health`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getHealth(request?: GetHealthRequest, options?: RequestOptions): Promise<GetHealthResponse> {
    return this.#send(OPERATIONS.getHealth, request ?? {}, options) as Promise<GetHealthResponse>;
  }

  /**
   * Build and runtime information
   * `GET /info`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getInfo(request?: GetInfoRequest, options?: RequestOptions): Promise<GetInfoResponse> {
    return this.#send(OPERATIONS.getInfo, request ?? {}, options) as Promise<GetInfoResponse>;
  }

  /**
   * Prometheus metrics
   * `GET /metrics`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getMetrics(request?: GetMetricsRequest, options?: RequestOptions): Promise<GetMetricsResponse> {
    return this.#send(OPERATIONS.getMetrics, request ?? {}, options) as Promise<GetMetricsResponse>;
  }

  /**
   * List organizations
   * `GET /v1/orgs`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listOrgs(request?: ListOrgsRequest, options?: RequestOptions): Promise<ListOrgsResponse> {
    return this.#send(OPERATIONS.listOrgs, request ?? {}, options) as Promise<ListOrgsResponse>;
  }

  /**
   * Create an organization
   * `POST /v1/orgs`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createOrg(request: CreateOrgRequest, options?: RequestOptions): Promise<CreateOrgResponse> {
    return this.#send(OPERATIONS.createOrg, request ?? {}, options) as Promise<CreateOrgResponse>;
  }

  /**
   * Get an organization
   * `GET /v1/orgs/{orgId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getOrg(request: GetOrgRequest, options?: RequestOptions): Promise<GetOrgResponse> {
    return this.#send(OPERATIONS.getOrg, request ?? {}, options) as Promise<GetOrgResponse>;
  }

  /**
   * Delete an organization
   * `DELETE /v1/orgs/{orgId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  deleteOrg(request: DeleteOrgRequest, options?: RequestOptions): Promise<DeleteOrgResponse> {
    return this.#send(OPERATIONS.deleteOrg, request ?? {}, options) as Promise<DeleteOrgResponse>;
  }

  /**
   * Update an organization
   * `PATCH /v1/orgs/{orgId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  updateOrg(request: UpdateOrgRequest, options?: RequestOptions): Promise<UpdateOrgResponse> {
    return this.#send(OPERATIONS.updateOrg, request ?? {}, options) as Promise<UpdateOrgResponse>;
  }

  /**
   * List the calling organization's API keys
   * `GET /v1/api-keys`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listApiKeys(request?: ListApiKeysRequest, options?: RequestOptions): Promise<ListApiKeysResponse> {
    return this.#send(OPERATIONS.listApiKeys, request ?? {}, options) as Promise<ListApiKeysResponse>;
  }

  /**
   * Create an API key for the calling organization
   * `POST /v1/api-keys`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createApiKey(request: CreateApiKeyRequest, options?: RequestOptions): Promise<CreateApiKeyResponse> {
    return this.#send(OPERATIONS.createApiKey, request ?? {}, options) as Promise<CreateApiKeyResponse>;
  }

  /**
   * Revoke one of the calling organization's API keys
   * `DELETE /v1/api-keys/{keyId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  revokeApiKey(request: RevokeApiKeyRequest, options?: RequestOptions): Promise<RevokeApiKeyResponse> {
    return this.#send(OPERATIONS.revokeApiKey, request ?? {}, options) as Promise<RevokeApiKeyResponse>;
  }

  /**
   * List gateways
   * `GET /api/internal/v1/gateways`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listGateways(request?: ListGatewaysRequest, options?: RequestOptions): Promise<ListGatewaysResponse> {
    return this.#send(OPERATIONS.listGateways, request ?? {}, options) as Promise<ListGatewaysResponse>;
  }

  /**
   * Register a gateway
   * `POST /api/internal/v1/gateways`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  registerGateway(request: RegisterGatewayRequest, options?: RequestOptions): Promise<RegisterGatewayResponse> {
    return this.#send(OPERATIONS.registerGateway, request ?? {}, options) as Promise<RegisterGatewayResponse>;
  }

  /**
   * Get a gateway
   * `GET /api/internal/v1/gateways/{gatewayId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getGateway(request: GetGatewayRequest, options?: RequestOptions): Promise<GetGatewayResponse> {
    return this.#send(OPERATIONS.getGateway, request ?? {}, options) as Promise<GetGatewayResponse>;
  }

  /**
   * Delete a gateway
   * `DELETE /api/internal/v1/gateways/{gatewayId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  deleteGateway(request: DeleteGatewayRequest, options?: RequestOptions): Promise<DeleteGatewayResponse> {
    return this.#send(OPERATIONS.deleteGateway, request ?? {}, options) as Promise<DeleteGatewayResponse>;
  }

  /**
   * Update a gateway's settings
   * `PATCH /api/internal/v1/gateways/{gatewayId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  updateGateway(request: UpdateGatewayRequest, options?: RequestOptions): Promise<UpdateGatewayResponse> {
    return this.#send(OPERATIONS.updateGateway, request ?? {}, options) as Promise<UpdateGatewayResponse>;
  }

  /**
   * Rotate a gateway's API key
   * `POST /api/internal/v1/gateways/{gatewayId}/api-keys`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  rotateGatewayApiKey(request: RotateGatewayApiKeyRequest, options?: RequestOptions): Promise<RotateGatewayApiKeyResponse> {
    return this.#send(OPERATIONS.rotateGatewayApiKey, request ?? {}, options) as Promise<RotateGatewayApiKeyResponse>;
  }

  /**
   * Read a gateway's event log
   * `GET /api/internal/v1/gateways/{gatewayId}/events`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listGatewayEvents(request: ListGatewayEventsRequest, options?: RequestOptions): Promise<ListGatewayEventsResponse> {
    return this.#send(OPERATIONS.listGatewayEvents, request ?? {}, options) as Promise<ListGatewayEventsResponse>;
  }

  /**
   * List what is deployed on a gateway
   * `GET /api/internal/v1/gateways/{gatewayId}/deployments`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listGatewayDeployments(request: ListGatewayDeploymentsRequest, options?: RequestOptions): Promise<ListGatewayDeploymentsResponse> {
    return this.#send(OPERATIONS.listGatewayDeployments, request ?? {}, options) as Promise<ListGatewayDeploymentsResponse>;
  }

  /**
   * List APIs
   * `GET /api/internal/v1/apis`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listApis(request?: ListApisRequest, options?: RequestOptions): Promise<ListApisResponse> {
    return this.#send(OPERATIONS.listApis, request ?? {}, options) as Promise<ListApisResponse>;
  }

  /**
   * Create an API
   * `POST /api/internal/v1/apis`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createApi(request: CreateApiRequest, options?: RequestOptions): Promise<CreateApiResponse> {
    return this.#send(OPERATIONS.createApi, request ?? {}, options) as Promise<CreateApiResponse>;
  }

  /**
   * Get an API
   * `GET /api/internal/v1/apis/{apiId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getApi(request: GetApiRequest, options?: RequestOptions): Promise<GetApiResponse> {
    return this.#send(OPERATIONS.getApi, request ?? {}, options) as Promise<GetApiResponse>;
  }

  /**
   * Replace an API
   * `PUT /api/internal/v1/apis/{apiId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  updateApi(request: UpdateApiRequest, options?: RequestOptions): Promise<UpdateApiResponse> {
    return this.#send(OPERATIONS.updateApi, request ?? {}, options) as Promise<UpdateApiResponse>;
  }

  /**
   * Delete an API
   * `DELETE /api/internal/v1/apis/{apiId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  deleteApi(request: DeleteApiRequest, options?: RequestOptions): Promise<DeleteApiResponse> {
    return this.#send(OPERATIONS.deleteApi, request ?? {}, options) as Promise<DeleteApiResponse>;
  }

  /**
   * List an API's deployments
   * `GET /api/internal/v1/apis/{apiId}/deployments`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listApiDeployments(request: ListApiDeploymentsRequest, options?: RequestOptions): Promise<ListApiDeploymentsResponse> {
    return this.#send(OPERATIONS.listApiDeployments, request ?? {}, options) as Promise<ListApiDeploymentsResponse>;
  }

  /**
   * Deploy an API revision to a gateway
   * `POST /api/internal/v1/apis/{apiId}/deployments`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  deployApi(request: DeployApiRequest, options?: RequestOptions): Promise<DeployApiResponse> {
    return this.#send(OPERATIONS.deployApi, request ?? {}, options) as Promise<DeployApiResponse>;
  }

  /**
   * Undeploy
   * `DELETE /api/internal/v1/apis/{apiId}/deployments/{deploymentId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  undeployApi(request: UndeployApiRequest, options?: RequestOptions): Promise<UndeployApiResponse> {
    return this.#send(OPERATIONS.undeployApi, request ?? {}, options) as Promise<UndeployApiResponse>;
  }

  /**
   * Fetch the runtime definition of an API
   * `GET /api/internal/v1/api-runtime-artifacts/{apiId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getApiRuntimeArtifact(request: GetApiRuntimeArtifactRequest, options?: RequestOptions): Promise<GetApiRuntimeArtifactResponse> {
    return this.#send(OPERATIONS.getApiRuntimeArtifact, request ?? {}, options) as Promise<GetApiRuntimeArtifactResponse>;
  }

  /**
   * Platform statistics
   * `GET /api/internal/v1/stats`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getStats(request?: GetStatsRequest, options?: RequestOptions): Promise<GetStatsResponse> {
    return this.#send(OPERATIONS.getStats, request ?? {}, options) as Promise<GetStatsResponse>;
  }

  /**
   * List sessions
   * `GET /v1/sessions`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listSessions(request?: ListSessionsRequest, options?: RequestOptions): Promise<ListSessionsResponse> {
    return this.#send(OPERATIONS.listSessions, request ?? {}, options) as Promise<ListSessionsResponse>;
  }

  /**
   * Create a session
   * `POST /v1/sessions`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createSession(request: CreateSessionRequest, options?: RequestOptions): Promise<CreateSessionResponse> {
    return this.#send(OPERATIONS.createSession, request ?? {}, options) as Promise<CreateSessionResponse>;
  }

  /**
   * Get a session
   * `GET /v1/sessions/{sessionId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getSession(request: GetSessionRequest, options?: RequestOptions): Promise<GetSessionResponse> {
    return this.#send(OPERATIONS.getSession, request ?? {}, options) as Promise<GetSessionResponse>;
  }

  /**
   * Delete a session
   * `DELETE /v1/sessions/{sessionId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  deleteSession(request: DeleteSessionRequest, options?: RequestOptions): Promise<DeleteSessionResponse> {
    return this.#send(OPERATIONS.deleteSession, request ?? {}, options) as Promise<DeleteSessionResponse>;
  }

  /**
   * Update a session
   * `PATCH /v1/sessions/{sessionId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  updateSession(request: UpdateSessionRequest, options?: RequestOptions): Promise<UpdateSessionResponse> {
    return this.#send(OPERATIONS.updateSession, request ?? {}, options) as Promise<UpdateSessionResponse>;
  }

  /**
   * List a session's messages
   * `GET /v1/sessions/{sessionId}/messages`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listSessionMessages(request: ListSessionMessagesRequest, options?: RequestOptions): Promise<ListSessionMessagesResponse> {
    return this.#send(OPERATIONS.listSessionMessages, request ?? {}, options) as Promise<ListSessionMessagesResponse>;
  }

  /**
   * Append a message to a session
   * `POST /v1/sessions/{sessionId}/messages`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createSessionMessage(request: CreateSessionMessageRequest, options?: RequestOptions): Promise<CreateSessionMessageResponse> {
    return this.#send(OPERATIONS.createSessionMessage, request ?? {}, options) as Promise<CreateSessionMessageResponse>;
  }

  /**
   * Create a chat completion (OpenAI-compatible)
   * `POST /v1/chat/completions`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  createChatCompletion(request: CreateChatCompletionRequest, options?: RequestOptions): Promise<CreateChatCompletionResponse> {
    return this.#send(OPERATIONS.createChatCompletion, request ?? {}, options) as Promise<CreateChatCompletionResponse>;
  }

  /**
   * List models (OpenAI-compatible)
   * `GET /v1/models`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listModels(request?: ListModelsRequest, options?: RequestOptions): Promise<ListModelsResponse> {
    return this.#send(OPERATIONS.listModels, request ?? {}, options) as Promise<ListModelsResponse>;
  }

  /**
   * List skills
   * `GET /v1/skills`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  listSkills(request?: ListSkillsRequest, options?: RequestOptions): Promise<ListSkillsResponse> {
    return this.#send(OPERATIONS.listSkills, request ?? {}, options) as Promise<ListSkillsResponse>;
  }

  /**
   * Get a skill execution
   * `GET /v1/skills/executions/{executionId}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getSkillExecution(request: GetSkillExecutionRequest, options?: RequestOptions): Promise<GetSkillExecutionResponse> {
    return this.#send(OPERATIONS.getSkillExecution, request ?? {}, options) as Promise<GetSkillExecutionResponse>;
  }

  /**
   * Get a skill
   * `GET /v1/skills/{skillName}`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getSkill(request: GetSkillRequest, options?: RequestOptions): Promise<GetSkillResponse> {
    return this.#send(OPERATIONS.getSkill, request ?? {}, options) as Promise<GetSkillResponse>;
  }

  /**
   * Execute a skill
   * `POST /v1/skills/{skillName}/executions`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  executeSkill(request: ExecuteSkillRequest, options?: RequestOptions): Promise<ExecuteSkillResponse> {
    return this.#send(OPERATIONS.executeSkill, request ?? {}, options) as Promise<ExecuteSkillResponse>;
  }

  /**
   * Quotas and rate limit of the calling organization
   * `GET /v1/usage`. Resolves to the 2xx body; throws `ApiError` otherwise.
   */
  getUsage(request?: GetUsageRequest, options?: RequestOptions): Promise<GetUsageResponse> {
    return this.#send(OPERATIONS.getUsage, request ?? {}, options) as Promise<GetUsageResponse>;
  }

  /** Builds the request (path, query, headers, auth, body), sends it and reads the response. */
  async #send(operation: OperationSpec, input: LooseInput, options: RequestOptions = {}): Promise<unknown> {
    // 1. URL: path parameters substituted, query serialised per its style.
    const byName = new Map(operation.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = input.params?.[name];
      if (value === undefined) throw new TypeError(`${operation.operationId}: missing path parameter ${name}`);
      return encodeURIComponent(serializeSimple(value));
    });
    const url = new URL(this.#options.baseUrl.replace(/\/+$/, '') + path);
    for (const [name, value] of Object.entries(input.query ?? {})) appendQuery(url.searchParams, name, value, byName.get(`query:${name}`));

    // 2. Headers: client defaults, header parameters, credentials, per-call headers.
    const headers = new Headers(this.#options.headers);
    for (const [name, value] of Object.entries(input.headers ?? {})) {
      if (value !== undefined && value !== null) headers.set(name, serializeSimple(value));
    }
    this.#applySecurity(operation, headers, url);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

    // 3. Body in the operation's content type.
    let body: RequestInit['body'];
    if (input.body !== undefined && operation.bodyContentType !== undefined) {
      const contentType = operation.bodyContentType;
      if (/json/i.test(contentType)) {
        body = JSON.stringify(input.body);
        headers.set('content-type', contentType);
      } else if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
        body = new URLSearchParams();
        for (const [name, value] of Object.entries(input.body as Record<string, unknown>)) appendQuery(body, name, value, undefined);
        headers.set('content-type', contentType);
      } else if (/^multipart\/form-data/i.test(contentType)) {
        body = new FormData();
        for (const [name, value] of Object.entries(input.body as Record<string, unknown>)) {
          if (value !== undefined) body.append(name, value instanceof Blob ? value : String(value));
        }
      } else {
        const raw = input.body;
        const passThrough = typeof raw === 'string' || raw instanceof Blob || raw instanceof ArrayBuffer || raw instanceof Uint8Array;
        body = passThrough ? raw : JSON.stringify(raw);
        headers.set('content-type', contentType);
      }
    }

    // 4. Send; failures to get any response become ApiNetworkError.
    let response: Response;
    try {
      const init: RequestInit = { method: operation.method, headers };
      if (body !== undefined) init.body = body;
      if (options.signal !== undefined) init.signal = options.signal;
      response = await this.#fetch(url, init);
    } catch (err) {
      throw new ApiNetworkError(operation.operationId, err);
    }

    // 5. Read: JSON when the server says so, else text; non-2xx throws ApiError.
    const text = await response.text();
    let parsed: unknown = text === '' ? undefined : text;
    if (text !== '' && isJsonType(response.headers.get('content-type'))) {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    }
    if (!response.ok) {
      throw new ApiError<ErrorBody>(operation.operationId, response.status, parsed as ErrorBody | undefined, response.headers);
    }
    return parsed;
  }

  /** Applies the first security requirement whose credentials are all configured. */
  #applySecurity(operation: OperationSpec, headers: Headers, url: URL): void {
    const options = this.#options as unknown as Record<string, string | undefined>;
    const credentialOf = (rule: SchemeRule): string | undefined =>
      options[rule.option] ?? (rule.kind === 'apiKey' ? this.#options.apiKey : rule.kind === 'bearer' ? this.#options.bearerToken : undefined);
    for (const requirement of operation.security) {
      const rules = Object.keys(requirement).map((scheme) => SECURITY_SCHEMES[scheme]);
      if (rules.some((rule) => rule === undefined || rule.kind === 'unsupported' || credentialOf(rule) === undefined)) continue;
      for (const rule of rules as SchemeRule[]) {
        const credential = credentialOf(rule)!;
        if (rule.kind === 'bearer') headers.set('authorization', `Bearer ${credential}`);
        else if (rule.kind === 'basic') headers.set('authorization', `Basic ${btoa(credential)}`);
        else if (rule.in === 'query') url.searchParams.set(rule.name ?? rule.option, credential);
        else if (rule.in === 'cookie') headers.append('cookie', `${rule.name ?? rule.option}=${encodeURIComponent(credential)}`);
        else headers.set(rule.name ?? rule.option, credential);
      }
      return;
    }
  }
}

export { ClawgateClient as RestClient };
export type RestClientOptions = ClawgateClientOptions;
