import http from 'node:http';
import https from 'node:https';
import type { OperationModel, ResponseModel } from './openapi-model.js';
import type { SchemaValidator, JsonObject } from './json-schema.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface Exchange {
  request: HttpRequest;
  /** undefined when the server did not answer (connection refused, reset, timeout) */
  response?: HttpResponse;
  error?: string;
}

export interface RequestParts {
  pathParams?: Record<string, string>;
  /** an array repeats the parameter (`?limit=1&limit=2`) */
  query?: Record<string, string | readonly string[]>;
  headers?: Record<string, string>;
  /** A value is sent as JSON; a string is sent as is (for malformed bodies). */
  body?: { value: unknown; raw?: boolean; contentType?: string };
}

/**
 * `encodeURIComponent`, except that an unpaired UTF-16 surrogate, which it refuses (URIError) and
 * URLSearchParams turns into U+FFFD, is sent as the three bytes its code unit would take
 * (`\ud800` → `%ED%A0%80`): not valid UTF-8, which is what a server must cope with.
 */
export function percentEncode(text: string): string {
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) {
      const bytes = [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
      return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
    return encodeURIComponent(unit);
  });
}

/** Fills the path template and query of `op` against `baseUrl`. */
export function buildRequest(baseUrl: string, op: OperationModel, parts: RequestParts): HttpRequest {
  const path = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
    percentEncode(parts.pathParams?.[name] ?? `missing-${name}`),
  );
  const pairs = Object.entries(parts.query ?? {}).flatMap(([k, v]) =>
    (typeof v === 'string' ? [v] : v).map((one) => `${percentEncode(k)}=${percentEncode(one)}`),
  );
  const url = `${baseUrl.replace(/\/$/, '')}${path}${pairs.length > 0 ? `?${pairs.join('&')}` : ''}`;
  const headers: Record<string, string> = { accept: '*/*', ...lowerKeys(parts.headers ?? {}) };
  let body: string | undefined;
  if (parts.body) {
    body = parts.body.raw ? String(parts.body.value) : JSON.stringify(parts.body.value);
    headers['content-type'] = parts.body.contentType ?? 'application/json';
  }
  return { method: op.method, url, headers, ...(body !== undefined ? { body } : {}) };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

/**
 * Sends the request on its own connection (no keep-alive pool), as the printed curl command
 * would, so one request's aftermath (an unread 2 MiB body) cannot break the next. Never throws:
 * a failed connection is reported in `error`.
 */
export function send(request: HttpRequest, timeoutMs = 15_000): Promise<Exchange> {
  return new Promise((resolve) => {
    const url = new URL(request.url);
    const client = url.protocol === 'https:' ? https : http;
    const headers: Record<string, string> = { ...request.headers, connection: 'close' };
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
    const req = client.request(url, { method: request.method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err) => resolve({ request, error: `response broken off: ${err.message}` }));
      res.on('end', () => {
        const h: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (v !== undefined) h[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
        resolve({
          request,
          response: { status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString('utf8') },
        });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ request, error: `no response: ${err.message}` }));
    // A server may answer (413) and close before reading a large body; the answer still counts.
    req.end(request.body);
  });
}

/** The documented response for a status: exact code, then `4XX`-style range, then `default`. */
export function documentedResponse(op: OperationModel, status: number): ResponseModel | undefined {
  return (
    op.responses.find((r) => r.status === String(status)) ??
    op.responses.find((r) => r.status === `${String(status)[0]}XX`) ??
    op.responses.find((r) => r.status === 'DEFAULT')
  );
}

export interface Conformance {
  /** the key of the documented response that matched, e.g. '200', '4XX' */
  documentedAs?: string;
  problems: string[];
  /** parsed JSON body, when the body is JSON */
  json?: unknown;
}

