import type { ChannelModel } from './asyncapi-model.js';
import type { RunContext } from './run-context.js';
import { messageKey, type CheckStatus } from './report.js';
import { WsConnection, frameSequence, type Refusal } from './ws-connection.js';
import { channelUrl, checkServerFrame, errorCodeOf, frameFromExample, isErrorFrame } from './ws-frames.js';

export interface ChannelCheckOptions {
  /** handshakes fired at once to provoke the per-IP limit; 0 = skip the rate-limit check */
  rateLimitProbe: number;
  /** how long to wait for an answer frame */
  replyTimeoutMs: number;
}

const VALIDATION_CODES = new Set(['validation_failed', 'malformed_json']);

/**
 * Checks one channel against its AsyncAPI description: handshake refusals (no key, bad key,
 * rate limit), every client→server message sent from its example, every frame received valid and
 * in the right direction, invalid frames answered with `error` or a documented close code.
 */
export async function runChannelChecks(
  ctx: RunContext,
  channel: ChannelModel,
  options: ChannelCheckOptions,
): Promise<void> {
  const subject = channel.id;
  const creds = ctx.websocket(channel.id);
  const headers = creds?.headers ?? {};
  const query = creds?.query ?? {};
  const url = channelUrl(ctx.baseUrl, channel.address, query);
  const bareUrl = channelUrl(ctx.baseUrl, channel.address, {});
  const record = (name: string, status: CheckStatus, problems: string[], reproduction?: string) =>
    ctx.record({
      kind: 'ws',
      subject,
      name,
      status,
      problems,
      ...(status === 'fail' && reproduction ? { reproduction } : {}),
    });
  const documentedCloses = channel.closeCodes.map((c) => c.code);

  // 1. Refused handshakes: no credentials, wrong credentials.
  const noKey = await WsConnection.open(bareUrl, {});
  if (servedNot(noKey)) return reportUnreachable(ctx, channel, describeRefusal(noKey));
  judgeRefusal(
    record,
    'handshake without credentials → 401/403',
    noKey,
    [401, 403],
    frameSequence(bareUrl, {}, undefined, ctx.secrets),
  );
  const credentialNames = Object.keys(headers).length > 0 ? Object.keys(headers) : requiredHeaders(channel);
  if (credentialNames.length > 0) {
    const wrong = Object.fromEntries(
      credentialNames.map((h) => [h, h.toLowerCase() === 'authorization' ? 'Bearer ct-wrong-key' : 'ct-wrong-key']),
    );
    const badKey = await WsConnection.open(bareUrl, wrong);
    judgeRefusal(
      record,
      'handshake with wrong credentials → 401/403',
      badKey,
      [401, 403],
      frameSequence(bareUrl, wrong, undefined, ctx.secrets),
    );
  }

  if (!creds || creds.missing.length > 0 || Object.keys({ ...headers, ...query }).length === 0) {
    // Blocked by a setup step answering 501 (no gateway yet → no gateway key): N-I. Otherwise the
    // setup scenario is incomplete, which is a failure of the test suite itself.
    const blocked = !!creds && creds.missing.length > 0 && ctx.setupNotImplemented.length > 0;
    const why = !creds
      ? `the setup scenario has no websocket.${channel.id} entry with handshake credentials`
      : `no credentials for the handshake (setup did not provide ${creds.missing.join(', ') || 'any'}` +
        (blocked ? `; setup steps not implemented: ${ctx.setupNotImplemented.join('; ')})` : ')');
    if (blocked) ctx.coverage.unreachableChannels.set(channel.id, why);
    record('handshake with valid credentials', blocked ? 'not-implemented' : 'fail', [why]);
    return reportUncovered(ctx, channel);
  }
  // 2. Handshake parameters other than credentials (resume positions …) with a value their schema refuses.
  for (const { where, name, schema } of handshakeParameters(channel)) {
    if (name in headers || name in query || /auth|key|token/i.test(name)) continue;
    if (!(schema.pattern || schema.enum || (schema.type && schema.type !== 'string'))) continue;
    const bad = 'not-valid!';
    const badUrl = channelUrl(ctx.baseUrl, channel.address, where === 'query' ? { ...query, [name]: bad } : query);
    const badHeaders = where === 'header' ? { ...headers, [name]: bad } : headers;
    const result = await WsConnection.open(badUrl, badHeaders);
    const label = `handshake with invalid ${where} "${name}" → 400`;
    const reproduction = frameSequence(badUrl, badHeaders, undefined, ctx.secrets);
    if ('connection' in result) {
      result.connection.close();
      record(label, 'fail', [`"${name}: ${bad}" violates its schema but the handshake was accepted`], reproduction);
    } else judgeRefusal(record, label, result, [400, 422], reproduction);
  }

  // 3. A real connection.
  const opened = await WsConnection.open(url, headers);
  if (!('connection' in opened)) {
    const why = describeRefusal(opened);
    ctx.coverage.unreachableChannels.set(channel.id, why);
    record(
      'handshake with valid credentials',
      servedNot(opened) ? 'not-implemented' : 'fail',
      [why],
      frameSequence(url, headers, undefined, ctx.secrets),
    );
    return reportUncovered(ctx, channel);
  }
  let conn = opened.connection;
  record('handshake with valid credentials', 'pass', []);
  let checked = 0;
  const newFrameProblems = () => {
    const problems = conn.frames.slice(checked).flatMap((f) => checkServerFrame(ctx, channel, f).problems);
    checked = conn.frames.length;
    return problems;
  };
  const reopen = async () => {
    if (conn.isOpen) return true;
    const again = await WsConnection.open(url, headers);
    if (!('connection' in again)) return false;
    conn = again.connection;
    checked = 0;
    return true;
  };
  await conn.waitFor((frames) => frames.length > 0, options.replyTimeoutMs);
  const initial = newFrameProblems();
  record(
    'frames sent after the handshake match the spec',
    initial.length > 0 ? 'fail' : 'pass',
    initial,
    frameSequence(url, headers, conn, ctx.secrets),
  );

  try {
    // 4. Every client→server message, from its example.
    for (const message of channel.messages.filter((m) => m.direction === 'client-to-server')) {
      const name = `send "${message.type}" from its example`;
      if (message.examples.length === 0) {
        record(name, 'fail', [`message "${message.type}" has no example in the spec`]);
        continue;
      }
      if (!(await reopen())) {
        record(name, 'fail', ['could not reconnect']);
        continue;
      }
      const start = conn.frames.length;
      const replies = channel.replies[message.type] ?? [];
      conn.send(frameFromExample(message.examples[0]));
      const answered = await conn.waitFor(
        (frames) =>
          frames
            .slice(start)
            .some((f) => isErrorFrame(f) || replies.includes(String((f.json as { type?: unknown })?.type))),
        replies.length > 0 ? options.replyTimeoutMs : Math.min(options.replyTimeoutMs, 500),
      );
      const problems = newFrameProblems();
      const answer = conn.frames
        .slice(start)
        .find((f) => isErrorFrame(f) || replies.includes(String((f.json as { type?: unknown })?.type)));
      if (answer && isErrorFrame(answer) && VALIDATION_CODES.has(errorCodeOf(answer) ?? '')) {
        problems.unshift(`the spec's own example was rejected as invalid (${errorCodeOf(answer)})`);
      } else if (replies.length > 0 && !answered) {
        problems.unshift(`no "${replies.join('" or "')}" (or "error") reply`);
      }
      if (conn.closed) problems.push(`the server closed the connection (${conn.closed.code} ${conn.closed.reason})`);
      if (problems.length === 0) ctx.coverage.recordMessage(channel.id, 'client-to-server', message.type);
      record(name, problems.length > 0 ? 'fail' : 'pass', problems, frameSequence(url, headers, conn, ctx.secrets));
    }

    // 5. Invalid frames: each must get an `error` frame or a documented close code.
    const example = channel.messages.find((m) => m.direction === 'client-to-server' && m.examples.length > 0)
      ?.examples[0];
    const invalid: { name: string; frame: string }[] = [
      { name: 'frame that is not JSON', frame: 'this is not json {' },
      {
        name: 'unknown message type',
        frame: JSON.stringify({ type: 'contract.test.unknown', timestamp: new Date().toISOString(), payload: {} }),
      },
      ...(example && typeof example === 'object'
        ? [
            {
              name: 'known type, payload violating its schema',
              frame: JSON.stringify({ ...example, payload: 'not-an-object', timestamp: 12 }),
            },
          ]
        : []),
    ];
    for (const { name, frame } of invalid) {
      if (!(await reopen())) {
        record(`invalid frame: ${name}`, 'fail', ['could not reconnect']);
        continue;
      }
      const start = conn.frames.length;
      conn.send(frame);
      await conn.waitFor((frames) => frames.slice(start).some(isErrorFrame), options.replyTimeoutMs);
      const problems = newFrameProblems();
      const gotError = conn.frames.slice(start).some(isErrorFrame);
      if (!gotError) {
        if (!conn.closed) problems.unshift('invalid frame was ignored: no "error" frame and no close');
        else if (!documentedCloses.includes(conn.closed.code))
          problems.unshift(`closed with undocumented code ${conn.closed.code}`);
      }
      record(
        `invalid frame: ${name} → error or documented close`,
        problems.length > 0 ? 'fail' : 'pass',
        problems,
        frameSequence(url, headers, conn, ctx.secrets),
      );
    }

    // 6. Oversize frame → 1009 (when documented).
    const limit = frameLimit(channel);
    if (await reopen()) {
      const start = conn.frames.length;
      conn.send(
        JSON.stringify({
          type: 'ping',
          timestamp: new Date().toISOString(),
          payload: { pad: 'x'.repeat(limit + 1024) },
        }),
      );
      const closed = await conn.waitForClose(options.replyTimeoutMs * 2);
      const problems = newFrameProblems();
      const expected = documentedCloses.includes(1009) ? [1009] : documentedCloses;
      if (!closed) {
        if (!conn.frames.slice(start).some(isErrorFrame))
          problems.unshift(`a ${limit + 1024}-byte frame (limit ${limit}) was accepted: no close, no error`);
      } else if (expected.length > 0 && !expected.includes(closed.code)) {
        problems.unshift(`oversize frame closed with ${closed.code}, expected ${expected.join(' or ')}`);
      }
      record(
        `oversize frame (${limit + 1024} bytes) → close ${expected.join('/') || 'documented code'}`,
        problems.length > 0 ? 'fail' : 'pass',
        problems,
        frameSequence(url, headers, conn, ctx.secrets),
      );
    }
  } finally {
    conn.close();
  }

  // 7. Rate limit of handshakes per source IP → 429 with Retry-After (last: it uses the budget up).
  if (options.rateLimitProbe > 0 && /\b429\b/.test(channel.description)) {
    const attempts = await Promise.all(
      Array.from({ length: options.rateLimitProbe }, () => WsConnection.open(url, headers)),
    );
    const limited = attempts.find((a): a is { refusal: Refusal } => 'refusal' in a && a.refusal.status === 429);
    for (const a of attempts) if ('connection' in a) a.connection.close();
    const problems: string[] = [];
    if (!limited) problems.push(`no handshake of ${options.rateLimitProbe} at once was refused with 429`);
    else {
      if (!limited.refusal.headers['retry-after']) problems.push('429 refusal has no Retry-After header');
      if (!isEnvelopeText(limited.refusal.body))
        problems.push(`429 refusal body is not the error envelope: ${limited.refusal.body.slice(0, 120)}`);
    }
    record(
      `handshake rate limit → 429 with Retry-After (${options.rateLimitProbe} handshakes at once)`,
      problems.length > 0 ? 'fail' : 'pass',
      problems,
      `${options.rateLimitProbe} × connect ${url} at once`,
    );
  }
  reportUncovered(ctx, channel);
}

