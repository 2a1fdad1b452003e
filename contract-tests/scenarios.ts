import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { exchangeCheck } from './rest-checks.js';
import { describeResponse, type Conformance, type Exchange } from './http-exchange.js';
import { applySecurity, interpolate, interpolateMap, type Credentials, type RunContext } from './run-context.js';
import type { CheckStatus } from './report.js';
import type { ChannelModel } from './asyncapi-model.js';
import { WsConnection, frameSequence } from './ws-connection.js';
import { channelUrl, checkServerFrame } from './ws-frames.js';
import { textOf } from './json-schema.js';

/** A REST step: one operation, its inputs, what must come back and what to remember. */
export interface RestStep {
  name?: string;
  operation: string;
  /** `primary` (default), `other` (the second tenant), `none`, or scheme → value */
  auth?: 'primary' | 'other' | 'none' | Record<string, string>;
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  expect?: { status?: number | number[]; body?: unknown; contains?: string; notContains?: string };
  /** variable → dotted path in the response body (`org.id`) */
  capture?: Record<string, string>;
  /** run only when this variable is not set (e.g. skip creating a key given with --api-key) */
  unless?: string;
  /** run only when this variable is set */
  when?: string;
}

/** A WebSocket step: connect, send a frame, expect a frame, expect the close, or close. */
export interface WsStep {
  name?: string;
  ws: 'connect' | 'send' | 'expect' | 'expect-close' | 'close';
  /** connection name */
  as: string;
  channel?: string;
  headers?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** send: the frame; expect: the message type */
  message?: unknown;
  /** expect: subset the frame must contain */
  match?: unknown;
  /** expect-close: allowed close codes */
  codes?: number[];
  timeoutMs?: number;
  capture?: Record<string, string>;
  unless?: string;
  when?: string;
}

export type ScenarioStep = RestStep | WsStep;

export interface Scenario {
  file: string;
  name: string;
  description?: string;
  /** a setup scenario runs first and defines the run's credentials */
  setup?: boolean;
  /** keep going after a failing or not-implemented step (setup: later steps are independent) */
  continueOnFailure?: boolean;
  credentials?: Record<string, string>;
  otherCredentials?: Record<string, string>;
  websocket?: Record<string, { headers?: Record<string, string>; query?: Record<string, string> }>;
  steps: ScenarioStep[];
}

/** Loads every `*.yaml`/`*.yml`/`*.json` scenario in `dir`, setup scenarios first, then by name. */
export async function loadScenarios(dir: string): Promise<Scenario[]> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  } catch {
    return [];
  }
  const scenarios: Scenario[] = [];
  for (const file of files) {
    const raw = parseYaml(await readFile(path.join(dir, file), 'utf8')) as Partial<Scenario> | null;
    if (!raw || !Array.isArray(raw.steps)) throw new Error(`${file}: a scenario needs a "steps" list`);
    scenarios.push({ ...raw, file, name: raw.name ?? file, steps: raw.steps });
  }
  return [...scenarios.filter((s) => s.setup), ...scenarios.filter((s) => !s.setup)];
}

interface OpenConnection {
  conn: WsConnection;
  channel: ChannelModel;
  url: string;
  headers: Record<string, string>;
  /** frames already checked */
  checked: number;
}

/**
 * Runs one scenario. Variables captured by a setup scenario are kept for the whole run; others
 * are local. The scenario stops at its first failing or not-implemented step; the steps not run
 * are named in that step's line.
 */
export async function runScenario(ctx: RunContext, scenario: Scenario): Promise<void> {
  const vars = scenario.setup ? ctx.vars : new Map(ctx.vars);
  const kind = scenario.setup ? 'setup' : 'scenario';
  const connections = new Map<string, OpenConnection>();
  const subject = scenario.name;
  try {
    for (const [index, step] of scenario.steps.entries()) {
      if (step.unless && vars.has(step.unless)) continue;
      if (step.when && !vars.has(step.when)) continue;
      const label = `step ${index + 1}: ${step.name ?? describeStep(step)}`;
      const left = scenario.steps.length - index - 1;
      const stopped = (status: CheckStatus) =>
        status !== 'pass' && left > 0 && !scenario.continueOnFailure ? [`${left} later step(s) not run`] : [];
      const status =
        'ws' in step
          ? await runWsStep(ctx, scenario, step, vars, connections, label, stopped)
          : await runRestStep(ctx, scenario, step, vars, label, stopped);
      if (status === 'not-implemented') recordBlockedSteps(ctx, scenario, index);
      if (status !== 'pass' && !scenario.continueOnFailure) return;
    }
    // Every frame received on the scenario's connections must match the spec, awaited or not.
    for (const [name, open] of connections) {
      const problems = checkNewFrames(ctx, open);
      if (problems.length > 0) {
        ctx.record({
          kind,
          subject,
          name: `frames received on "${name}"`,
          status: 'fail',
          problems,
          reproduction: frameSequence(open.url, open.headers, open.conn, ctx.secrets),
        });
      }
    }
  } finally {
    for (const open of connections.values()) open.conn.close();
  }
}

