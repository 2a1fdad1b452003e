import type { OpenApiModel, OperationModel, SecuritySchemeModel } from './openapi-model.js';
import type { AsyncApiModel } from './asyncapi-model.js';
import { textOf, type SchemaValidator } from './json-schema.js';
import type { CheckResult, Coverage } from './report.js';

/** Security scheme name → credential value. */
export type Credentials = Record<string, string>;

/** Which credentials a request carries. */
export type AuthChoice = 'primary' | 'other' | 'none' | Credentials;

/** Everything a check needs, built once per run. */
export interface RunContext {
  baseUrl: string;
  openapi: OpenApiModel;
  asyncapi?: AsyncApiModel;
  validator: SchemaValidator;
  coverage: Coverage;
  /** variables for `${name}` in scenarios: adminToken, apiKey, run, and setup captures */
  vars: Map<string, string>;
  /** credential value → shell variable name used in reproductions */
  secrets: Map<string, string>;
  /** the tenant the run acts as (plus the admin token) */
  credentials(): Credentials;
  /** a second tenant, for "another tenant's credentials" checks */
  otherCredentials(): Credentials;
  /** handshake headers/query per channel id */
  websocket(
    channelId: string,
  ): { headers: Record<string, string>; query: Record<string, string>; missing: string[] } | undefined;
  /** setup steps that answered 501: credentials and ids they would have made are missing */
  setupNotImplemented: string[];
  record(check: CheckResult): void;
  seed(): number;
}

/**
 * Headers/query that carry `credentials` for the first security alternative of `op` that they
 * fully satisfy. `undefined` when none is satisfied (the run lacks a credential).
 */
export function applySecurity(
  op: OperationModel,
  schemes: Record<string, SecuritySchemeModel>,
  credentials: Credentials,
): { headers: Record<string, string>; query: Record<string, string>; alternative: string[] } | undefined {
  if (op.security.length === 0 || op.security.some((alt) => alt.length === 0)) {
    return { headers: {}, query: {}, alternative: [] };
  }
  for (const alternative of op.security) {
    if (!alternative.every((name) => credentials[name] !== undefined && schemes[name])) continue;
    const headers: Record<string, string> = {};
    const query: Record<string, string> = {};
    for (const name of alternative) placeCredential(schemes[name]!, credentials[name]!, headers, query);
    return { headers, query, alternative };
  }
  return undefined;
}

export function placeCredential(
  scheme: SecuritySchemeModel,
  value: string,
  headers: Record<string, string>,
  query: Record<string, string>,
): void {
  if (scheme.type === 'http' && scheme.scheme === 'basic') headers.authorization = `Basic ${value}`;
  else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
    headers.authorization = `Bearer ${value}`;
  else if (scheme.type === 'apiKey' && scheme.in === 'query') query[scheme.paramName ?? 'api_key'] = value;
  else if (scheme.type === 'apiKey' && scheme.in === 'cookie')
    headers.cookie = `${scheme.paramName ?? 'api_key'}=${value}`;
  else if (scheme.type === 'apiKey') headers[(scheme.paramName ?? 'api-key').toLowerCase()] = value;
}

/**
 * Replaces `${name}` with variables; an unknown variable makes the result undefined. A whole
 * value `${name:number}` becomes a JSON number (variables are strings).
 */
export function interpolate(value: unknown, vars: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') {
    const numeric = /^\$\{([\w.-]+):number\}$/.exec(value);
    if (numeric) {
      const v = vars.get(numeric[1]!);
      return v === undefined ? undefined : Number(v);
    }
    const whole = /^\$\{([\w.-]+)\}$/.exec(value);
    if (whole) return vars.get(whole[1]!);
    let missing = false;
    const out = value.replace(/\$\{([\w.-]+)\}/g, (_m, name: string) => {
      const v = vars.get(name);
      if (v === undefined) missing = true;
      return v ?? '';
    });
    return missing ? undefined : out;
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, vars));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, vars)]));
  }
  return value;
}

/** Like interpolate, for a name → template map; entries with unknown variables are dropped. */
export function interpolateMap(
  map: Record<string, unknown> | undefined,
  vars: ReadonlyMap<string, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(map ?? {})) {
    const value = interpolate(v, vars);
    if (value !== undefined && value !== null) out[k] = textOf(value);
  }
  return out;
}
