import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadOpenApi, type OpenApiModel } from '../../contract-tests/openapi-model.js';
import type { AsyncApiModel } from '../../contract-tests/asyncapi-model.js';
import { SchemaValidator } from '../../contract-tests/json-schema.js';
import { checkConformance, type HttpResponse } from '../../contract-tests/http-exchange.js';
import { Coverage, type CheckResult } from '../../contract-tests/report.js';
import type { RunContext } from '../../contract-tests/run-context.js';
import {
  checkQuotaRefusal,
  checkRateLimitSequence,
  parseRateLimit,
  parseRateLimitPolicy,
  runTenancyChecks,
} from '../../contract-tests/tenancy-checks.js';
import {
  ADMIN_TOKEN,
  RATE_LIMIT,
  WS_CAP,
  startTenancyFixtureServer,
  type TenancyDefect,
} from './support/tenancy-fixture-server.js';

const spec = fileURLToPath(new URL('./fixtures/tenancy-openapi.yaml', import.meta.url));

/** Answers of a correct server with limit `q`: q × 200 counting down, then 429. */
function correctSequence(q = 3): HttpResponse[] {
  const ok = Array.from({ length: q }, (_, i) => ({
    status: 200,
    headers: { 'ratelimit-policy': `"teams";q=${q};w=60`, ratelimit: `"teams";r=${q - 1 - i};t=${60 - i}` },
    text: '{}',
  }));
  const refused = {
    status: 429,
    headers: { 'retry-after': '57', 'ratelimit-policy': `"teams";q=${q};w=60`, ratelimit: '"teams";r=0;t=57' },
    text: JSON.stringify({
      error: {
        code: 'rate_limited',
        message: 'slow down',
        correlationId: 'c',
        details: { limit: q, retryAfterSeconds: 57 },
      },
    }),
  };
  return [...ok, refused];
}

