import type { OperationModel } from './openapi-model.js';
import {
  buildRequest,
  checkConformance,
  describeResponse,
  send,
  toCurl,
  type Exchange,
  type HttpResponse,
} from './http-exchange.js';
import { applySecurity, type Credentials, type RunContext } from './run-context.js';
import { exchangeCheck, isEnvelope } from './rest-checks.js';
import { WsConnection, frameSequence } from './ws-connection.js';
import { channelUrl } from './ws-frames.js';
import type { CheckStatus } from './report.js';

/** `RateLimit-Policy: "<name>";q=<quota>;w=<window s>` (draft-ietf-httpapi-ratelimit-headers-08). */
export interface RateLimitPolicy {
  name: string;
  q: number;
  w?: number;
}

/** `RateLimit: "<name>";r=<remaining>;t=<seconds to reset>`. */
export interface RateLimitState {
  name: string;
  r: number;
  t?: number;
}

export interface TenancyCheckOptions {
  /** a per-minute limit above this is not exhausted (the check reports "not applicable") */
  maxRateLimitRequests: number;
  /** a WebSocket connection cap above this is not filled (the check reports "not applicable") */
  maxWsConnections: number;
}

export const DEFAULT_TENANCY_OPTIONS: TenancyCheckOptions = { maxRateLimitRequests: 2000, maxWsConnections: 50 };

/**
 * The first member of a Structured Field list (RFC 8941) such as `"teams";q=500;w=60`: its name
 * (a string or a token) and its integer parameters. Undefined when the value is not of that shape.
 */
export function parseListMember(
  value: string | undefined,
): { name: string; params: Record<string, number> } | undefined {
  if (value === undefined) return undefined;
  const m =
    /^\s*(?:"((?:[^"\\]|\\.)*)"|([A-Za-z*][\w:./*!#$%&'+^`|~-]*))((?:\s*;\s*[a-z*][a-z0-9_.*-]*(?:=[^;,]*)?)*)\s*(?:,|$)/.exec(
      value,
    );
  if (!m) return undefined;
  const params: Record<string, number> = {};
  for (const p of (m[3] ?? '').split(';').slice(1)) {
    const [key, raw] = p.split('=').map((s) => s.trim());
    if (!key || raw === undefined || !/^-?\d{1,15}$/.test(raw)) continue;
    params[key] = Number(raw);
  }
  return { name: m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]!, params };
}

export function parseRateLimitPolicy(value: string | undefined): RateLimitPolicy | undefined {
  const member = parseListMember(value);
  if (!member || member.params.q === undefined) return undefined;
  return { name: member.name, q: member.params.q, ...(member.params.w !== undefined ? { w: member.params.w } : {}) };
}

export function parseRateLimit(value: string | undefined): RateLimitState | undefined {
  const member = parseListMember(value);
  if (!member || member.params.r === undefined) return undefined;
  return { name: member.name, r: member.params.r, ...(member.params.t !== undefined ? { t: member.params.t } : {}) };
}

