/**
 * OpenAPI 3.x comparison: paths and operations, operationIds, parameters, request bodies,
 * responses and security. Schemas are compared by `compareSchemas` with the direction of the data.
 */
import { createResolver, isRecord, type Resolver } from './refs.js';
import { compareSchemas, type SchemaContext } from './schema.js';
import type { Report } from './types.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  method: string;
  path: string;
  node: Record<string, unknown>;
  /** path-level and operation-level parameters, keyed `in:name` */
  parameters: Map<string, Record<string, unknown>>;
}

interface Ctx extends SchemaContext {
  beforeDoc: Record<string, unknown>;
  afterDoc: Record<string, unknown>;
}

/** Compares two OpenAPI documents; either may be missing (file absent at that revision). */
export function diffOpenApi(before: unknown, after: unknown, report: Report): void {
  const beforeDoc = isRecord(before) ? before : {};
  const afterDoc = isRecord(after) ? after : {};
  const ctx: Ctx = { before: createResolver(beforeDoc), after: createResolver(afterDoc), report, beforeDoc, afterDoc };
  const beforeOps = collectOperations(beforeDoc, ctx.before);
  const afterOps = collectOperations(afterDoc, ctx.after);

  // 1. paths and operations that disappeared or appeared (paths match ignoring parameter names)
  const beforePaths = groupByPath(beforeOps);
  const afterPaths = groupByPath(afterOps);
  for (const [key, ops] of beforePaths) {
    if (!afterPaths.has(key)) {
      const path = ops[0]!.path;
      report({
        kind: 'breaking',
        rule: 'path-removed',
        location: path,
        message: `path removed with its operations ${ops.map((o) => o.method.toUpperCase()).join(', ')}`,
      });
    }
  }
  for (const [key, ops] of afterPaths) {
    if (!beforePaths.has(key))
      report({
        kind: 'non-breaking',
        rule: 'path-added',
        location: ops[0]!.path,
        message: `new path with ${ops.map((o) => o.method.toUpperCase()).join(', ')}`,
      });
  }
  for (const [key, op] of beforeOps) {
    const match = afterOps.get(key);
    if (match === undefined) {
      if (afterPaths.has(pathKey(op.path)))
        report({
          kind: 'breaking',
          rule: 'operation-removed',
          location: label(op),
          message: `operation ${describeId(op)} removed`,
        });
      continue;
    }
    compareOperation(ctx, op, match);
  }
  for (const [key, op] of afterOps) {
    if (!beforeOps.has(key) && beforePaths.has(pathKey(op.path))) {
      report({
        kind: 'non-breaking',
        rule: 'operation-added',
        location: label(op),
        message: `new operation ${describeId(op)}`,
      });
    }
  }
}

function compareOperation(ctx: Ctx, b: Operation, a: Operation): void {
  const at = label(a);
  const idBefore = b.node.operationId;
  const idAfter = a.node.operationId;
  if (typeof idBefore === 'string' && idBefore !== idAfter) {
    const message =
      typeof idAfter === 'string'
        ? `operationId renamed ${idBefore} → ${idAfter}: generated client methods change name`
        : `operationId ${idBefore} removed`;
    ctx.report({ kind: 'breaking', rule: 'operation-id-changed', location: at, message });
  } else if (idBefore === undefined && typeof idAfter === 'string') {
    ctx.report({
      kind: 'non-breaking',
      rule: 'operation-id-added',
      location: at,
      message: `operationId ${idAfter} added`,
    });
  }
  compareParameters(ctx, b, a, at);
  compareRequestBody(ctx, b, a, at);
  compareResponses(ctx, b, a, at);
  compareSecurity(ctx, b, a, at);
}

function compareParameters(ctx: Ctx, b: Operation, a: Operation, at: string): void {
  for (const [key, param] of b.parameters) {
    const match = a.parameters.get(key);
    const where = `${at} › ${describeParameter(match ?? param)}`;
    if (match === undefined) {
      // unknown query parameters are rejected by request validation; a header is simply ignored
      const breaking = param.in === 'query';
      ctx.report({
        kind: breaking ? 'breaking' : 'non-breaking',
        rule: 'request-parameter-removed',
        location: where,
        message: breaking ? 'query parameter removed: requests that send it are rejected' : 'parameter removed',
      });
      continue;
    }
    if (param.required !== true && match.required === true) {
      ctx.report({
        kind: 'breaking',
        rule: 'request-parameter-became-required',
        location: where,
        message: 'was optional, now required',
      });
    }
    compareSchemas(ctx, parameterSchema(param), parameterSchema(match), 'input', where);
  }
  for (const [key, param] of a.parameters) {
    if (b.parameters.has(key)) continue;
    const where = `${at} › ${describeParameter(param)}`;
    if (param.required === true)
      ctx.report({
        kind: 'breaking',
        rule: 'request-parameter-added-required',
        location: where,
        message: 'new required parameter: old clients do not send it',
      });
    else
      ctx.report({
        kind: 'non-breaking',
        rule: 'request-parameter-added',
        location: where,
        message: 'new optional parameter',
      });
  }
}