const isJsonType = (ct: string) => ct === 'application/json' || ct.endsWith('+json');
const baseType = (ct: string | undefined) => (ct ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Compares a response with the operation's documentation: documented status, no 5xx other than
 * 501, documented content type, body and headers valid against their schemas.
 */
export function checkConformance(
  op: OperationModel,
  response: HttpResponse,
  validator: SchemaValidator,
  errorEnvelope?: JsonObject,
): Conformance {
  const problems: string[] = [];
  const documented = documentedResponse(op, response.status);
  if (response.status >= 500 && response.status !== 501) problems.push(`server error: HTTP ${response.status}`);
  if (!documented) {
    problems.push(
      `undocumented status ${response.status} (documented: ${op.responses.map((r) => r.status).join(', ')})`,
    );
  }
  let json: unknown;
  const ct = baseType(response.headers['content-type']);
  if (isJsonType(ct) && response.text.length > 0) {
    try {
      json = JSON.parse(response.text);
    } catch {
      problems.push(`Content-Type is ${ct} but the body is not valid JSON: ${response.text.slice(0, 80)}`);
    }
  }
  if (documented) {
    const mediaTypes = Object.keys(documented.content);
    if (mediaTypes.length === 0) {
      if (response.text.length > 0)
        problems.push(`status ${response.status} documents no body but one was sent (${ct || 'no content type'})`);
    } else if (!ct) {
      problems.push(`no Content-Type header (documented: ${mediaTypes.join(', ')})`);
    } else {
      const media = mediaTypes.find((m) => mediaMatches(baseType(m), ct));
      if (!media) {
        problems.push(
          `undocumented content type "${ct}" for status ${response.status} (documented: ${mediaTypes.join(', ')})`,
        );
      } else {
        const schema = documented.content[media]!.schema;
        if (schema && isJsonType(ct) && json !== undefined) {
          for (const e of validator.validate(schema, json)) problems.push(`response body: ${e}`);
        } else if (schema && !isJsonType(ct) && schema.type === 'string') {
          for (const e of validator.validate(schema, response.text)) problems.push(`response body: ${e}`);
        }
        if (isJsonType(ct) && json === undefined && response.text.length === 0)
          problems.push('documented JSON body is empty');
      }
    }
    for (const [name, header] of Object.entries(documented.headers)) {
      const value = response.headers[name];
      if (value === undefined) {
        if (header.required) problems.push(`required response header ${name} is missing`);
        continue;
      }
      for (const e of validator.validate(header.schema, coerceHeader(value, header.schema))) {
        problems.push(`response header ${name}: ${e}`);
      }
    }
  }
  if (response.status >= 400 && errorEnvelope && json !== undefined) {
    const hasOwnSchema = documented && Object.values(documented.content).some((m) => m.schema);
    if (!hasOwnSchema) for (const e of validator.validate(errorEnvelope, json)) problems.push(`error envelope: ${e}`);
  }
  return {
    ...(documented ? { documentedAs: documented.status } : {}),
    problems: [...new Set(problems)],
    ...(json !== undefined ? { json } : {}),
  };
}

function mediaMatches(documented: string, actual: string): boolean {
  if (documented === actual || documented === '*/*') return true;
  const [dt, ds] = documented.split('/');
  const [at] = actual.split('/');
  return ds === '*' && dt === at;
}

function coerceHeader(value: string, schema: JsonObject): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return Number(value);
  }
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** `text` with every known secret replaced by `${NAME}`, for failure reports in CI logs. */
export function redactSecrets(text: string, secrets: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [value, name] of secrets) if (value) out = out.split(value).join(`\${${name}}`);
  return out;
}

/**
 * A curl command that repeats the request. Known secrets are replaced by shell variables
 * (`$CT_ADMIN_TOKEN` …) so a CI log never shows a credential.
 */
export function toCurl(request: HttpRequest, secrets: ReadonlyMap<string, string>): string {
  const dq = (s: string) => {
    let out = s.replace(/[\\"$`]/g, (c) => `\\${c}`);
    for (const [value, name] of secrets)
      if (value) out = out.split(value.replace(/[\\"$`]/g, (c) => `\\${c}`)).join(`\${${name}}`);
    return `"${out}"`;
  };
  const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const parts = [`curl -sS -i -X ${request.method} ${dq(request.url)}`];
  for (const [k, v] of Object.entries(request.headers)) {
    if (k === 'accept' && v === '*/*') continue;
    parts.push(`-H ${dq(`${k}: ${v}`)}`);
  }
  if (request.body !== undefined) {
    parts.push(
      request.body.length > 4096
        ? `--data-binary @<(node -e 'process.stdout.write("x".repeat(${request.body.length}))')  # ${request.body.length} bytes`
        : `--data-raw ${sq(request.body)}`,
    );
  }
  return parts.join(' \\\n  ');
}

/** Short text of what came back, for failure reports. */
export function describeResponse(exchange: Exchange): string {
  if (!exchange.response) return exchange.error ?? 'no response';
  const r = exchange.response;
  const body = r.text.length > 300 ? `${r.text.slice(0, 300)}…` : r.text;
  return `got HTTP ${r.status} ${r.headers['content-type'] ?? ''} ${body}`.trim();
}