/**
 * A scenario step that is not implemented blocks what the scenario would exercise after it: the
 * operations it calls and the server messages it expects from that step on are reported as not
 * implemented rather than as not covered (an operation covered elsewhere stays covered).
 */
function recordBlockedSteps(ctx: RunContext, scenario: Scenario, fromIndex: number): void {
  const channelOf = new Map<string, string>();
  for (const step of scenario.steps) {
    if (!('ws' in step) || step.ws !== 'connect') continue;
    const channel = ctx.asyncapi?.channels.find((c) => c.id === step.channel || c.address === step.channel);
    if (channel) channelOf.set(step.as, channel.id);
  }
  for (const step of scenario.steps.slice(fromIndex)) {
    if (!('ws' in step)) {
      ctx.coverage.notImplemented.add(step.operation);
      continue;
    }
    if (step.ws !== 'expect') continue;
    const channel = channelOf.get(step.as);
    if (channel) ctx.coverage.recordMessageNotImplemented(channel, 'server-to-client', String(step.message));
  }
}

function describeStep(step: ScenarioStep): string {
  if ('ws' in step) {
    const type =
      typeof step.message === 'string' ? step.message : (step.message as { type?: unknown } | undefined)?.type;
    return `ws ${step.ws} ${step.as}${type !== undefined ? ` ${textOf(type)}` : ''}`;
  }
  const status = step.expect?.status;
  return `${step.operation}${status !== undefined ? ` → ${Array.isArray(status) ? status.join('|') : status}` : ''}`;
}

function credentialsFor(ctx: RunContext, auth: RestStep['auth'], vars: Map<string, string>): Credentials {
  if (auth === 'none') return {};
  if (auth === 'other') return ctx.otherCredentials();
  if (auth && typeof auth === 'object') return interpolateMap(auth, vars);
  return ctx.credentials();
}

async function runRestStep(
  ctx: RunContext,
  scenario: Scenario,
  step: RestStep,
  vars: Map<string, string>,
  label: string,
  stopped: (s: CheckStatus) => string[],
): Promise<CheckStatus> {
  const kind = scenario.setup ? 'setup' : 'scenario';
  const op = ctx.openapi.operations.find((o) => o.operationId === step.operation);
  if (!op) {
    ctx.record({
      kind,
      subject: scenario.name,
      name: label,
      status: 'fail',
      problems: [`operation "${step.operation}" is not in the OpenAPI spec`],
    });
    return 'fail';
  }
  const auth =
    step.auth === 'none'
      ? { headers: {}, query: {} }
      : applySecurity(op, ctx.openapi.securitySchemes, credentialsFor(ctx, step.auth, vars));
  if (!auth) {
    ctx.record({
      kind,
      subject: scenario.name,
      name: label,
      status: 'fail',
      problems: [
        `no credentials for ${JSON.stringify(op.security)}: the setup scenario did not provide them`,
        ...stopped('fail'),
      ],
    });
    return 'fail';
  }
  const missing: string[] = [];
  const resolve = (map: Record<string, unknown> | undefined) => {
    const out = interpolateMap(map, vars);
    for (const k of Object.keys(map ?? {})) if (!(k in out)) missing.push(k);
    return out;
  };
  const pathParams = resolve(step.params);
  const query = resolve(step.query);
  const headers = resolve(step.headers);
  const body = step.body === undefined ? undefined : interpolate(step.body, vars);
  if (missing.length > 0) {
    ctx.record({
      kind,
      subject: scenario.name,
      name: label,
      status: 'fail',
      problems: [`variables not set for ${missing.join(', ')} (an earlier capture failed)`, ...stopped('fail')],
    });
    return 'fail';
  }
  const expected = step.expect?.status === undefined ? undefined : ([] as number[]).concat(step.expect.status);
  const judge = (exchange: Exchange, c: Conformance | undefined) => {
    if (!exchange.response || !c)
      return { status: 'fail' as const, problems: [exchange.error ?? 'no response', ...stopped('fail')] };
    const status = exchange.response.status;
    if (status === 501 && !expected?.includes(501)) {
      return {
        status: 'not-implemented' as const,
        problems: [`HTTP 501 not implemented`, ...stopped('not-implemented')],
      };
    }
    const problems = [...c.problems];
    if (expected && !expected.includes(status))
      problems.unshift(`expected HTTP ${expected.join(' or ')}, got ${status}`);
    const text = exchange.response.text;
    if (step.expect?.body !== undefined) {
      const want = interpolate(step.expect.body, vars);
      const diff = subsetDiff(want, c.json, '');
      if (diff) problems.push(`response body: ${diff}`);
    }
    if (step.expect?.contains !== undefined) {
      const needle = String(interpolate(step.expect.contains, vars));
      if (!text.includes(needle)) problems.push(`response does not contain "${needle}"`);
    }
    if (step.expect?.notContains !== undefined) {
      const needle = String(interpolate(step.expect.notContains, vars));
      if (text.includes(needle)) problems.push(`response still contains "${needle}"`);
    }
    for (const [name, p] of Object.entries(step.capture ?? {})) {
      const value = pick(c.json, p);
      if (value === undefined || value === null) problems.push(`cannot capture ${name}: response has no ${p}`);
      else vars.set(name, textOf(value));
    }
    if (problems.length > 0) problems.push(describeResponse(exchange), ...stopped('fail'));
    return { status: problems.length > 0 ? ('fail' as const) : ('pass' as const), problems };
  };
  const { verdict } = await exchangeCheck(
    ctx,
    op,
    kind,
    label,
    {
      pathParams,
      query: { ...query, ...auth.query },
      headers: { ...headers, ...auth.headers },
      ...(body !== undefined ? { body: { value: body } } : {}),
    },
    judge,
    scenario.name,
  );
  // Captured secrets must not show up in reproductions.
  for (const name of Object.keys(step.capture ?? {})) {
    const value = vars.get(name);
    if (value && /key|token|secret/i.test(name))
      ctx.secrets.set(value, `CT_${name.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`);
  }
  return verdict.status;
}

