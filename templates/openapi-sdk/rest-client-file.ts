import { generatedHeader } from '../../src/codegen/header.js';
import type { OpenApiContext } from '../../src/codegen/openapi/model.js';
import { jsdoc, union } from '../../src/codegen/openapi/render.js';
import { renderClientMethod, renderClientOperationSpec, renderClientOperationTypes } from './operation-object.js';
import { renderSchemeOption, renderSchemeRule } from './security-scheme-object.js';

/** `generated/sdk/rest-client.ts`: a typed fetch-based client with one method per operation. */
export function renderRestClientFile(context: OpenApiContext): string {
  const name = context.clientName;
  const imports = [
    ...(context.operations.length > 0 ? ['paths'] : []),
    ...(context.errorBodyTypeExprs.some((expr) => expr.startsWith('components')) ? ['components'] : []),
  ].sort();
  return [
    generatedHeader([context.source]),
    imports.length > 0 ? `import type { ${imports.join(', ')} } from '../openapi/types.js';\n\n` : '',
    jsdoc([`Options of \`${name}\`.`]),
    `export interface ${name}Options {\n`,
    `  /** Base URL the operation paths are appended to, e.g. \`http://127.0.0.1:8080\`. */\n`,
    `  baseUrl: string;\n`,
    ...context.securitySchemes.map(renderSchemeOption),
    `  /** Token for every bearer scheme that has no option of its own set. */\n`,
    `  bearerToken?: string;\n`,
    `  /** Key for every apiKey scheme that has no option of its own set. */\n`,
    `  apiKey?: string;\n`,
    `  /** The fetch to use; defaults to the global one (Node 20+). */\n`,
    `  fetch?: typeof globalThis.fetch;\n`,
    `  /** Headers sent with every request. */\n`,
    `  headers?: Record<string, string>;\n`,
    `}\n\n`,
    `/** Per-call options. */\n`,
    `export interface RequestOptions {\n  signal?: AbortSignal;\n  headers?: Record<string, string>;\n}\n\n`,
    `/** Body of any documented error response of the API (its error envelope). */\n`,
    `export type ErrorBody = ${union(context.errorBodyTypeExprs, 'unknown')};\n\n`,
    STATIC_ERRORS,
    ...context.operations.map((operation) => `${renderClientOperationTypes(operation)}\n`),
    `const SECURITY_SCHEMES: Record<string, SchemeRule> = {\n${context.securitySchemes.map(renderSchemeRule).join('')}};\n\n`,
    `const OPERATIONS = {\n${context.operations.map(renderClientOperationSpec).join('')}} as const satisfies Record<string, OperationSpec>;\n\n`,
    jsdoc([
      `Typed REST client for ${context.title} ${context.version}: one method per operation.`,
      'Methods resolve to the body of the 2xx response; any other status throws `ApiError` with the',
      'parsed body (`ErrorBody`), and a failed request (network, abort) throws `ApiNetworkError`.',
      '',
      '@example',
      `const client = new ${name}({ baseUrl: 'http://127.0.0.1:8080' });`,
    ]),
    `export class ${name} {\n`,
    `  readonly #options: ${name}Options;\n`,
    `  readonly #fetch: typeof globalThis.fetch;\n\n`,
    `  constructor(options: ${name}Options) {\n`,
    `    this.#options = options;\n`,
    `    this.#fetch = options.fetch ?? globalThis.fetch;\n`,
    `  }\n\n`,
    ...context.operations.map((operation) => `${renderClientMethod(operation)}\n`),
    STATIC_SEND,
    `}\n\n`,
    name === 'RestClient' ? '' : `export { ${name} as RestClient };\nexport type RestClientOptions = ${name}Options;\n`,
  ].join('');
}

const STATIC_ERRORS = `/**
 * A response with a non-2xx status. \`body\` is the parsed response (JSON when the server said so,
 * else text), typed as the API's documented error bodies.
 */
export class ApiError<TBody = ErrorBody> extends Error {
  readonly status: number;
  readonly body: TBody | undefined;
  readonly headers: Headers;
  readonly operationId: string;

  constructor(operationId: string, status: number, body: TBody | undefined, headers: Headers, message?: string) {
    super(message ?? \`\${operationId} failed with status \${status}\`);
    this.name = 'ApiError';
    this.operationId = operationId;
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** The request never got a response (connection refused, DNS, abort): \`status\` is 0. */
export class ApiNetworkError extends ApiError<undefined> {
  constructor(operationId: string, cause: unknown) {
    super(operationId, 0, undefined, new Headers(), \`\${operationId} failed: \${cause instanceof Error ? cause.message : String(cause)}\`);
    this.name = 'ApiNetworkError';
    this.cause = cause;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

interface SchemeRule {
  kind: 'bearer' | 'basic' | 'apiKey' | 'unsupported';
  option: string;
  in?: 'query' | 'header' | 'cookie';
  name?: string;
}

interface ParameterSpec {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  style: string;
  explode: boolean;
}

interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  parameters: readonly ParameterSpec[];
  security: ReadonlyArray<Readonly<Record<string, readonly string[]>>>;
  bodyContentType?: string;
}

interface LooseInput {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
}

function isJsonType(contentType: string | null): boolean {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === 'application/json' || essence.endsWith('+json');
}

function serializeSimple(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(',');
  if (typeof value === 'object' && value !== null) return Object.entries(value).flat().map(String).join(',');
  return String(value);
}

function appendQuery(search: URLSearchParams, name: string, value: unknown, parameter: ParameterSpec | undefined): void {
  if (value === undefined || value === null) return;
  const style = parameter?.style ?? 'form';
  const explode = parameter?.explode ?? true;
  if (Array.isArray(value)) {
    if (explode) for (const item of value) search.append(name, String(item));
    else search.append(name, value.map(String).join(style === 'pipeDelimited' ? '|' : style === 'spaceDelimited' ? ' ' : ','));
  } else if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (style === 'deepObject') for (const [key, item] of entries) search.append(\`\${name}[\${key}]\`, String(item));
    else if (explode) for (const [key, item] of entries) search.append(key, String(item));
    else search.append(name, entries.flat().map(String).join(','));
  } else {
    search.append(name, String(value));
  }
}

`;

