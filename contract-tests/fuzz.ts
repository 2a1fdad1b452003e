import fc from 'fast-check';
import type { OperationModel, ParameterModel } from './openapi-model.js';
import {
  buildRequest,
  checkConformance,
  redactSecrets,
  send,
  toCurl,
  type HttpRequest,
  type RequestParts,
} from './http-exchange.js';
import type { JsonObject } from './json-schema.js';
import { applySecurity, type RunContext } from './run-context.js';
import { hasRequestSurface } from './edge-checks.js';
import { arbitraryFromSchema, mutated, parameterText, toJsonText } from './schema-arbitrary.js';
import { isEnvelope } from './rest-checks.js';

export interface FuzzOptions {
  /** fast-check seed; each operation's requests come from `seed` and its operationId */
  seed: number;
  /** generated requests in all, spread evenly over the operations with a request surface; 0 skips */
  runs: number;
}

/** What the generated requests met, for the report. */
export interface FuzzStats {
  seed: number;
  runs: number;
  requests: number;
  /** 5xx other than 501 */
  serverErrors: number;
  /** statuses the operation does not document */
  undocumented: number;
  /** no answer at all (connection refused or reset, timeout) */
  noResponse: number;
  /** requests with any contract problem (the above, wrong bodies, missing envelopes …) */
  failedRequests: number;
}