interface ErrorBody {
  error?: { code?: unknown; details?: Record<string, unknown> };
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Judges the answers to one organization's requests, in order, sent until the first refusal:
 * every 2xx carries `RateLimit-Policy` and `RateLimit` that agree (same policy name, the same `q`
 * throughout, `r` < q and one less each request, `t` within the window `w`); the request after
 * `r=0` is refused, none before; the refusal is 429 with `Retry-After` ≥ 1 (and at most the
 * window) and the error envelope with code `rate_limited` (its `details`, when present, name the
 * same limit and retry time). Returns the problems; none means the limit works as documented.
 */
export function checkRateLimitSequence(responses: readonly HttpResponse[]): string[] {
  const problems: string[] = [];
  let policy: RateLimitPolicy | undefined;
  let previous: RateLimitState | undefined;
  let refusedAt = -1;
  for (const [i, response] of responses.entries()) {
    const n = i + 1;
    if (response.status < 200 || response.status >= 300) {
      refusedAt = i;
      break;
    }
    const p = parseRateLimitPolicy(response.headers['ratelimit-policy']);
    const s = parseRateLimit(response.headers['ratelimit']);
    if (!p) {
      problems.push(
        `request ${n} (HTTP ${response.status}): RateLimit-Policy ${describeHeader(response.headers['ratelimit-policy'])}, expected "<policy>";q=<limit>;w=<seconds>`,
      );
    }
    if (!s) {
      problems.push(
        `request ${n} (HTTP ${response.status}): RateLimit ${describeHeader(response.headers['ratelimit'])}, expected "<policy>";r=<remaining>;t=<seconds>`,
      );
    }
    if (!p || !s) break;
    if (policy && (p.name !== policy.name || p.q !== policy.q)) {
      problems.push(
        `request ${n}: RateLimit-Policy changed from "${policy.name}";q=${policy.q} to "${p.name}";q=${p.q}`,
      );
      break;
    }
    policy ??= p;
    if (s.name !== p.name)
      problems.push(`request ${n}: RateLimit names policy "${s.name}", RateLimit-Policy "${p.name}"`);
    if (s.r >= p.q) problems.push(`request ${n}: RateLimit r=${s.r} is not below the limit q=${p.q}`);
    if (s.t === undefined) problems.push(`request ${n}: RateLimit has no t (seconds until the window resets)`);
    else if (s.t < 0 || (p.w !== undefined && s.t > p.w))
      problems.push(`request ${n}: RateLimit t=${s.t} is outside the window w=${p.w ?? '?'}`);
    if (previous && s.r !== previous.r - 1)
      problems.push(`request ${n}: RateLimit r=${s.r} after r=${previous.r}; each request should use up one`);
    if (previous && previous.r === 0)
      problems.push(`request ${n} was answered HTTP ${response.status} although the previous one left r=0`);
    previous = s;
    if (problems.length > 0) break;
  }
  if (problems.length > 0) return problems;
  if (refusedAt === -1) {
    return [
      `${responses.length} requests${policy ? ` against a limit of q=${policy.q}` : ''} and none was refused with 429`,
    ];
  }
  const refusal = responses[refusedAt]!;
  const n = refusedAt + 1;
  if (refusal.status !== 429) {
    problems.push(`request ${n} was answered HTTP ${refusal.status}; the first request past the limit must get 429`);
    return problems;
  }
  if (previous && previous.r > 0)
    problems.push(`request ${n} was refused with 429 although the previous one left r=${previous.r}`);
  const retryAfter = refusal.headers['retry-after'];
  if (retryAfter === undefined) problems.push('429 without a Retry-After header');
  else if (!/^\d+$/.test(retryAfter.trim()) || Number(retryAfter) < 1)
    problems.push(`429 Retry-After "${retryAfter}" is not a whole number of seconds ≥ 1`);
  else if (policy?.w !== undefined && Number(retryAfter) > policy.w)
    problems.push(`429 Retry-After ${retryAfter} is longer than the window w=${policy.w}`);
  const body = jsonOf(refusal.text) as ErrorBody | undefined;
  if (!isEnvelope(body)) problems.push(`429 body is not the error envelope: ${refusal.text.slice(0, 120)}`);
  else if (body?.error?.code !== 'rate_limited')
    problems.push(`429 error code is "${String(body?.error?.code)}", expected "rate_limited"`);
  const details = body?.error?.details;
  if (details && typeof details === 'object') {
    if (policy && details.limit !== undefined && details.limit !== policy.q)
      problems.push(`429 details.limit ${JSON.stringify(details.limit)} is not the policy's q=${policy.q}`);
    if (
      retryAfter !== undefined &&
      details.retryAfterSeconds !== undefined &&
      details.retryAfterSeconds !== Number(retryAfter)
    )
      problems.push(
        `429 details.retryAfterSeconds ${JSON.stringify(details.retryAfterSeconds)} ≠ Retry-After ${retryAfter}`,
      );
  }
  const refusedState = parseRateLimit(refusal.headers['ratelimit']);
  if (refusedState && refusedState.r !== 0) problems.push(`429 carries RateLimit r=${refusedState.r}, expected r=0`);
  return problems;
}

const describeHeader = (value: string | undefined) => (value === undefined ? 'is missing' : `"${value}" is malformed`);

/**
 * Judges a refused handshake against the connection cap: HTTP 429 with the error envelope, code
 * `quota_exceeded`, `details` `{quota, limit, used, resetsAt: null}` naming `quota` and `limit`
 * with `used` ≥ `limit`; a `Retry-After`, when sent, a whole number of seconds.
 */
export function checkQuotaRefusal(
  refusal: { status: number; headers: Record<string, string>; body: string },
  expected: { quota: string; limit: number },
): string[] {
  const problems: string[] = [];
  if (refusal.status !== 429) problems.push(`handshake past the cap refused with HTTP ${refusal.status}, expected 429`);
  const body = jsonOf(refusal.body) as ErrorBody | undefined;
  if (!isEnvelope(body)) {
    problems.push(`refusal body is not the error envelope: ${refusal.body.slice(0, 120)}`);
    return problems;
  }
  if (body?.error?.code !== 'quota_exceeded')
    problems.push(`refusal error code is "${String(body?.error?.code)}", expected "quota_exceeded"`);
  const d = body?.error?.details;
  if (!d || typeof d !== 'object') problems.push('refusal has no details {quota, limit, used, resetsAt}');
  else {
    if (d.quota !== expected.quota)
      problems.push(`details.quota is ${JSON.stringify(d.quota)}, expected "${expected.quota}"`);
    if (d.limit !== expected.limit)
      problems.push(`details.limit is ${JSON.stringify(d.limit)}, expected ${expected.limit}`);
    if (typeof d.used !== 'number' || d.used < expected.limit)
      problems.push(`details.used is ${JSON.stringify(d.used)}, expected a number ≥ ${expected.limit}`);
    if (!('resetsAt' in d) || d.resetsAt !== null)
      problems.push(`details.resetsAt is ${JSON.stringify(d.resetsAt)}, expected null (a concurrent quota)`);
  }
  const retryAfter = refusal.headers['retry-after'];
  if (retryAfter !== undefined && !/^\d+$/.test(retryAfter.trim()))
    problems.push(`Retry-After "${retryAfter}" is not a whole number of seconds`);
  return problems;
}

/** The run's tenant credentials with its API key replaced by `apiKey` (another organization). */
function credentialsOf(ctx: RunContext, apiKey: string): Credentials {
  const own = ctx.vars.get('apiKey');
  return Object.fromEntries(Object.entries(ctx.credentials()).map(([k, v]) => [k, v === own ? apiKey : v]));
}

/**
 * Creates an organization of the lowest tier through the admin API (so its limits are fresh and
 * its requests touch no other check's budget) and returns its API key.
 */
async function createOrganization(ctx: RunContext, purpose: string, subject: string): Promise<string | undefined> {
  const op = ctx.openapi.operations.find((o) => o.operationId === 'createOrg')!;
  const auth = applySecurity(op, ctx.openapi.securitySchemes, ctx.credentials());
  const schema = op.requestBody?.content['application/json']?.schema;
  const tiers = (schema?.properties as { tier?: { enum?: unknown[] } } | undefined)?.tier?.enum;
  const tier = typeof tiers?.[0] === 'string' ? tiers[0] : 'open_source';
  const { exchange, conformance, verdict } = await exchangeCheck(
    ctx,
    op,
    'tenancy',
    `create an organization (tier ${tier}) for the ${purpose} check`,
    {
      headers: auth?.headers ?? {},
      query: auth?.query ?? {},
      body: { value: { name: `ct-${purpose.replace(/\W+/g, '-')}-${ctx.vars.get('run') ?? 'x'}`, tier } },
    },
    (ex, c) => {
      if (!ex.response || !c) return { status: 'fail', problems: [ex.error ?? 'no response'] };
      if (ex.response.status === 501) return { status: 'not-implemented', problems: ['HTTP 501 not implemented'] };
      const problems = [...c.problems];
      if (ex.response.status !== 201) problems.unshift(`expected HTTP 201, got ${ex.response.status}`);
      const key = (c.json as { apiKey?: { key?: unknown } } | undefined)?.apiKey?.key;
      if (typeof key !== 'string') problems.push('the response has no apiKey.key');
      return { status: problems.length > 0 ? 'fail' : 'pass', problems };
    },
    subject,
  );
  if (verdict.status !== 'pass' || !exchange.response) return undefined;
  const key = (conformance?.json as { apiKey: { key: string } }).apiKey.key;
  ctx.secrets.set(key, `CT_${purpose.replace(/\W+/g, '_').toUpperCase()}_API_KEY`);
  return key;
}

/**
 * The per-organization rate limit and the `/ws` connection quota, each on a fresh organization:
 * needs the admin token (to create them) and the `createOrg` / `getUsage` operations; a spec
 * without them gets no such checks.
 */
export async function runTenancyChecks(
  ctx: RunContext,
  options: TenancyCheckOptions = DEFAULT_TENANCY_OPTIONS,
): Promise<void> {
  const createOrg = ctx.openapi.operations.find((o) => o.operationId === 'createOrg');
  const getUsage = ctx.openapi.operations.find((o) => o.operationId === 'getUsage');
  if (!createOrg || !getUsage) return;
  if (!applySecurity(createOrg, ctx.openapi.securitySchemes, ctx.credentials())) {
    for (const subject of ['getUsage', 'clientChannel'])
      ctx.record({
        kind: 'tenancy',
        subject,
        name: subject === 'getUsage' ? 'per-organization rate limit' : '/ws connection quota',
        status: 'not-applicable',
        problems: ['needs --admin-token to create a fresh organization'],
      });
    return;
  }
  await runRateLimitCheck(ctx, getUsage, options);
  await runWsQuotaCheck(ctx, getUsage, options);
}

/**
 * Exhausts a fresh organization's per-minute limit on `op` (a cheap GET): reads the limit from
 * the first answer's `RateLimit-Policy`, sends until the first refusal (at most limit + 1
 * requests), and judges the sequence (`checkRateLimitSequence`) and every answer against the spec.
 */
async function runRateLimitCheck(ctx: RunContext, op: OperationModel, options: TenancyCheckOptions): Promise<void> {
  const key = await createOrganization(ctx, 'rate limit', op.operationId);
  if (!key) return;
  const auth = applySecurity(op, ctx.openapi.securitySchemes, credentialsOf(ctx, key));
  const request = buildRequest(ctx.baseUrl, op, { headers: auth?.headers ?? {}, query: auth?.query ?? {} });
  const exchanges: Exchange[] = [];
  const conformanceProblems: string[] = [];
  const startedAt = performance.now();
  let limit: number | undefined;
  let windowS: number | undefined;
  for (let i = 0; ; i++) {
    const exchange = await send(request);
    exchanges.push(exchange);
    if (!exchange.response) break;
    const c = checkConformance(op, exchange.response, ctx.validator, ctx.openapi.errorEnvelope);
    ctx.coverage.recordStatus(op.operationId, c.documentedAs, exchange.response.status, c.problems.length === 0);
    for (const p of c.problems) conformanceProblems.push(`request ${i + 1} (HTTP ${exchange.response.status}): ${p}`);
    if (exchange.response.status === 501) {
      ctx.record({
        kind: 'tenancy',
        subject: op.operationId,
        name: 'per-organization rate limit',
        status: 'not-implemented',
        problems: ['HTTP 501 not implemented'],
      });
      return;
    }
    if (exchange.response.status < 200 || exchange.response.status >= 300) break;
    if (i === 0) {
      const policy = parseRateLimitPolicy(exchange.response.headers['ratelimit-policy']);
      limit = policy?.q;
      windowS = policy?.w;
      if (limit === undefined) break; // the sequence check names the missing header
      if (limit > options.maxRateLimitRequests) {
        ctx.record({
          kind: 'tenancy',
          subject: op.operationId,
          name: 'per-organization rate limit',
          status: 'not-applicable',
          problems: [
            `the limit is ${limit} requests per window; exhausting more than ${options.maxRateLimitRequests} is skipped`,
          ],
        });
        return;
      }
    }
    if (limit !== undefined && i >= limit) break;
  }
  const responses = exchanges.flatMap((e) => (e.response ? [e.response] : []));
  const last = exchanges[exchanges.length - 1]!;
  const problems = [
    ...(last.response ? [] : [`request ${exchanges.length}: ${last.error ?? 'no response'}`]),
    ...checkRateLimitSequence(responses),
    ...new Set(conformanceProblems),
  ];
  const elapsedS = (performance.now() - startedAt) / 1000;
  const seconds = elapsedS.toFixed(1);
  // Slower than one window (a distant server): the window restarted midway and the count with it.
  if (windowS !== undefined && elapsedS >= windowS) {
    ctx.record({
      kind: 'tenancy',
      subject: op.operationId,
      name: 'per-organization rate limit',
      status: 'not-applicable',
      problems: [`${exchanges.length} requests took ${seconds} s, longer than the ${windowS} s window`],
    });
    return;
  }
  if (problems.length > 0) problems.push(`after ${exchanges.length} request(s): ${describeResponse(last)}`);
  ctx.record({
    kind: 'tenancy',
    subject: op.operationId,
    name:
      `per-organization rate limit: ${exchanges.length} request(s) of a fresh organization in ${seconds} s` +
      `${limit !== undefined ? ` (RateLimit-Policy q=${limit})` : ''} → RateLimit headers, then 429 rate_limited with Retry-After`,
    status: problems.length > 0 ? 'fail' : 'pass',
    problems,
    ...(problems.length > 0
      ? { reproduction: `# the same request ${exchanges.length} times:\n${toCurl(request, ctx.secrets)}` }
      : {}),
  });
}

/** Handshake, waiting out the per-address handshake rate limit (429 `rate_limited`) a few times. */
async function openPatiently(url: string, headers: Record<string, string>) {
  for (let attempt = 0; ; attempt++) {
    const result = await WsConnection.open(url, headers);
    if (!('refusal' in result) || result.refusal.status !== 429 || attempt >= 5) return result;
    if ((jsonOf(result.refusal.body) as ErrorBody | undefined)?.error?.code !== 'rate_limited') return result;
    const wait = Math.min(5, Math.max(1, Number(result.refusal.headers['retry-after']) || 1));
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
}

/**
 * Fills a fresh organization's `/ws` connection cap (the limit from `getUsage`
 * `quotas.websocketConnections.limit`): the next handshake must be refused with 429
 * `quota_exceeded` and its details (`checkQuotaRefusal`); after closing one connection a handshake
 * must succeed again (the slot is freed, possibly a moment later).
 */
async function runWsQuotaCheck(ctx: RunContext, usageOp: OperationModel, options: TenancyCheckOptions): Promise<void> {
  const name = '/ws connection quota';
  const channel = ctx.asyncapi?.channels.find((c) => c.address === '/ws');
  const subject = channel?.id ?? 'clientChannel';
  const record = (status: CheckStatus, problems: string[], reproduction?: string) =>
    ctx.record({ kind: 'tenancy', subject, name, status, problems, ...(reproduction ? { reproduction } : {}) });
  if (!channel) return;
  const handshake = ctx.websocket(channel.id);
  const own = ctx.vars.get('apiKey');
  if (!handshake || !own || ![...Object.values(handshake.headers), ...Object.values(handshake.query)].includes(own)) {
    record('not-applicable', [`the setup scenario gives no tenant API key for the ${channel.address} handshake`]);
    return;
  }
  const key = await createOrganization(ctx, 'ws quota', subject);
  if (!key) return;
  const swap = (m: Record<string, string>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, v === own ? key : v]));
  const headers = swap(handshake.headers);
  const url = channelUrl(ctx.baseUrl, channel.address, swap(handshake.query));