async function runWsStep(
  ctx: RunContext,
  scenario: Scenario,
  step: WsStep,
  vars: Map<string, string>,
  connections: Map<string, OpenConnection>,
  label: string,
  stopped: (s: CheckStatus) => string[],
): Promise<CheckStatus> {
  const kind = scenario.setup ? 'setup' : 'scenario';
  const subject = scenario.name;
  const record = (status: CheckStatus, problems: string[], open?: OpenConnection) => {
    ctx.record({
      kind,
      subject,
      name: label,
      status,
      problems: status === 'pass' ? problems : [...problems, ...stopped(status)],
      ...(status === 'fail' && open
        ? { reproduction: frameSequence(open.url, open.headers, open.conn, ctx.secrets) }
        : {}),
    });
    return status;
  };
  if (!ctx.asyncapi) return record('not-implemented', ['WebSocket checks are off (--no-asyncapi)']);
  if (step.ws === 'connect') {
    const channel = ctx.asyncapi?.channels.find((c) => c.id === step.channel || c.address === step.channel);
    if (!channel) return record('fail', [`channel "${String(step.channel)}" is not in the AsyncAPI spec`]);
    const defaults = ctx.websocket(channel.id);
    const headers = { ...(defaults?.headers ?? {}), ...interpolateMap(step.headers, vars) };
    const url = channelUrl(ctx.baseUrl, channel.address, {
      ...(defaults?.query ?? {}),
      ...interpolateMap(step.query, vars),
    });
    const result = await WsConnection.open(url, headers);
    if ('refusal' in result) {
      const why = `handshake refused with HTTP ${result.refusal.status} ${result.refusal.body.slice(0, 120)}`;
      if (result.refusal.status === 404 || result.refusal.status === 501) {
        if (!ctx.coverage.unreachableChannels.has(channel.id)) ctx.coverage.unreachableChannels.set(channel.id, why);
        return record('not-implemented', [`channel not served: ${why}`]);
      }
      ctx.record({
        kind,
        subject,
        name: label,
        status: 'fail',
        problems: [why, ...stopped('fail')],
        reproduction: frameSequence(url, headers, undefined, ctx.secrets),
      });
      return 'fail';
    }
    if ('error' in result) {
      ctx.coverage.unreachableChannels.set(channel.id, result.error);
      return record('not-implemented', [`channel unreachable: ${result.error}`]);
    }
    const open = { conn: result.connection, channel, url, headers, checked: 0 };
    connections.set(step.as, open);
    return record('pass', []);
  }
  const open = connections.get(step.as);
  if (!open) return record('fail', [`no open connection named "${step.as}"`]);
  if (step.ws === 'send') {
    const frame = interpolate(step.message, vars);
    open.conn.send(typeof frame === 'string' ? frame : JSON.stringify(withTimestamp(frame)));
    for (const m of open.channel.messages) {
      if (m.direction === 'client-to-server' && m.type === (frame as { type?: unknown })?.type) {
        ctx.coverage.recordMessage(open.channel.id, 'client-to-server', m.type);
      }
    }
    return record('pass', []);
  }
  if (step.ws === 'close') {
    const problems = checkNewFrames(ctx, open);
    open.conn.close();
    connections.delete(step.as);
    return record(problems.length > 0 ? 'fail' : 'pass', problems, open);
  }
  if (step.ws === 'expect-close') {
    const closed = await open.conn.waitForClose(step.timeoutMs ?? 5000);
    if (!closed) return record('fail', ['the server did not close the connection'], open);
    const documented = open.channel.closeCodes.map((c) => c.code);
    const problems: string[] = [];
    if (step.codes && !step.codes.includes(closed.code))
      problems.push(`closed with ${closed.code}, expected ${step.codes.join(' or ')}`);
    if (documented.length > 0 && !documented.includes(closed.code))
      problems.push(`close code ${closed.code} is not documented (x-close-codes: ${documented.join(', ')})`);
    return record(problems.length > 0 ? 'fail' : 'pass', problems, open);
  }
  // expect: wait for a frame of the given type (that matches `match`), checking every frame seen.
  const type = String(step.message);
  const want = step.match === undefined ? undefined : interpolate(step.match, vars);
  const start = open.checked;
  const found = await open.conn.waitFor(
    (frames) =>
      frames
        .slice(start)
        .some(
          (f) => (f.json as { type?: unknown })?.type === type && (want === undefined || !subsetDiff(want, f.json, '')),
        ),
    step.timeoutMs ?? 5000,
  );
  const problems = checkNewFrames(ctx, open);
  if (!found && notImplementedErrorSince(open, start)) {
    return record('not-implemented', [
      `the server answered with an error frame "not_implemented" instead of "${type}"`,
    ]);
  }
  if (!found) {
    problems.unshift(
      open.conn.closed
        ? `connection closed (${open.conn.closed.code}) before a "${type}" frame arrived`
        : `no "${type}" frame${want !== undefined ? ` matching ${JSON.stringify(want)}` : ''} within ${step.timeoutMs ?? 5000} ms`,
    );
  } else {
    const frame = open.conn.frames.slice(start).find((f) => (f.json as { type?: unknown })?.type === type);
    for (const [name, p] of Object.entries(step.capture ?? {})) {
      const value = pick(frame?.json, p);
      if (value === undefined) problems.push(`cannot capture ${name}: frame has no ${p}`);
      else vars.set(name, textOf(value));
    }
  }
  return record(problems.length > 0 ? 'fail' : 'pass', problems, open);
}