function servedNot(result: Awaited<ReturnType<typeof WsConnection.open>>): boolean {
  return ('refusal' in result && (result.refusal.status === 404 || result.refusal.status === 501)) || 'error' in result;
}

function describeRefusal(result: Awaited<ReturnType<typeof WsConnection.open>>): string {
  if ('refusal' in result)
    return `handshake refused with HTTP ${result.refusal.status} ${result.refusal.body.slice(0, 120)}`.trim();
  if ('error' in result) return `handshake failed: ${result.error}`;
  return 'handshake accepted';
}

function judgeRefusal(
  record: (name: string, status: CheckStatus, problems: string[], reproduction?: string) => void,
  name: string,
  result: Awaited<ReturnType<typeof WsConnection.open>>,
  allowed: number[],
  reproduction: string,
): void {
  if ('connection' in result) {
    result.connection.close();
    record(name, 'fail', ['security not enforced: the handshake was accepted'], reproduction);
    return;
  }
  if ('error' in result) {
    record(name, 'fail', [result.error], reproduction);
    return;
  }
  const problems: string[] = [];
  if (!allowed.includes(result.refusal.status))
    problems.push(`refused with HTTP ${result.refusal.status}, expected ${allowed.join(' or ')}`);
  if (!isEnvelopeText(result.refusal.body))
    problems.push(`refusal body is not the JSON error envelope: ${result.refusal.body.slice(0, 120)}`);
  record(name, problems.length > 0 ? 'fail' : 'pass', problems, reproduction);
}

