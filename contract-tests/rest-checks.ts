import type { OperationModel } from './openapi-model.js';
import {
  buildRequest,
  checkConformance,
  describeResponse,
  send,
  toCurl,
  type Conformance,
  type Exchange,
  type RequestParts,
} from './http-exchange.js';
import { generateValid, invalidBodies, invalidQueryValues, parameterValue, randomUuid } from './generate-data.js';
import { applySecurity, type Credentials, type RunContext } from './run-context.js';
import { edgeCases } from './edge-checks.js';
import type { CheckStatus } from './report.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Verdict {
  status: CheckStatus;
  problems: string[];
}

/** Sends one request, checks it with `judge`, records coverage and the check line. */
export async function exchangeCheck(
  ctx: RunContext,
  op: OperationModel,
  kind: string,
  name: string,
  parts: RequestParts,
  judge: (exchange: Exchange, conformance: Conformance | undefined) => Verdict,
  subject: string = op.operationId,
): Promise<{ exchange: Exchange; conformance?: Conformance; verdict: Verdict }> {
  const request = buildRequest(ctx.baseUrl, op, parts);
  const exchange = await send(request);
  const conformance = exchange.response
    ? checkConformance(op, exchange.response, ctx.validator, ctx.openapi.errorEnvelope)
    : undefined;
  if (exchange.response) {
    ctx.coverage.recordStatus(
      op.operationId,
      conformance?.documentedAs,
      exchange.response.status,
      conformance?.problems.length === 0,
    );
  }
  const verdict = judge(exchange, conformance);
  if (verdict.status === 'fail' && exchange.response && !verdict.problems.some((p) => p.startsWith('got HTTP'))) {
    verdict.problems.push(describeResponse(exchange));
  }
  ctx.record({
    kind,
    subject,
    name,
    status: verdict.status,
    problems: verdict.problems,
    ...(verdict.status === 'fail' ? { reproduction: toCurl(request, ctx.secrets) } : {}),
  });
  return { exchange, ...(conformance ? { conformance } : {}), verdict };
}

/** A spec-valid request must get a documented, schema-valid answer; 501 is "not implemented". */
export function judgePositive(exchange: Exchange, c: Conformance | undefined): Verdict {
  if (!exchange.response || !c) return { status: 'fail', problems: [exchange.error ?? 'no response'] };
  const status = exchange.response.status;
  if (status === 501) return { status: 'not-implemented', problems: ['HTTP 501 not implemented'] };
  const problems = [...c.problems];
  if (status === 400 || status === 422) problems.push(`spec-valid request rejected with HTTP ${status}`);
  return { status: problems.length > 0 ? 'fail' : 'pass', problems };
}

/** Invalid input must get a documented 4xx with the error envelope. */
export function judgeNegative(exchange: Exchange, c: Conformance | undefined): Verdict {
  if (!exchange.response || !c) return { status: 'fail', problems: [exchange.error ?? 'no response'] };
  const status = exchange.response.status;
  const problems = [...c.problems];
  if (status < 400) problems.unshift(`invalid input accepted with HTTP ${status} (a documented 4xx was expected)`);
  else if (status === 501)
    problems.unshift('invalid input reached a not-implemented handler (HTTP 501) instead of a 4xx');
  else if (status >= 500) problems.unshift(`invalid input caused HTTP ${status} instead of a 4xx`);
  if (status >= 400 && status < 500 && !isEnvelope(c.json)) problems.push('4xx body is not the error envelope');
  return { status: problems.length > 0 ? 'fail' : 'pass', problems };
}

/** Requests with missing or foreign credentials must be refused with one of `allowed`. */
export function judgeRefused(allowed: number[], what: string) {
  return (exchange: Exchange, c: Conformance | undefined): Verdict => {
    if (!exchange.response || !c) return { status: 'fail', problems: [exchange.error ?? 'no response'] };
    const status = exchange.response.status;
    const problems = [...c.problems];
    if (status >= 200 && status < 400)
      problems.unshift(`security not enforced: ${what} was answered with HTTP ${status}`);
    else if (status === 501) {
      // Valid credentials of another tenant legitimately reach the handler; scoping cannot be judged yet.
      if (allowed.includes(404))
        return {
          status: 'not-implemented',
          problems: [`HTTP 501: tenant scoping of a not-implemented operation cannot be checked`],
        };
      problems.unshift(`security not enforced: ${what} reached the handler (HTTP 501)`);
    } else if (!allowed.includes(status))
      problems.unshift(`${what}: expected HTTP ${allowed.join(' or ')}, got ${status}`);
    if (status >= 400 && !isEnvelope(c.json)) problems.push('refusal body is not the error envelope');
    return { status: problems.length > 0 ? 'fail' : 'pass', problems };
  };
}