function notImplementedErrorSince(open: OpenConnection, start: number): boolean {
  return open.conn.frames.slice(start).some((f) => {
    const frame = f.json as { type?: unknown; payload?: { code?: unknown } } | undefined;
    return frame?.type === 'error' && frame.payload?.code === 'not_implemented';
  });
}

function checkNewFrames(ctx: RunContext, open: OpenConnection): string[] {
  const problems: string[] = [];
  for (const frame of open.conn.frames.slice(open.checked))
    problems.push(...checkServerFrame(ctx, open.channel, frame).problems);
  open.checked = open.conn.frames.length;
  return problems;
}

function withTimestamp(frame: unknown): unknown {
  if (frame && typeof frame === 'object' && !Array.isArray(frame) && !('timestamp' in frame)) {
    return { ...frame, timestamp: new Date().toISOString() };
  }
  return frame;
}

/** Value at a dotted path (`org.id`, `items.0.id`). */
export function pick(value: unknown, dotted: string): unknown {
  let node = value;
  for (const part of dotted.split('.').filter(Boolean)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Describes the first way `want` is not contained in `got` (objects: subset; arrays: each wanted item somewhere). */
export function subsetDiff(want: unknown, got: unknown, at: string): string | undefined {
  if (want === null || typeof want !== 'object') {
    return Object.is(want, got)
      ? undefined
      : `${at || '(root)'} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return `${at || '(root)'} is not an array`;
    for (const [i, item] of want.entries()) {
      if (!got.some((g) => !subsetDiff(item, g, '')))
        return `${at}[${i}] ${JSON.stringify(item)} not found in the array`;
    }
    return undefined;
  }
  if (!got || typeof got !== 'object') return `${at || '(root)'} is not an object`;
  for (const [k, v] of Object.entries(want)) {
    const diff = subsetDiff(v, (got as Record<string, unknown>)[k], `${at}.${k}`);
    if (diff) return diff;
  }
  return undefined;
}