const STATIC_SEND = `  /** Builds the request (path, query, headers, auth, body), sends it and reads the response. */
  async #send(operation: OperationSpec, input: LooseInput, options: RequestOptions = {}): Promise<unknown> {
    // 1. URL: path parameters substituted, query serialised per its style.
    const byName = new Map(operation.parameters.map((parameter) => [\`\${parameter.in}:\${parameter.name}\`, parameter]));
    const path = operation.path.replace(/\\{([^}]+)\\}/g, (_, name: string) => {
      const value = input.params?.[name];
      if (value === undefined) throw new TypeError(\`\${operation.operationId}: missing path parameter \${name}\`);
      return encodeURIComponent(serializeSimple(value));
    });
    const url = new URL(this.#options.baseUrl.replace(/\\/+$/, '') + path);
    for (const [name, value] of Object.entries(input.query ?? {})) appendQuery(url.searchParams, name, value, byName.get(\`query:\${name}\`));

    // 2. Headers: client defaults, header parameters, credentials, per-call headers.
    const headers = new Headers(this.#options.headers);
    for (const [name, value] of Object.entries(input.headers ?? {})) {
      if (value !== undefined && value !== null) headers.set(name, serializeSimple(value));
    }
    this.#applySecurity(operation, headers, url);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);

    // 3. Body in the operation's content type.
    let body: RequestInit['body'];
    if (input.body !== undefined && operation.bodyContentType !== undefined) {
      const contentType = operation.bodyContentType;
      if (/json/i.test(contentType)) {
        body = JSON.stringify(input.body);
        headers.set('content-type', contentType);
      } else if (/^application\\/x-www-form-urlencoded/i.test(contentType)) {
        body = new URLSearchParams();
        for (const [name, value] of Object.entries(input.body as Record<string, unknown>)) appendQuery(body, name, value, undefined);
        headers.set('content-type', contentType);
      } else if (/^multipart\\/form-data/i.test(contentType)) {
        body = new FormData();
        for (const [name, value] of Object.entries(input.body as Record<string, unknown>)) {
          if (value !== undefined) body.append(name, value instanceof Blob ? value : String(value));
        }
      } else {
        const raw = input.body;
        const passThrough = typeof raw === 'string' || raw instanceof Blob || raw instanceof ArrayBuffer || raw instanceof Uint8Array;
        body = passThrough ? raw : JSON.stringify(raw);
        headers.set('content-type', contentType);
      }
    }

    // 4. Send; failures to get any response become ApiNetworkError.
    let response: Response;
    try {
      const init: RequestInit = { method: operation.method, headers };
      if (body !== undefined) init.body = body;
      if (options.signal !== undefined) init.signal = options.signal;
      response = await this.#fetch(url, init);
    } catch (err) {
      throw new ApiNetworkError(operation.operationId, err);
    }

    // 5. Read: JSON when the server says so, else text; non-2xx throws ApiError.
    const text = await response.text();
    let parsed: unknown = text === '' ? undefined : text;
    if (text !== '' && isJsonType(response.headers.get('content-type'))) {
      try {
        parsed = JSON.parse(text) as unknown;
      } catch {
        parsed = text;
      }
    }
    if (!response.ok) {
      throw new ApiError<ErrorBody>(operation.operationId, response.status, parsed as ErrorBody | undefined, response.headers);
    }
    return parsed;
  }

  /** Applies the first security requirement whose credentials are all configured. */
  #applySecurity(operation: OperationSpec, headers: Headers, url: URL): void {
    const options = this.#options as unknown as Record<string, string | undefined>;
    const credentialOf = (rule: SchemeRule): string | undefined =>
      options[rule.option] ?? (rule.kind === 'apiKey' ? this.#options.apiKey : rule.kind === 'bearer' ? this.#options.bearerToken : undefined);
    for (const requirement of operation.security) {
      const rules = Object.keys(requirement).map((scheme) => SECURITY_SCHEMES[scheme]);
      if (rules.some((rule) => rule === undefined || rule.kind === 'unsupported' || credentialOf(rule) === undefined)) continue;
      for (const rule of rules as SchemeRule[]) {
        const credential = credentialOf(rule)!;
        if (rule.kind === 'bearer') headers.set('authorization', \`Bearer \${credential}\`);
        else if (rule.kind === 'basic') headers.set('authorization', \`Basic \${btoa(credential)}\`);
        else if (rule.in === 'query') url.searchParams.set(rule.name ?? rule.option, credential);
        else if (rule.in === 'cookie') headers.append('cookie', \`\${rule.name ?? rule.option}=\${encodeURIComponent(credential)}\`);
        else headers.set(rule.name ?? rule.option, credential);
      }
      return;
    }
  }
`;