function describeParameter(param: Record<string, unknown>): string {
  return `${String(param.in)} parameter ${String(param.name)}`;
}

function parameterSchema(param: Record<string, unknown>): unknown {
  if (param.schema !== undefined) return param.schema;
  // `content` form: one media type holding the schema
  if (isRecord(param.content)) {
    const first = Object.values(param.content)[0];
    if (isRecord(first)) return first.schema;
  }
  return undefined;
}

function compareRequestBody(ctx: Ctx, b: Operation, a: Operation, at: string): void {
  const bodyBefore = ctx.before(b.node.requestBody).node;
  const bodyAfter = ctx.after(a.node.requestBody).node;
  const where = `${at} › request body`;
  if (!isRecord(bodyAfter)) {
    if (isRecord(bodyBefore))
      ctx.report({
        kind: 'non-breaking',
        rule: 'request-body-removed',
        location: where,
        message: 'request body no longer read',
      });
    return;
  }
  if (!isRecord(bodyBefore)) {
    if (bodyAfter.required === true)
      ctx.report({
        kind: 'breaking',
        rule: 'request-body-added-required',
        location: where,
        message: 'a request body is now required',
      });
    else
      ctx.report({
        kind: 'non-breaking',
        rule: 'request-body-added',
        location: where,
        message: 'optional request body added',
      });
    return;
  }
  if (bodyBefore.required !== true && bodyAfter.required === true) {
    ctx.report({
      kind: 'breaking',
      rule: 'request-body-became-required',
      location: where,
      message: 'the request body was optional, now required',
    });
  }
  const contentBefore = isRecord(bodyBefore.content) ? bodyBefore.content : {};
  const contentAfter = isRecord(bodyAfter.content) ? bodyAfter.content : {};
  for (const [mediaType, media] of Object.entries(contentBefore)) {
    const match = contentAfter[mediaType];
    if (!isRecord(match)) {
      ctx.report({
        kind: 'breaking',
        rule: 'request-media-type-removed',
        location: `${where} (${mediaType})`,
        message: `${mediaType} bodies are no longer accepted`,
      });
      continue;
    }
    if (isRecord(media)) compareSchemas(ctx, media.schema, match.schema, 'input', `${where} (${mediaType})`);
  }
  for (const mediaType of Object.keys(contentAfter)) {
    if (!(mediaType in contentBefore))
      ctx.report({
        kind: 'non-breaking',
        rule: 'request-media-type-added',
        location: `${where} (${mediaType})`,
        message: `${mediaType} bodies are now accepted`,
      });
  }
}

function compareResponses(ctx: Ctx, b: Operation, a: Operation, at: string): void {
  const before = isRecord(b.node.responses) ? b.node.responses : {};
  const after = isRecord(a.node.responses) ? a.node.responses : {};
  for (const [status, raw] of Object.entries(before)) {
    const where = `${at} › response ${status}`;
    const matchRaw = after[status];
    if (matchRaw === undefined) {
      const success = /^2/.test(status);
      ctx.report({
        kind: success ? 'breaking' : 'non-breaking',
        rule: 'response-status-removed',
        location: where,
        message: success ? `success response ${status} removed` : `response ${status} no longer documented`,
      });
      continue;
    }
    const response = ctx.before(raw).node;
    const match = ctx.after(matchRaw).node;
    if (!isRecord(response) || !isRecord(match)) continue;
    compareResponseHeaders(ctx, response, match, where);
    const contentBefore = isRecord(response.content) ? response.content : {};
    const contentAfter = isRecord(match.content) ? match.content : {};
    for (const [mediaType, media] of Object.entries(contentBefore)) {
      const mediaAfter = contentAfter[mediaType];
      if (!isRecord(mediaAfter)) {
        ctx.report({
          kind: 'breaking',
          rule: 'response-media-type-removed',
          location: `${where} (${mediaType})`,
          message: `no longer returns ${mediaType}`,
        });
        continue;
      }
      if (isRecord(media)) compareSchemas(ctx, media.schema, mediaAfter.schema, 'output', `${where} (${mediaType})`);
    }
    for (const mediaType of Object.keys(contentAfter)) {
      // content negotiation: clients keep getting the media type they ask for
      if (!(mediaType in contentBefore))
        ctx.report({
          kind: 'non-breaking',
          rule: 'response-media-type-added',
          location: `${where} (${mediaType})`,
          message: `can also return ${mediaType}`,
        });
    }
  }
  for (const status of Object.keys(after)) {
    if (!(status in before))
      ctx.report({
        kind: 'non-breaking',
        rule: 'response-status-added',
        location: `${at} › response ${status}`,
        message: `response ${status} documented`,
      });
  }
}