/** A generated request before credentials: what varies, and what was done to make it hostile. */
interface GeneratedRequest {
  pathParams: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: { text: string; contentType: string; encoding?: string };
  notes: string[];
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Header values Node can send: printable ASCII and tab. */
const HEADER_SAFE = /^[\t\x20-\x7e]*$/;
/** failing requests reported in full per operation; the rest are counted */
const REPORTED_PER_OPERATION = 3;

/** A stable 31-bit number for an operation, so adding an operation does not change the others' requests. */
function hashOf(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash & 0x7fffffff;
}

function jsonMedia(op: OperationModel): { type: string; schema: JsonObject } | undefined {
  const content = op.requestBody?.content ?? {};
  const type = Object.keys(content).find((t) => t === 'application/json' || t.endsWith('+json'));
  const schema = type ? content[type]?.schema : undefined;
  return type && schema ? { type, schema } : undefined;
}

/** Raw bodies no JSON schema describes: broken JSON, wrong framing, bad compression, absurd nesting. */
const RAW_BODIES: { note: string; text: string; contentType?: string; encoding?: string }[] = [
  { note: 'truncated JSON', text: '{"name": "ct' },
  { note: 'empty body', text: '' },
  { note: 'JSON null', text: 'null' },
  { note: 'JSON with a duplicate key', text: '{"a":1,"a":2}' },
  { note: 'array nested 5000 deep', text: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { note: 'text/plain body', text: '{}', contentType: 'text/plain' },
  { note: 'gzip garbage', text: 'not gzip at all', encoding: 'gzip' },
  { note: 'deflate garbage', text: 'not deflate at all', encoding: 'deflate' },
  { note: 'br garbage', text: 'not brotli at all', encoding: 'br' },
  { note: 'unknown Content-Encoding', text: '{}', encoding: 'x-contract-test' },
];

function bodyArbitrary(op: OperationModel): fc.Arbitrary<GeneratedRequest['body'] & { note?: string }> | undefined {
  const media = jsonMedia(op);
  if (!media) return undefined;
  const valid = arbitraryFromSchema(media.schema);
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((value) => ({ text: toJsonText(value), contentType: media.type })) },
    {
      weight: 6,
      arbitrary: mutated(valid).map((m) => ({
        text: toJsonText(m.value),
        contentType: media.type,
        note: `body ${m.description}`,
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_BODIES).map((raw) => ({
        text: raw.text,
        contentType: raw.contentType ?? media.type,
        ...(raw.encoding ? { encoding: raw.encoding } : {}),
        note: raw.note,
      })),
    },
  );
}

/** Values for one parameter: valid-ish or hostile text; a known id for safe methods; sometimes absent or repeated. */
function parameterArbitrary(ctx: RunContext, op: OperationModel, p: ParameterModel): fc.Arbitrary<string[]> {
  let text = parameterText(p.schema);
  const known = SAFE.has(op.method) ? ctx.vars.get(p.name) : undefined;
  if (known !== undefined)
    text = fc.oneof({ weight: 2, arbitrary: fc.constant(known) }, { weight: 3, arbitrary: text });
  if (p.in === 'header') text = text.map((t) => (HEADER_SAFE.test(t) ? t : t.replace(/[^\t\x20-\x7e]/g, '?')));
  if (p.in === 'path') return text.map((t) => [t === '' ? ' ' : t]);
  const once = text.map((t) => [t]);
  const twice = fc.tuple(text, text).map(([a, b]) => [a, b]);
  const present = p.in === 'query' ? fc.oneof({ weight: 9, arbitrary: once }, { weight: 1, arbitrary: twice }) : once;
  const absent = fc.constant<string[]>([]);
  return p.required ? present : fc.oneof({ weight: 1, arbitrary: absent }, { weight: 2, arbitrary: present });
}

function requestArbitrary(ctx: RunContext, op: OperationModel): fc.Arbitrary<GeneratedRequest> {
  const params = op.parameters.filter((p) => p.in === 'path' || p.in === 'query' || p.in === 'header');
  const body = bodyArbitrary(op);
  return fc
    .record({
      values: fc.tuple(...params.map((p) => parameterArbitrary(ctx, op, p))),
      unknown: fc.option(fc.constantFrom('contractTestUnknown', 'limit[$gt]', '__proto__', 'a'.repeat(300)), {
        freq: 10,
      }),
      body: body ?? fc.constant(undefined),
    })
    .map(({ values, unknown, body: generatedBody }) => {
      const request: GeneratedRequest = { pathParams: {}, query: {}, headers: {}, notes: [] };
      params.forEach((p, i) => {
        const v = values[i] ?? [];
        if (v.length === 0) return;
        if (p.in === 'path') request.pathParams[p.name] = v[0]!;
        else if (p.in === 'header') request.headers[p.name] = v[0]!;
        else request.query[p.name] = v.length === 1 ? v[0]! : v;
      });
      if (unknown !== null) {
        request.query[unknown] = '1';
        request.notes.push(`unknown query parameter "${unknown.slice(0, 40)}"`);
      }
      if (generatedBody) {
        const { note, ...rest } = generatedBody;
        request.body = rest;
        if (note) request.notes.push(note);
      }
      return request;
    });
}

function toParts(
  generated: GeneratedRequest,
  auth: { headers: Record<string, string>; query: Record<string, string> },
) {
  const parts: RequestParts = {
    pathParams: generated.pathParams,
    query: { ...generated.query, ...auth.query },
    headers: {
      ...generated.headers,
      ...auth.headers,
      ...(generated.body?.encoding ? { 'content-encoding': generated.body.encoding } : {}),
    },
    ...(generated.body
      ? { body: { value: generated.body.text, raw: true, contentType: generated.body.contentType } }
      : {}),
  };
  return parts;
}

/** The request as data, for a report someone can replay with any HTTP client. */
function describeRequest(request: HttpRequest): string {
  const url = new URL(request.url);
  const query: Record<string, string[]> = {};
  for (const [k, v] of url.searchParams) (query[k] ??= []).push(v);
  return JSON.stringify({
    method: request.method,
    path: url.pathname,
    query,
    headers: request.headers,
    ...(request.body !== undefined
      ? { body: request.body.length > 2000 ? `${request.body.slice(0, 2000)}…` : request.body }
      : {}),
  });
}

/**
 * Property-based requests (fast-check) for every operation with a request surface: parameters and
 * bodies generated from the operation's JSON Schemas, valid-ish or mutated (hostile numbers and
 * text, removed and unknown fields, broken JSON, bad compression). Every answer must be documented
 * for the operation, not a 5xx (501 aside), schema-valid, and a 4xx must carry the error envelope.
 * Same seed and runs → the same requests; a failure is reported with the seed and the exact request.
 */
export async function runFuzzChecks(ctx: RunContext, options: FuzzOptions): Promise<FuzzStats> {
  const stats: FuzzStats = {
    seed: options.seed,
    runs: options.runs,
    requests: 0,
    serverErrors: 0,
    undocumented: 0,
    noResponse: 0,
    failedRequests: 0,
  };
  const targets = ctx.openapi.operations
    .filter(hasRequestSurface)
    .map((op) => ({ op, auth: applySecurity(op, ctx.openapi.securitySchemes, ctx.credentials()) }))
    .filter((t): t is { op: OperationModel; auth: NonNullable<typeof t.auth> } => t.auth !== undefined);
  if (options.runs <= 0 || targets.length === 0) return stats;
  const replay = `--seed ${options.seed} --runs ${options.runs}`;
  for (const [index, { op, auth }] of targets.entries()) {
    const runs = Math.floor(options.runs / targets.length) + (index < options.runs % targets.length ? 1 : 0);
    if (runs === 0) continue;
    const opSeed = (options.seed ^ hashOf(op.operationId)) | 0;
    const generated = fc.sample(requestArbitrary(ctx, op), { seed: opSeed, numRuns: runs });
    let failures = 0;
    for (const [i, request] of generated.entries()) {
      const httpRequest = buildRequest(ctx.baseUrl, op, toParts(request, auth));
      const exchange = await send(httpRequest);
      stats.requests++;
      const problems: string[] = [];
      if (!exchange.response) {
        stats.noResponse++;
        problems.push(exchange.error ?? 'no response');
      } else {
        const c = checkConformance(op, exchange.response, ctx.validator, ctx.openapi.errorEnvelope);
        ctx.coverage.recordStatus(op.operationId, c.documentedAs, exchange.response.status, c.problems.length === 0);
        const status = exchange.response.status;
        // A generated request may well be valid: 501 then means "not implemented", as for positive checks.
        if (status === 501) continue;
        if (status >= 500) stats.serverErrors++;
        if (!c.documentedAs) stats.undocumented++;
        problems.push(...c.problems);
        if (status >= 400 && status < 500 && !isEnvelope(c.json)) problems.push('4xx body is not the error envelope');
        if (problems.length > 0) problems.push(`got HTTP ${status}: ${exchange.response.text.slice(0, 300)}`);
      }
      if (problems.length === 0) continue;
      stats.failedRequests++;
      failures++;
      if (failures > REPORTED_PER_OPERATION) continue;
      ctx.record({
        kind: 'fuzz',
        subject: op.operationId,
        name: `generated request ${i + 1} of ${runs} (${replay})${request.notes.length > 0 ? `: ${request.notes.join('; ')}` : ''}`,
        status: 'fail',
        problems,
        reproduction: `${toCurl(httpRequest, ctx.secrets)}\n# request: ${redactSecrets(describeRequest(httpRequest), ctx.secrets)}`,
      });
    }
    ctx.record({
      kind: 'fuzz',
      subject: op.operationId,
      name: `${runs} generated request(s) (${replay})`,
      status: failures > 0 ? 'fail' : 'pass',
      problems:
        failures > 0
          ? [
              `${failures} of ${runs} generated requests broke the contract${failures > REPORTED_PER_OPERATION ? ` (the first ${REPORTED_PER_OPERATION} are reported)` : ''}`,
            ]
          : [],
    });
  }
  return stats;
}