describe('contract-test tenancy checks', () => {
  describe('RateLimit header parsing', () => {
    it('reads the first list member of draft-08 RateLimit-Policy and RateLimit', () => {
      expect(parseRateLimitPolicy('"teams";q=500;w=60')).to.deep.equal({ name: 'teams', q: 500, w: 60 });
      expect(parseRateLimitPolicy('default;q=10, "burst";q=2;w=1')).to.deep.equal({ name: 'default', q: 10 });
      expect(parseRateLimit('"teams";r=499;t=60')).to.deep.equal({ name: 'teams', r: 499, t: 60 });
      expect(parseRateLimit(' "a" ; r=0 ; t=1 ')).to.deep.equal({ name: 'a', r: 0, t: 1 });
      expect(parseRateLimitPolicy(undefined)).to.equal(undefined);
      expect(parseRateLimitPolicy('"teams";w=60')).to.equal(undefined);
      expect(parseRateLimit('limit=100, remaining=5')).to.equal(undefined);
      expect(parseRateLimit('"teams";r=abc;t=1')).to.equal(undefined);
    });
  });

  describe('checkRateLimitSequence', () => {
    it('accepts headers that count down to r=0 followed by 429 rate_limited with Retry-After', () => {
      expect(checkRateLimitSequence(correctSequence())).to.deep.equal([]);
    });

    const broken: { name: string; change: (s: HttpResponse[]) => void; reported: RegExp }[] = [
      {
        name: 'a 2xx without RateLimit-Policy',
        change: (s) => delete s[1]!.headers['ratelimit-policy'],
        reported: /request 2 \(HTTP 200\): RateLimit-Policy is missing/,
      },
      {
        name: 'a 2xx without RateLimit',
        change: (s) => delete s[0]!.headers.ratelimit,
        reported: /request 1 \(HTTP 200\): RateLimit is missing/,
      },
      {
        name: 'r not going down by one',
        change: (s) => (s[1]!.headers.ratelimit = '"teams";r=2;t=59'),
        reported: /request 2: RateLimit r=2 after r=2/,
      },
      {
        name: 'RateLimit naming another policy',
        change: (s) => (s[0]!.headers.ratelimit = '"other";r=2;t=59'),
        reported: /RateLimit names policy "other", RateLimit-Policy "teams"/,
      },
      {
        name: 't past the window',
        change: (s) => (s[0]!.headers.ratelimit = '"teams";r=2;t=600'),
        reported: /t=600 is outside the window w=60/,
      },
      {
        name: 'a 429 without Retry-After',
        change: (s) => delete s[3]!.headers['retry-after'],
        reported: /429 without a Retry-After header/,
      },
      {
        name: 'Retry-After 0',
        change: (s) => (s[3]!.headers['retry-after'] = '0'),
        reported: /Retry-After "0" is not a whole number of seconds ≥ 1/,
      },
      {
        name: 'a 429 outside the envelope',
        change: (s) => (s[3]!.text = 'slow down'),
        reported: /429 body is not the error envelope: slow down/,
      },
      {
        name: 'a 429 with another error code',
        change: (s) => (s[3]!.text = JSON.stringify({ error: { code: 'quota_exceeded', message: 'm' } })),
        reported: /429 error code is "quota_exceeded", expected "rate_limited"/,
      },
      {
        name: 'details naming another limit',
        change: (s) =>
          (s[3]!.text = JSON.stringify({ error: { code: 'rate_limited', message: 'm', details: { limit: 7 } } })),
        reported: /details.limit 7 is not the policy's q=3/,
      },
      {
        name: 'the refusal being another status',
        change: (s) => (s[3]!.status = 503),
        reported: /request 4 was answered HTTP 503; the first request past the limit must get 429/,
      },
      {
        name: 'a refusal while requests are left',
        change: (s) => s.splice(2, 1, s[3]!),
        reported: /request 3 was refused with 429 although the previous one left r=1/,
      },
      {
        name: 'no refusal at all',
        change: (s) => s.pop(),
        reported: /3 requests against a limit of q=3 and none was refused with 429/,
      },
    ];
    for (const { name, change, reported } of broken) {
      it(`fails ${name}`, () => {
        const sequence = correctSequence();
        change(sequence);
        expect(checkRateLimitSequence(sequence).join('\n')).to.match(reported);
      });
    }
  });

  describe('checkQuotaRefusal', () => {
    const body = (error: unknown) => JSON.stringify({ error });
    const refusal = (status: number, error: unknown) => ({ status, headers: {}, body: body(error) });
    const details = { quota: 'websocketConnections', limit: 5, used: 5, resetsAt: null };
    const expected = { quota: 'websocketConnections', limit: 5 };

    it('accepts 429 quota_exceeded with the documented details', () => {
      const ok = refusal(429, { code: 'quota_exceeded', message: 'm', correlationId: 'c', details });
      expect(checkQuotaRefusal(ok, expected)).to.deep.equal([]);
    });

    it('fails another status, another code, missing or wrong details, a body outside the envelope', () => {
      const problems = (r: ReturnType<typeof refusal>) => checkQuotaRefusal(r, expected).join('\n');
      expect(problems(refusal(503, { code: 'quota_exceeded', message: 'm', details }))).to.match(
        /HTTP 503, expected 429/,
      );
      expect(problems(refusal(429, { code: 'rate_limited', message: 'm', details }))).to.match(
        /error code is "rate_limited", expected "quota_exceeded"/,
      );
      expect(problems(refusal(429, { code: 'quota_exceeded', message: 'm' }))).to.match(/no details/);
      expect(
        problems(refusal(429, { code: 'quota_exceeded', message: 'm', details: { ...details, limit: 9, used: 1 } })),
      ).to.match(/details.limit is 9, expected 5\n.*details.used is 1/);
      expect(problems({ status: 429, headers: {}, body: 'full' })).to.match(/not the error envelope: full/);
    });
  });

  it('validates documented response headers against their schemas (a malformed RateLimit fails)', async () => {
    const openapi = await loadOpenApi(spec);
    const op = openapi.operations.find((o) => o.operationId === 'getUsage')!;
    const response = (ratelimit: string): HttpResponse => ({
      status: 200,
      headers: { 'content-type': 'application/json', ratelimit, 'ratelimit-policy': '"teams";q=5;w=60' },
      text: '{}',
    });
    const validator = new SchemaValidator();
    expect(checkConformance(op, response('"teams";r=4;t=60'), validator).problems).to.deep.equal([]);
    expect(checkConformance(op, response('remaining=4'), validator).problems.join('\n')).to.match(
      /response header ratelimit: .*must match pattern/,
    );
  });

  describe('against a server (fixture)', () => {
    let openapi: OpenApiModel;
    before(async () => {
      openapi = await loadOpenApi(spec);
    });

    /** Runs the tenancy checks as the runner does and returns what they recorded. */
    async function run(defects: TenancyDefect[], adminToken: string | null = ADMIN_TOKEN) {
      const server = await startTenancyFixtureServer(defects);
      const checks: CheckResult[] = [];
      const asyncapi = {
        title: 'tenancy',
        channels: [
          {
            id: 'clientChannel',
            address: '/ws',
            description: '',
            messages: [],
            closeCodes: [],
            replies: {},
            handshake: {},
          },
        ],
      } satisfies AsyncApiModel;
      // The run's own tenant: the checks create fresh organizations and swap this key for theirs.
      const own = 'primary-tenant-key';
      const ctx: RunContext = {
        baseUrl: server.url,
        openapi,
        asyncapi,
        validator: new SchemaValidator(),
        coverage: new Coverage(openapi, asyncapi),
        vars: new Map([
          ['apiKey', own],
          ['run', 'test'],
        ]),
        secrets: new Map(),
        credentials: () => ({ ...(adminToken ? { adminToken } : {}), tenantApiKey: own }),
        otherCredentials: () => ({}),
        websocket: () => ({ headers: { 'x-api-key': own }, query: {}, missing: [] }),
        setupNotImplemented: [],
        record: (check) => checks.push(check),
        seed: () => 1,
      };
      try {
        await runTenancyChecks(ctx);
      } finally {
        await server.close();
      }
      const line = (pattern: RegExp) => checks.find((c) => pattern.test(c.name));
      return { checks, rate: line(/^per-organization rate limit/), quota: line(/^\/ws connection quota/), ctx };
    }

    it('passes a server whose limits work as documented', async () => {
      const { checks, rate, quota, ctx } = await run([]);
      expect(
        checks.filter((c) => c.status !== 'pass').map((c) => `${c.name}: ${c.problems.join(' | ')}`),
      ).to.deep.equal([]);
      expect(rate?.name).to.include(`${RATE_LIMIT + 1} request(s)`);
      expect(rate?.name).to.include(`q=${RATE_LIMIT}`);
      expect(quota?.name).to.include(`${WS_CAP} connection(s)`);
      // the 429 counts as the documented status it is
      expect(ctx.coverage.statuses.get('getUsage')?.get('429')).to.equal(1);
    });

    const defects: { defect: TenancyDefect; check: 'rate' | 'quota'; reported: RegExp }[] = [
      {
        defect: 'no-ratelimit-headers',
        check: 'rate',
        reported: /request 1 \(HTTP 200\): RateLimit-Policy is missing/,
      },
      { defect: 'no-retry-after', check: 'rate', reported: /429 without a Retry-After header/ },
      { defect: 'plain-text-429', check: 'rate', reported: /429 body is not the error envelope: slow down/ },
      {
        defect: 'never-limited',
        check: 'rate',
        reported: /request 6 was answered HTTP 200 although the previous one left r=0/,
      },
      { defect: 'remaining-stuck', check: 'rate', reported: /request 2: RateLimit r=4 after r=4/ },
      { defect: 'quota-not-enforced', check: 'quota', reported: /handshake 4 was accepted although the cap is 3/ },
      { defect: 'quota-plain-refusal', check: 'quota', reported: /refused with HTTP 503, expected 429/ },
      {
        defect: 'slot-not-freed',
        check: 'quota',
        reported: /after closing one of 3 connections a handshake is still refused/,
      },
    ];
    for (const { defect, check, reported } of defects) {
      it(`fails a server with the defect "${defect}"`, async function () {
        if (defect === 'slot-not-freed') this.timeout(30_000); // the check waits 5 s for the slot
        const result = await run([defect]);
        const failed = result[check];
        expect(failed?.status, JSON.stringify(result.checks)).to.equal('fail');
        expect(failed?.problems.join('\n')).to.match(reported);
        expect(result[check === 'rate' ? 'quota' : 'rate']?.status).to.equal('pass');
      });
    }

    it('reports "not applicable" without the admin token (it cannot create a fresh organization)', async () => {
      const { checks } = await run([], null);
      expect(checks.map((c) => [c.status, c.problems[0]])).to.deep.equal([
        ['not-applicable', 'needs --admin-token to create a fresh organization'],
        ['not-applicable', 'needs --admin-token to create a fresh organization'],
      ]);
    });
  });
});