/** Response headers are output: clients may read any documented one (Location, Retry-After …). */
function compareResponseHeaders(
  ctx: Ctx,
  response: Record<string, unknown>,
  match: Record<string, unknown>,
  where: string,
): void {
  const before = lowerKeys(response.headers);
  const after = lowerKeys(match.headers);
  for (const [name, raw] of before) {
    const at = `${where} › header ${name}`;
    const rawAfter = after.get(name);
    if (rawAfter === undefined) {
      ctx.report({
        kind: 'breaking',
        rule: 'response-header-removed',
        location: at,
        message: `response header ${name} no longer sent`,
      });
      continue;
    }
    const header = ctx.before(raw).node;
    const headerAfter = ctx.after(rawAfter).node;
    if (!isRecord(header) || !isRecord(headerAfter)) continue;
    if (header.required === true && headerAfter.required !== true) {
      ctx.report({
        kind: 'breaking',
        rule: 'response-header-became-optional',
        location: at,
        message: 'was always sent, now may be missing',
      });
    }
    compareSchemas(ctx, header.schema, headerAfter.schema, 'output', at);
  }
  for (const name of after.keys()) {
    if (!before.has(name))
      ctx.report({
        kind: 'non-breaking',
        rule: 'response-header-added',
        location: `${where} › header ${name}`,
        message: `response header ${name} documented`,
      });
  }
}

function lowerKeys(headers: unknown): Map<string, unknown> {
  return new Map(isRecord(headers) ? Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]) : []);
}

/**
 * `security` is a list of alternatives; an empty list or `{}` alternative means anonymous access.
 * A client keeps working as long as the alternative it uses is still accepted.
 */
function compareSecurity(ctx: Ctx, b: Operation, a: Operation, at: string): void {
  const before = securityAlternatives(b.node.security ?? ctx.beforeDoc.security);
  const after = securityAlternatives(a.node.security ?? ctx.afterDoc.security);
  const lost = [...before].filter((alt) => !after.has(alt));
  const gained = [...after].filter((alt) => !before.has(alt));
  const where = `${at} › security`;
  if (before.has('') && !after.has('')) {
    ctx.report({
      kind: 'breaking',
      rule: 'security-added',
      location: where,
      message: `anonymous calls are no longer allowed; now requires ${[...after].join(' or ')}`,
    });
  } else if (lost.length > 0) {
    ctx.report({
      kind: 'breaking',
      rule: 'security-changed',
      location: where,
      message: `no longer accepts ${lost.join(' or ')}`,
    });
  }
  const anonymousDropped = before.has('') && !after.has('');
  if (gained.length > 0 && !anonymousDropped)
    ctx.report({
      kind: 'non-breaking',
      rule: 'security-alternative-added',
      location: where,
      message: `now also accepts ${gained.map((g) => g || 'anonymous').join(' or ')}`,
    });
}

function securityAlternatives(security: unknown): Set<string> {
  if (!Array.isArray(security) || security.length === 0) return new Set(['']);
  return new Set(security.map((req) => (isRecord(req) ? Object.keys(req).sort().join('+') : '')));
}

function collectOperations(doc: Record<string, unknown>, resolve: Resolver): Map<string, Operation> {
  const ops = new Map<string, Operation>();
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem).node;
    if (!isRecord(item)) continue;
    const shared = readParameters(item.parameters, resolve, path);
    for (const method of METHODS) {
      const node = item[method];
      if (!isRecord(node)) continue;
      const parameters = new Map([...shared, ...readParameters(node.parameters, resolve, path)]);
      ops.set(`${method} ${pathKey(path)}`, { method, path, node, parameters });
    }
  }
  return ops;
}

function readParameters(list: unknown, resolve: Resolver, path: string): Map<string, Record<string, unknown>> {
  const params = new Map<string, Record<string, unknown>>();
  if (!Array.isArray(list)) return params;
  const templateNames = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  for (const raw of list) {
    const param = resolve(raw).node;
    if (!isRecord(param) || typeof param.name !== 'string' || typeof param.in !== 'string') continue;
    params.set(parameterKey(param.in, param.name, templateNames), param);
  }
  return params;
}

/** Path parameters match by position (`{id}` → `{gatewayId}` is a rename only); headers are case-insensitive. */
function parameterKey(location: string, name: string, templateNames: (string | undefined)[]): string {
  if (location === 'path') {
    const position = templateNames.indexOf(name);
    return position >= 0 ? `path:{${position + 1}}` : `path:${name}`;
  }
  return `${location}:${location === 'header' ? name.toLowerCase() : name}`;
}

function groupByPath(ops: Map<string, Operation>): Map<string, Operation[]> {
  const groups = new Map<string, Operation[]>();
  for (const op of ops.values()) {
    const key = pathKey(op.path);
    groups.set(key, [...(groups.get(key) ?? []), op]);
  }
  return groups;
}

/** `/gateways/{gatewayId}` and `/gateways/{id}` are the same route. */
function pathKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

function label(op: Operation): string {
  return `${op.method.toUpperCase()} ${op.path}`;
}

function describeId(op: Operation): string {
  return typeof op.node.operationId === 'string' ? op.node.operationId : label(op);
}
