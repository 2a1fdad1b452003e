// generated from specs/openapi.yaml by clawgate, do not edit
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import {
  HANDLED,
  operations,
  type HandlerContext,
  type NoVariables,
  type OperationDescriptor,
  type OperationHandlers,
  type OperationName,
  type ParameterDescriptor,
  type ResponseDescriptor,
} from './operations.js';

/** Answers an operation that has no handler; the default sends 501 `not_implemented`. */
export type NotImplementedHandler = (operationId: string, req: Request, res: Response, next: NextFunction) => void;

/** Builds one request's `ctx.vars`; called once for each request that reaches a handler. */
export type ContextFactory<V extends object> = (req: Request, res: Response) => V;

export interface BindOperationsOptions<V extends object = NoVariables> {
  notImplemented?: NotImplementedHandler;
  /** Builds each request's `ctx.vars`; required when the handlers expect variables. */
  context?: ContextFactory<V>;
}

/** `bindOperations`' last argument: optional while `V` can be empty, else it must say how to build `ctx.vars`. */
export type BindOperationsArguments<V extends object> = NoVariables extends V
  ? [options?: BindOperationsOptions<V>]
  : [options: BindOperationsOptions<V> & { context: ContextFactory<V> }];

type LooseHandler = (input: unknown, ctx: HandlerContext<object>) => unknown;

/**
 * A path, query or header parameter whose text is not a value of its declared type: `?limit=Infinity`,
 * `?limit=1e400` (both overflow to a non-finite number), `?limit=0x10`, `?flag=maybe`. Thrown by
 * `bindOperations` before the handler runs and passed to `next`; `status` 400 (with `expose`, as
 * http-errors has it) makes Express's default error handler answer 400 too.
 */
export class ParameterError extends Error {
  readonly status = 400;
  readonly statusCode = 400;
  readonly expose = true;
  /** where, as request validators report it: `/query/limit`, `/query/filter/minPrice`, `/path/item-id` */
  readonly path: string;
  /** what is wrong, e.g. `must be a finite number` */
  readonly reason: string;

  constructor(path: string, reason: string) {
    super(`${path} ${reason}`);
    this.name = 'ParameterError';
    this.path = path;
    this.reason = reason;
  }
}

interface LooseResult {
  status: number;
  contentType?: string;
  body?: unknown;
  headers?: Record<string, unknown>;
}

/**
 * Mounts every operation on `router`: reads the typed input (path, query and header parameters
 * coerced to their schema's primitive, body as parsed), calls the handler, writes its result
 * (JSON through `res.json` so response validation sees it, text through `res.send`) and passes
 * thrown errors to `next`. Operations without a handler go to `options.notImplemented`.
 * Handlers typed `OperationHandlers<V>` read `ctx.vars`, built per request by `options.context`.
 *
 * @example bindOperations(router, { getLiveness: () => ({ status: 200, body: { status: 'ok' } }) })
 * @example bindOperations(router, handlers, { context: (req) => ({ user: req.get('x-user') ?? '' }) })
 */
export function bindOperations<V extends object = NoVariables>(
  router: Router,
  handlers: Partial<OperationHandlers<V>>,
  // NoInfer: the handlers alone say what `ctx.vars` is; the factory must then build all of it.
  ...[options]: BindOperationsArguments<NoInfer<V>>
): Router {
  const notImplemented = options?.notImplemented ?? answerNotImplemented;
  const context = options?.context;
  const entries = Object.entries(operations) as Array<[OperationName, OperationDescriptor]>;
  for (const [name, descriptor] of entries) {
    const handleOperation: RequestHandler = async (req, res, next) => {
      const handler = handlers[name] as LooseHandler | undefined;
      try {
        // Read first: a parameter that is not of its declared type is a 400 even where no handler exists yet.
        const input = readInput(descriptor, req);
        if (handler === undefined) {
          notImplemented(descriptor.operationId, req, res, next);
          return;
        }
        const vars = context === undefined ? {} : context(req, res);
        const result = await handler.call(handlers, input, { req, res, vars });
        if (result === HANDLED) return;
        writeResult(descriptor, result as LooseResult, res);
      } catch (err) {
        next(err);
      }
    };
    const mount = (router as unknown as Record<string, (path: string, handler: RequestHandler) => unknown>)[
      descriptor.method
    ];
    if (typeof mount !== 'function') throw new Error(`the router has no method ${descriptor.method}`);
    mount.call(router, descriptor.expressPath, handleOperation);
  }
  return router;
}

/**
 * Builds `{ params, query, headers, body }` from the request, each parameter coerced to its
 * schema's primitive; throws a `ParameterError` for text that is not a value of that primitive.
 */
function readInput(descriptor: OperationDescriptor, req: Request): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const query: Record<string, unknown> = { ...(req.query as Record<string, unknown>) };
  const headers: Record<string, unknown> = {};
  for (const parameter of descriptor.parameters) {
    const where = `/${parameter.in}/${parameter.name}`;
    if (parameter.in === 'path') {
      const raw = req.params[parameter.name];
      if (raw !== undefined) params[parameter.name] = coerce(raw, parameter, where);
    } else if (parameter.in === 'query') {
      if (parameter.style === 'deepObject') collectDeepObject(query, parameter);
      const raw = query[parameter.name];
      if (raw !== undefined) query[parameter.name] = coerce(raw, parameter, where);
    } else if (parameter.in === 'header') {
      const raw = req.get(parameter.name);
      if (raw !== undefined) headers[parameter.name] = coerce(raw, parameter, where);
    }
  }
  return { params, query, headers, body: descriptor.requestBody === undefined ? undefined : req.body };
}