  const auth = applySecurity(usageOp, ctx.openapi.securitySchemes, credentialsOf(ctx, key));
  const usageRequest = buildRequest(ctx.baseUrl, usageOp, { headers: auth?.headers ?? {}, query: auth?.query ?? {} });
  const readQuota = async () => {
    const exchange = await send(usageRequest);
    if (!exchange.response) return undefined;
    const c = checkConformance(usageOp, exchange.response, ctx.validator, ctx.openapi.errorEnvelope);
    ctx.coverage.recordStatus(usageOp.operationId, c.documentedAs, exchange.response.status, c.problems.length === 0);
    const q = (c.json as { quotas?: { websocketConnections?: { limit?: unknown; used?: unknown } } } | undefined)
      ?.quotas?.websocketConnections;
    return typeof q?.limit === 'number' ? { limit: q.limit, used: Number(q.used) } : undefined;
  };
  const quota = await readQuota();
  if (!quota) {
    record(
      'fail',
      [`${usageOp.operationId} gave no quotas.websocketConnections.limit`],
      toCurl(usageRequest, ctx.secrets),
    );
    return;
  }
  if (quota.limit > options.maxWsConnections) {
    record('not-applicable', [
      `the cap is ${quota.limit} connections; filling more than ${options.maxWsConnections} is skipped`,
    ]);
    return;
  }
  const open: WsConnection[] = [];
  const problems: string[] = [];
  try {
    for (let i = 0; i < quota.limit; i++) {
      const result = await openPatiently(url, headers);
      if (!('connection' in result)) {
        const why =
          'refusal' in result ? `HTTP ${result.refusal.status} ${result.refusal.body.slice(0, 160)}` : result.error;
        problems.push(`handshake ${i + 1} of ${quota.limit} (within the cap) refused: ${why}`);
        break;
      }
      open.push(result.connection);
    }
    if (problems.length === 0) {
      const usage = await readQuota();
      if (usage && usage.used !== quota.limit)
        problems.push(
          `${usageOp.operationId} reports ${usage.used} websocketConnections used with ${quota.limit} open`,
        );
      const past = await openPatiently(url, headers);
      if ('connection' in past) {
        open.push(past.connection);
        problems.push(`handshake ${quota.limit + 1} was accepted although the cap is ${quota.limit}`);
      } else if ('error' in past) problems.push(`handshake ${quota.limit + 1}: ${past.error}`);
      else problems.push(...checkQuotaRefusal(past.refusal, { quota: 'websocketConnections', limit: quota.limit }));
    }
    if (problems.length === 0 && open.length > 0) {
      open.shift()!.close();
      // The slot is freed when the server sees the close: retry for a few seconds.
      const deadline = Date.now() + 5000;
      let again: Awaited<ReturnType<typeof WsConnection.open>>;
      for (;;) {
        again = await openPatiently(url, headers);
        if ('connection' in again || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if ('connection' in again) open.push(again.connection);
      else
        problems.push(
          `after closing one of ${quota.limit} connections a handshake is still refused: ${
            'refusal' in again ? `HTTP ${again.refusal.status} ${again.refusal.body.slice(0, 160)}` : again.error
          }`,
        );
    }
  } finally {
    for (const conn of open) conn.close();
  }
  ctx.record({
    kind: 'tenancy',
    subject,
    name:
      `${name}: ${quota.limit} connection(s) of a fresh organization → the next handshake 429 quota_exceeded, ` +
      'closing one frees a slot',
    status: problems.length > 0 ? 'fail' : 'pass',
    problems,
    ...(problems.length > 0 ? { reproduction: frameSequence(url, headers, undefined, ctx.secrets) } : {}),
  });
}