/** Whether a body is the error envelope `{ error: { code, message } }`. */
export function isEnvelope(json: unknown): boolean {
  const error = (json as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return !!error && typeof error.code === 'string' && typeof error.message === 'string';
}

/** Path, query and header values for a well-formed request (without credentials or body). */
export async function baseParts(ctx: RunContext, op: OperationModel, useVars: boolean): Promise<RequestParts> {
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  const headers: Record<string, string> = {};
  for (const p of op.parameters) {
    if (p.in === 'path') {
      const known = useVars ? ctx.vars.get(p.name) : undefined;
      pathParams[p.name] =
        known ?? (p.schema.format === 'uuid' ? randomUuid() : await parameterValue(p.schema, p.example, ctx.seed()));
    } else if (p.required && p.in === 'query') {
      query[p.name] = await parameterValue(p.schema, p.example, ctx.seed());
    } else if (p.required && p.in === 'header') {
      headers[p.name] = await parameterValue(p.schema, p.example, ctx.seed());
    }
  }
  return { pathParams, query, headers };
}

function withAuth(
  ctx: RunContext,
  op: OperationModel,
  parts: RequestParts,
  credentials: Credentials,
): RequestParts | undefined {
  const auth = applySecurity(op, ctx.openapi.securitySchemes, credentials);
  if (!auth) return undefined;
  return { ...parts, headers: { ...parts.headers, ...auth.headers }, query: { ...parts.query, ...auth.query } };
}

function jsonMedia(op: OperationModel) {
  const content = op.requestBody?.content ?? {};
  const type = Object.keys(content).find((t) => t === 'application/json' || t.endsWith('+json'));
  return type ? { type, media: content[type]! } : undefined;
}

/** Positive, negative and security checks for every operation, in spec order. */
export async function runOperationChecks(ctx: RunContext): Promise<void> {
  for (const op of ctx.openapi.operations) {
    const base = await baseParts(ctx, op, SAFE.has(op.method));
    const authed = withAuth(ctx, op, base, ctx.credentials());
    if (!authed) {
      // Missing because a setup step is not implemented yet (no gateway → no gateway key): N-I.
      const blocked = ctx.setupNotImplemented.length > 0;
      if (blocked) ctx.coverage.notImplemented.add(op.operationId);
      ctx.record({
        kind: 'rest',
        subject: op.operationId,
        name: 'positive request',
        status: blocked ? 'not-implemented' : 'fail',
        problems: [
          `no credentials for any of the security alternatives ${JSON.stringify(op.security)}` +
            (blocked
              ? ` (setup steps not implemented: ${ctx.setupNotImplemented.join('; ')})`
              : ' (the setup scenario did not provide them)'),
        ],
      });
      await securityChecks(ctx, op, base, await positiveBodies(ctx, op));
      continue;
    }
    const validBodies = await positiveBodies(ctx, op);
    if (validBodies.length === 0) {
      await exchangeCheck(ctx, op, 'rest', 'positive request', authed, judgePositive);
    }
    for (const body of validBodies) {
      await exchangeCheck(
        ctx,
        op,
        'rest',
        `positive: ${body.name}`,
        { ...authed, body: { value: body.value, contentType: body.contentType } },
        judgePositive,
      );
    }

    // Invalid input, one defect per request.
    const json = jsonMedia(op);
    if (json?.media.schema) {
      const valid = validBodies[0]?.value ?? {};
      for (const invalid of invalidBodies(json.media.schema, valid)) {
        await exchangeCheck(
          ctx,
          op,
          'negative',
          invalid.name,
          { ...authed, body: { value: invalid.value, raw: invalid.raw ?? false, contentType: json.type } },
          judgeNegative,
        );
      }
    }
    if (json && op.responses.some((r) => r.status === '415') && validBodies[0]) {
      await exchangeCheck(
        ctx,
        op,
        'negative',
        'body with an undocumented content type (text/plain)',
        { ...authed, body: { value: JSON.stringify(validBodies[0].value), raw: true, contentType: 'text/plain' } },
        judgeNegative,
      );
    }
    if (json && op.responses.some((r) => r.status === '413')) {
      // A body past any sensible JSON limit; the spec documents 413 for it.
      const huge = JSON.stringify({ contractTestPadding: 'x'.repeat(2 * 1024 * 1024) });
      await exchangeCheck(
        ctx,
        op,
        'negative',
        'oversize body (2 MiB)',
        { ...authed, body: { value: huge, raw: true, contentType: json.type } },
        judgeNegative,
      );
    }
    for (const p of op.parameters.filter(
      (p) => p.in === 'path' && (p.schema.format === 'uuid' || p.schema.pattern !== undefined),
    )) {
      const body = validBodies[0];
      await exchangeCheck(
        ctx,
        op,
        'negative',
        `path parameter "${p.name}" not matching its schema`,
        {
          ...authed,
          pathParams: { ...authed.pathParams, [p.name]: 'not a valid id!' },
          ...(body ? { body: { value: body.value, contentType: body.contentType } } : {}),
        },
        judgeNegative,
      );
    }
    for (const p of op.parameters.filter((p) => p.in === 'query')) {
      for (const invalid of invalidQueryValues(p.schema).slice(0, 3)) {
        const body = validBodies[0];
        await exchangeCheck(
          ctx,
          op,
          'negative',
          `query "${p.name}" ${invalid.name}`,
          {
            ...authed,
            query: { ...authed.query, [p.name]: invalid.value },
            ...(body ? { body: { value: body.value, contentType: body.contentType } } : {}),
          },
          judgeNegative,
        );
      }
    }

    // Edge cases, one defect per request: unknown parameter, non-finite numbers, unstorable text, bad compression.
    const valid = validBodies[0];
    const validParts: RequestParts = valid
      ? { ...authed, body: { value: valid.value, contentType: valid.contentType } }
      : authed;
    for (const edge of edgeCases(op, validParts, valid?.value)) {
      await exchangeCheck(ctx, op, 'negative', edge.name, edge.parts, judgeNegative);
    }

    await securityChecks(ctx, op, base, validBodies);
  }
  await runCrossTenantChecks(ctx);
}

/** Declared security: no credentials and wrong credentials must be refused (needs no valid credential). */
async function securityChecks(
  ctx: RunContext,
  op: OperationModel,
  base: RequestParts,
  validBodies: { value: unknown; contentType: string }[],
): Promise<void> {
  if (op.security.length === 0 || op.security.some((alt) => alt.length === 0)) return;
  const body = validBodies[0] ? { body: { value: validBodies[0].value, contentType: validBodies[0].contentType } } : {};
  await exchangeCheck(
    ctx,
    op,
    'security',
    'no credentials → 401/403',
    { ...base, ...body },
    judgeRefused([401, 403], 'a request without credentials'),
  );
  const wrong = Object.fromEntries(op.security.flat().map((name) => [name, `ct-wrong-${randomUuid()}`]));
  const wrongParts = withAuth(ctx, op, base, wrong);
  if (wrongParts) {
    await exchangeCheck(
      ctx,
      op,
      'security',
      'wrong credentials → 401/403',
      { ...wrongParts, ...body },
      judgeRefused([401, 403], 'a request with wrong credentials'),
    );
  }
}

/**
 * Another tenant's credentials against this tenant's resources (ids from setup) must get 403/404.
 * Runs last: a server that fails it may have changed those resources.
 */
async function runCrossTenantChecks(ctx: RunContext): Promise<void> {
  const other = ctx.otherCredentials();
  const own = ctx.credentials();
  for (const op of ctx.openapi.operations) {
    const pathParams = op.parameters.filter((p) => p.in === 'path');
    if (pathParams.length === 0 || !pathParams.every((p) => ctx.vars.has(p.name))) continue;
    const tenantAlternative = op.security.find(
      (alt) => alt.length > 0 && alt.every((name) => other[name] !== undefined && other[name] !== own[name]),
    );
    if (!tenantAlternative) continue;
    const base = await baseParts(ctx, op, true);
    const otherOnly = Object.fromEntries(tenantAlternative.map((n) => [n, other[n]!]));
    const parts = withAuth(ctx, op, base, otherOnly);
    if (!parts) continue;
    const bodies = await positiveBodies(ctx, op);
    const body = bodies[0] ? { body: { value: bodies[0].value, contentType: bodies[0].contentType } } : {};
    await exchangeCheck(
      ctx,
      op,
      'security',
      `another tenant's credentials (${tenantAlternative.join('+')}) on this tenant's ${pathParams.map((p) => p.name).join(', ')} → 403/404`,
      { ...parts, ...body },
      judgeRefused([403, 404], "another tenant's credentials"),
    );
  }
}

/** Request bodies from the spec's examples, plus one generated from the schema (when it validates). */
export async function positiveBodies(
  ctx: RunContext,
  op: OperationModel,
): Promise<{ name: string; value: unknown; contentType: string }[]> {
  const json = jsonMedia(op);
  if (!json) return [];
  const out = json.media.examples
    .slice(0, 3)
    .map((e) => ({ name: `example "${e.name}"`, value: e.value, contentType: json.type }));
  if (json.media.schema) {
    try {
      const seed = ctx.seed();
      const value = await generateValid(json.media.schema, seed);
      if (ctx.validator.validate(json.media.schema, value).length === 0) {
        out.push({ name: `generated from schema (seed ${seed})`, value, contentType: json.type });
      }
    } catch {
      // json-schema-faker cannot satisfy every schema; the examples still run.
    }
  }
  return out;
}
