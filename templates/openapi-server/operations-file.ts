import { generatedHeader } from '../../src/codegen/header.js';
import type { OpenApiContext } from '../../src/codegen/openapi/model.js';
import { renderHandlerMethod, renderOperationDescriptor, renderOperationTypes } from './operation-object.js';

/** `generated/server/operations.ts`: handler types, `OperationHandlers` and the descriptor table. */
export function renderOperationsFile(context: OpenApiContext): string {
  const ranges = new Set<string>();
  for (const operation of context.operations) {
    for (const response of operation.responses) {
      if (/^[1-5]XX$/i.test(response.status)) ranges.add(response.status[0]!);
    }
  }
  const rangeTypes = [...ranges].sort().map((digit) => {
    const codes = Array.from({ length: 100 }, (_, index) => Number(digit) * 100 + index);
    return `/** Any status in ${digit}00–${digit}99 (a \`${digit}XX\` response). */\nexport type StatusCode${digit}XX = ${codes.join(' | ')};\n\n`;
  });
  const hasOperations = context.operations.length > 0;
  return [
    generatedHeader([context.source]),
    `import type { Request, Response } from 'express';\n`,
    hasOperations ? `import type { paths } from '../openapi/types.js';\n` : '',
    `\n`,
    `/** Returned by a handler that wrote the response itself through \`ctx.res\` (e.g. a Server-Sent Events stream). */\n`,
    `export const HANDLED: unique symbol = Symbol.for('clawgate.handled');\n`,
    `export type Handled = typeof HANDLED;\n\n`,
    HANDLER_CONTEXT,
    ...rangeTypes,
    ...context.operations.map((operation) => `${renderOperationTypes(operation)}\n`),
    `/** One method per operation of ${context.title} ${context.version}; implement them in \`src/\`. */\n`,
    `export interface OperationHandlers<V extends object = NoVariables> {\n`,
    ...context.operations.map(renderHandlerMethod),
    `}\n\n`,
    `export type OperationName = keyof OperationHandlers;\n\n`,
    DESCRIPTOR_TYPES,
    `/** Every operation in mount order (literal path segments before parameters), for the router and contract tests. */\n`,
    `export const operations = {\n${context.operations.map(renderOperationDescriptor).join('')}} as const satisfies Record<OperationName, OperationDescriptor>;\n`,
  ].join('');
}

/**
 * The request context, typed by the application like hono's \`Env['Variables']\`: \`V\` is whatever
 * \`bindOperations\`' \`context\` option builds per request; without one it is empty.
 */
const HANDLER_CONTEXT = `/** The default request-scoped variables: none. */
export type NoVariables = Record<never, never>;

/**
 * What every handler receives besides its typed input. \`vars\` holds the request-scoped values the
 * application builds with \`bindOperations(router, handlers, { context })\` (e.g. the authenticated caller).
 */
export interface HandlerContext<V extends object = NoVariables> {
  readonly req: Request;
  readonly res: Response;
  readonly vars: V;
}

`;

const DESCRIPTOR_TYPES = `/** How a parameter is sent and which primitive its schema has. */
export interface ParameterDescriptor {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header' | 'cookie';
  readonly required: boolean;
  readonly style: string;
  readonly explode: boolean;
  readonly kind: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  readonly itemKind?: 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown';
  /** For \`deepObject\` parameters: the kind of each property. */
  readonly propertyKinds?: Readonly<Record<string, 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'unknown'>>;
}

/** A documented response: status key (\`200\`, \`2XX\`, \`default\`), content types, header names. */
export interface ResponseDescriptor {
  readonly status: string;
  readonly contentTypes: readonly string[];
  readonly headers: readonly string[];
}

/** Everything known at runtime about an operation. */
export interface OperationDescriptor {
  readonly operationId: string;
  readonly method: 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
  /** OpenAPI path template, e.g. \`/v1/orgs/{orgId}\`. */
  readonly path: string;
  /** The same path for Express 5, e.g. \`/v1/orgs/:orgId\`. */
  readonly expressPath: string;
  /** Security requirements: any one of them (each an AND of schemes) satisfies; empty means none. */
  readonly security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  readonly parameters: readonly ParameterDescriptor[];
  readonly requestBody?: { readonly required: boolean; readonly contentTypes: readonly string[] };
  readonly responses: readonly ResponseDescriptor[];
}

`;
