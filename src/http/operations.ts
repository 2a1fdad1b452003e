import { readFileSync } from 'node:fs';
import type { Request, Response, Router } from 'express';
import { parse } from 'yaml';
import { AppError } from '../errors.js';

/**
 * Interim binding of operationId → handler while `generated/server/` (bindOperations) is being
 * built: same input/result shapes as the generated binding, so switching is a one-line change.
 */
export interface OperationInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface OperationResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Returned by a handler that wrote the response itself (streams, text bodies). */
export const HANDLED: unique symbol = Symbol('handled');

export type OperationHandler = (
  input: OperationInput,
  ctx: { req: Request; res: Response },
) => OperationResult | typeof HANDLED | Promise<OperationResult | typeof HANDLED>;

export type OperationHandlerMap = Record<string, OperationHandler>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

interface SpecOperation {
  operationId: string;
  method: (typeof METHODS)[number];
  path: string;
}

/** Every operation of an OpenAPI document: operationId, method and path template. */
export function listOperations(specFile: string): SpecOperation[] {
  const doc = parse(readFileSync(specFile, 'utf8')) as { paths?: Record<string, Record<string, unknown>> };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method] as { operationId?: string } | undefined;
      if (op?.operationId !== undefined) operations.push({ operationId: op.operationId, method, path });
    }
  }
  return operations;
}

/** `/v1/orgs/{orgId}` → `/v1/orgs/:orgId` */
function toExpressPath(template: string): string {
  return template.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * Mounts every operation of the spec on `router`. Operations without a handler answer 501
 * `not_implemented` in the envelope.
 */
export function bindSpecOperations(router: Router, specFile: string, handlers: OperationHandlerMap): void {
  for (const { operationId, method, path } of listOperations(specFile)) {
    const handler = handlers[operationId];
    router[method](toExpressPath(path), async (req: Request, res: Response) => {
      if (handler === undefined) throw new AppError('not_implemented', `${operationId} is not implemented yet`);
      const input: OperationInput = {
        params: { ...(req.params as Record<string, string>) },
        query: { ...(req.query as Record<string, unknown>) },
        headers: req.headers,
        body: req.body,
      };
      const result = await handler(input, { req, res });
      if (result === HANDLED) return;
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      res.status(result.status);
      if (result.body === undefined) res.end();
      else res.json(result.body);
    });
  }
}