function isEnvelopeText(text: string): boolean {
  try {
    const e = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    return !!e && typeof e.code === 'string' && typeof e.message === 'string';
  } catch {
    return false;
  }
}

function reportUnreachable(ctx: RunContext, channel: ChannelModel, why: string): void {
  ctx.coverage.unreachableChannels.set(channel.id, why);
  ctx.record({
    kind: 'ws',
    subject: channel.id,
    name: 'channel is served',
    status: 'not-implemented',
    problems: [`channel unreachable: ${why}`],
  });
  reportUncovered(ctx, channel);
}

/** One line per message nobody exercised, so the gap is visible in the check list too. */
function reportUncovered(ctx: RunContext, channel: ChannelModel): void {
  const unreachable = ctx.coverage.unreachableChannels.get(channel.id);
  for (const m of channel.messages) {
    const entry = [...ctx.coverage.messages.values()].find(
      (e) => e.channel === channel.id && e.direction === m.direction && e.type === m.type,
    );
    if (entry?.exercised) continue;
    const blocked = ctx.coverage.notImplementedMessages.has(messageKey(channel.id, m.direction, m.type));
    ctx.record({
      kind: 'ws-coverage',
      subject: `${channel.id}/${m.type}`,
      name: `${m.direction === 'server-to-client' ? 'server→client' : 'client→server'} message exercised`,
      status: unreachable || blocked ? 'not-implemented' : 'fail',
      problems: [
        unreachable
          ? 'not covered: channel unreachable (see the channel line above)'
          : blocked
            ? 'not implemented: the scenario that produces it stopped at a not-implemented step'
            : 'not covered: no check or scenario produced this message',
      ],
    });
  }
}