/**
 * `filter[minPrice]=2&filter[inStock]=true` → `filter: { minPrice: 2, inStock: true }` when the
 * query parser left the bracketed keys flat (Express 5's default "simple" parser does).
 */
function collectDeepObject(query: Record<string, unknown>, parameter: ParameterDescriptor): void {
  const prefix = `${parameter.name}[`;
  const where = `/query/${parameter.name}`;
  const keys = Object.keys(query).filter((key) => key.startsWith(prefix) && key.endsWith(']'));
  if (keys.length === 0) {
    const nested = query[parameter.name];
    if (typeof nested !== 'object' || nested === null || Array.isArray(nested)) return;
    query[parameter.name] = coerceProperties(nested as Record<string, unknown>, parameter, where);
    return;
  }
  const value: Record<string, unknown> = {};
  for (const key of keys) {
    value[key.slice(prefix.length, -1)] = query[key];
    delete query[key];
  }
  query[parameter.name] = coerceProperties(value, parameter, where);
}

function coerceProperties(
  value: Record<string, unknown>,
  parameter: ParameterDescriptor,
  where: string,
): Record<string, unknown> {
  const kinds = parameter.propertyKinds ?? {};
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      coerce(item, { kind: kinds[key] ?? 'unknown', style: 'form', explode: true }, `${where}/${key}`),
    ]),
  );
}

/** Decimal number text as JSON writes it, leading zeros allowed: no hex, no whitespace, no "Infinity". */
const DECIMAL = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/**
 * Strings from the URL and headers to the primitive the schema declares. A number must be decimal
 * text of a finite value (`1e400` overflows to Infinity) and an integer must be exact in a double;
 * a boolean must be `true` or `false`. Anything else throws a `ParameterError` naming `where`:
 * a validator that coerced and passed such a value must not hand the handler Infinity or a string.
 */
function coerce(
  raw: unknown,
  parameter: Pick<ParameterDescriptor, 'kind' | 'itemKind' | 'style' | 'explode'>,
  where: string,
): unknown {
  if (parameter.kind === 'array') {
    const items = Array.isArray(raw) ? raw : typeof raw === 'string' ? splitArray(raw, parameter) : [raw];
    const item = { kind: parameter.itemKind ?? 'unknown', style: 'simple', explode: false } as const;
    return items.map((value, index) => coerce(value, item, `${where}/${index}`));
  }
  const scalar = parameter.kind === 'number' || parameter.kind === 'integer' || parameter.kind === 'boolean';
  if (scalar && Array.isArray(raw)) throw new ParameterError(where, 'must be given once');
  if (parameter.kind === 'number' || parameter.kind === 'integer') {
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' && DECIMAL.test(raw) ? Number(raw) : NaN;
    if (!Number.isFinite(value)) throw new ParameterError(where, 'must be a finite decimal number');
    if (parameter.kind === 'integer' && !Number.isSafeInteger(value))
      throw new ParameterError(where, 'must be an integer between -(2^53-1) and 2^53-1');
    return value;
  }
  if (parameter.kind === 'boolean') {
    if (typeof raw === 'boolean') return raw;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new ParameterError(where, 'must be true or false');
  }
  return raw;
}

function splitArray(raw: string, parameter: Pick<ParameterDescriptor, 'style' | 'explode'>): string[] {
  if (parameter.style === 'form' && parameter.explode) return [raw];
  const separator = parameter.style === 'pipeDelimited' ? '|' : parameter.style === 'spaceDelimited' ? ' ' : ',';
  return raw.split(separator);
}

/** Writes a handler's result: status, declared headers, then the body in its content type. */
function writeResult(descriptor: OperationDescriptor, result: LooseResult, res: Response): void {
  res.status(result.status);
  for (const [name, value] of Object.entries(result.headers ?? {})) {
    if (value === undefined || value === null) continue;
    res.set(name, Array.isArray(value) ? value.map(String) : String(value));
  }
  if (result.body === undefined) {
    res.end();
    return;
  }
  const contentType = result.contentType ?? documentedResponse(descriptor, result.status)?.contentTypes[0] ?? 'application/json';
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  if (essence === 'application/json' || essence === '*/*') {
    res.json(result.body);
  } else if (essence.endsWith('+json')) {
    res.type(contentType).json(result.body);
  } else {
    const body = result.body;
    res.type(contentType).send(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
  }
}

function documentedResponse(descriptor: OperationDescriptor, status: number): ResponseDescriptor | undefined {
  const code = String(status);
  return (
    descriptor.responses.find((response) => response.status === code) ??
    descriptor.responses.find((response) => response.status.toUpperCase() === `${code[0]}XX`) ??
    descriptor.responses.find((response) => response.status === 'default')
  );
}

/** Default for operations without a handler: 501 in the error envelope. */
function answerNotImplemented(operationId: string, req: Request, res: Response): void {
  const correlationId = String(res.getHeader('x-request-id') ?? req.get('x-request-id') ?? randomUUID());
  res.status(501).json({
    error: { code: 'not_implemented', message: `Operation ${operationId} is not implemented yet`, correlationId },
  });
}