function handshakeParameters(
  channel: ChannelModel,
): { where: 'header' | 'query'; name: string; schema: Record<string, unknown> }[] {
  const list = (where: 'header' | 'query', schema: Record<string, unknown> | undefined) =>
    Object.entries((schema?.properties ?? {}) as Record<string, Record<string, unknown>>).map(([name, s]) => ({
      where,
      name,
      schema: s,
    }));
  return [...list('header', channel.handshake.headers), ...list('query', channel.handshake.query)];
}

function requiredHeaders(channel: ChannelModel): string[] {
  const required = channel.handshake.headers?.required;
  return Array.isArray(required) ? required.filter((h): h is string => typeof h === 'string') : [];
}

/** The frame size limit: the size named in the 1009 close code's `when`, else 1 MiB. */
function frameLimit(channel: ChannelModel): number {
  const text = channel.closeCodes.find((c) => c.code === 1009)?.when ?? '';
  const m = /(\d+)\s*(KiB|KB|MiB|MB|bytes)/i.exec(text);
  if (m) {
    const n = Number(m[1]);
    const unit = m[2]!.toLowerCase();
    return unit.startsWith('k') ? n * 1024 : unit.startsWith('m') ? n * 1024 * 1024 : n;
  }
  return 1024 * 1024;
}
