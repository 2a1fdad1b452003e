/**
 * `rest.md`: every OpenAPI operation grouped by tag — method and path, summary, security,
 * parameters, request body, responses — then the error envelope and its codes.
 */
import { createResolver, isRecord, type Resolver } from '../diff/refs.js';
import { anchor, blocks, code, jsonBlock, prose, scalar, slug, table } from './markdown.js';
import { schemaSummary, typeLabel, constraints } from './schema-object.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface RestOperation {
  method: string;
  path: string;
  node: Record<string, unknown>;
  parameters: Record<string, unknown>[];
  tag: string;
  anchor: string;
}

export interface ErrorCodeInfo {
  status: number;
  message: string;
}

interface Ctx {
  doc: Record<string, unknown>;
  resolve: Resolver;
  /** the component schema error responses use, e.g. `ErrorEnvelope` */
  errorSchema?: string;
}

/** Every operation of the document, in path order, with the tag it is listed under. */
export function collectOperations(
  doc: Record<string, unknown>,
  resolve: Resolver = createResolver(doc),
): RestOperation[] {
  const ops: RestOperation[] = [];
  const paths = isRecord(doc.paths) ? doc.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem).node;
    if (!isRecord(item)) continue;
    const shared: unknown[] = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const node = item[method];
      if (!isRecord(node)) continue;
      const own: unknown[] = Array.isArray(node.parameters) ? node.parameters : [];
      const merged = new Map<string, Record<string, unknown>>();
      for (const raw of [...shared, ...own]) {
        const param = resolve(raw).node;
        if (isRecord(param)) merged.set(`${String(param.in)}:${String(param.name)}`, param);
      }
      const tag = Array.isArray(node.tags) && typeof node.tags[0] === 'string' ? node.tags[0] : 'other';
      const id = typeof node.operationId === 'string' ? node.operationId : `${method}-${path}`;
      ops.push({ method, path, node, parameters: [...merged.values()], tag, anchor: `op-${slug(id)}` });
    }
  }
  return ops;
}

/** Tags in the order the document declares them, then any others in order of first use. */
export function tagOrder(
  doc: Record<string, unknown>,
  ops: readonly RestOperation[],
): { name: string; description: string }[] {
  const declared = Array.isArray(doc.tags) ? doc.tags.filter(isRecord) : [];
  const result = declared
    .filter((t) => typeof t.name === 'string' && ops.some((op) => op.tag === t.name))
    .map((t) => ({ name: String(t.name), description: typeof t.description === 'string' ? t.description : '' }));
  for (const op of ops) if (!result.some((t) => t.name === op.tag)) result.push({ name: op.tag, description: '' });
  return result;
}

export function renderRest(
  doc: Record<string, unknown>,
  sourceLabel: string,
  errorCodes?: Record<string, ErrorCodeInfo>,
): string {
  const resolve = createResolver(doc);
  const ops = collectOperations(doc, resolve);
  const ctx: Ctx = { doc, resolve };
  const errorSchema = findErrorSchema(ctx, ops);
  if (errorSchema !== undefined) ctx.errorSchema = errorSchema;
  const info = isRecord(doc.info) ? doc.info : {};
  const tags = tagOrder(doc, ops);

  const contents = tags.map((tag) => {
    const lines = [`- [${tag.name}](#tag-${slug(tag.name)})`];
    for (const op of ops.filter((o) => o.tag === tag.name)) {
      lines.push(
        `  - [${code(`${op.method.toUpperCase()} ${op.path}`)}](#${op.anchor})${typeof op.node.summary === 'string' ? ` — ${op.node.summary}` : ''}`,
      );
    }
    return lines.join('\n');
  });

  const sections = tags.map((tag) =>
    blocks(
      `${anchor(`tag-${slug(tag.name)}`)}\n\n## ${tag.name}`,
      prose(tag.description, 2),
      ...ops.filter((o) => o.tag === tag.name).map((op) => renderOperation(ctx, op)),
    ),
  );

  return `${blocks(
    `<!-- generated from ${sourceLabel}, do not edit -->`,
    `# ${scalar(info.title, 'REST API')} — REST API reference`,
    `Version ${code(scalar(info.version))} · OpenAPI ${code(scalar(doc.openapi))} · ${plural(ops.length, 'operation')}. Generated from ${code(sourceLabel)}; WebSocket channels are in [websocket.md](websocket.md).`,
    typeof info.summary === 'string' ? info.summary : undefined,
    prose(info.description, 0),
    renderServers(doc),
    `## Contents\n\n${contents.join('\n')}\n- [Security schemes](#security-schemes)\n- [Errors](#errors)`,
    ...sections,
    renderSecuritySchemes(ctx),
    renderErrors(ctx, ops, errorCodes),
  )}\n`;
}

function renderServers(doc: Record<string, unknown>): string | undefined {
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isRecord) : [];
  if (servers.length === 0) return undefined;
  return `## Servers\n\n${table(
    ['URL', 'Description'],
    servers.map((s) => [code(String(s.url)), typeof s.description === 'string' ? s.description : '']),
  )}`;
}

function renderOperation(ctx: Ctx, op: RestOperation): string {
  const { node } = op;
  const title = `${code(`${op.method.toUpperCase()} ${op.path}`)}${typeof node.summary === 'string' ? ` — ${node.summary}` : ''}`;
  const facts = [
    typeof node.operationId === 'string' ? `operationId ${code(node.operationId)}` : undefined,
    `security: ${securityText(node.security ?? ctx.doc.security)}`,
    node.deprecated === true ? '**deprecated**' : undefined,
  ].filter((f): f is string => f !== undefined);
  return blocks(
    `${anchor(op.anchor)}\n\n### ${title}`,
    facts.join(' · '),
    prose(node.description, 3),
    renderParameters(ctx, op),
    renderRequestBody(ctx, op),
    renderResponses(ctx, op),
  );
}

/** Alternatives joined by "or", schemes inside one alternative by "and"; empty = none. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function securityText(security: unknown): string {
  if (!Array.isArray(security) || security.length === 0) return 'none';
  const alternatives = security.map((req) => {
    if (!isRecord(req) || Object.keys(req).length === 0) return 'anonymous';
    return Object.entries(req)
      .map(([name, scopes]) =>
        Array.isArray(scopes) && scopes.length > 0
          ? `${code(name)} (${scopes.join(', ')})`
          : `[${code(name)}](#security-schemes)`,
      )
      .join(' and ');
  });
  return alternatives.join(' or ');
}

function renderParameters(ctx: Ctx, op: RestOperation): string | undefined {
  if (op.parameters.length === 0) return undefined;
  const rows = op.parameters.map((param) => {
    const schemaNode = ctx.resolve(param.schema).node;
    const details = [
      typeof param.description === 'string' ? param.description : '',
      isRecord(schemaNode) ? constraintsOf(schemaNode) : '',
    ]
      .filter((s) => s !== '')
      .join(' ');
    const example = param.example !== undefined ? ` Example: ${code(JSON.stringify(param.example))}.` : '';
    return [
      code(String(param.name)),
      String(param.in),
      code(typeLabel(ctx.resolve, param.schema)),
      param.required === true ? 'yes' : 'no',
      `${details}${example}`.trim(),
    ];
  });
  return `**Parameters**\n\n${table(['Name', 'In', 'Type', 'Required', 'Description'], rows)}`;
}

function constraintsOf(node: Record<string, unknown>): string {
  const text = constraints(node);
  return text === '' ? '' : `(${text})`;
}

function renderRequestBody(ctx: Ctx, op: RestOperation): string | undefined {
  const body = ctx.resolve(op.node.requestBody).node;
  if (!isRecord(body)) return undefined;
  const content = isRecord(body.content) ? body.content : {};
  const parts = Object.entries(content).map(([mediaType, media]) =>
    blocks(
      `Media type ${code(mediaType)}${body.required === true ? ' (required)' : ' (optional)'}`,
      isRecord(media) && media.schema !== undefined ? schemaSummary(ctx.resolve, media.schema) : undefined,
      isRecord(media) ? renderExamples(ctx, media, mediaType) : undefined,
    ),
  );
  return blocks('**Request body**', prose(body.description, 3), ...parts);
}

function renderResponses(ctx: Ctx, op: RestOperation): string | undefined {
  const responses = isRecord(op.node.responses) ? op.node.responses : {};
  const entries = Object.entries(responses);
  if (entries.length === 0) return undefined;
  const overview = table(
    ['Status', 'Description', 'Body'],
    entries.map(([status, raw]) => {
      const response = ctx.resolve(raw).node;
      const description = isRecord(response) && typeof response.description === 'string' ? response.description : '';
      return [status, description, bodyLabel(ctx, response)];
    }),
  );
  const details = entries
    .filter(([, raw]) => !isErrorResponse(ctx, ctx.resolve(raw).node))
    .map(([status, raw]) => renderResponse(ctx, status, ctx.resolve(raw).node))
    .filter((s): s is string => s !== undefined);
  return blocks('**Responses**', overview, ...details);
}

function bodyLabel(ctx: Ctx, response: unknown): string {
  if (!isRecord(response) || !isRecord(response.content)) return '—';
  return Object.entries(response.content)
    .map(([mediaType, media]) => {
      const schema = isRecord(media) ? media.schema : undefined;
      const label = schema === undefined ? mediaType : `${code(typeLabel(ctx.resolve, schema))} (${mediaType})`;
      const refName = ctx.resolve(schema).refName;
      return refName !== undefined && refName === ctx.errorSchema
        ? `[${code(refName)}](#errors) (${mediaType})`
        : label;
    })
    .join(', ');
}

function renderResponse(ctx: Ctx, status: string, response: unknown): string | undefined {
  if (!isRecord(response)) return undefined;
  const headers = isRecord(response.headers) ? Object.entries(response.headers) : [];
  const headerTable =
    headers.length === 0
      ? undefined
      : `Headers:\n\n${table(
          ['Header', 'Type', 'Description'],
          headers.map(([name, raw]) => {
            const header = ctx.resolve(raw).node;
            const h = isRecord(header) ? header : {};
            return [
              code(name),
              code(typeLabel(ctx.resolve, h.schema)),
              typeof h.description === 'string' ? h.description : '',
            ];
          }),
        )}`;
  const content = isRecord(response.content) ? Object.entries(response.content) : [];
  const bodies = content.map(([mediaType, media]) =>
    blocks(
      `Body ${code(mediaType)}`,
      isRecord(media) && media.schema !== undefined ? schemaSummary(ctx.resolve, media.schema) : undefined,
      isRecord(media) ? renderExamples(ctx, media, mediaType) : undefined,
    ),
  );
  if (headerTable === undefined && bodies.length === 0) return undefined;
  return blocks(
    `#### ${status}${typeof response.description === 'string' ? ` — ${firstLine(response.description)}` : ''}`,
    headerTable,
    ...bodies,
  );
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

/** Examples of a media type object: `example`, named `examples`, else the schema's own. */
function renderExamples(ctx: Ctx, media: Record<string, unknown>, mediaType: string): string | undefined {
  const out: string[] = [];
  const block = (value: unknown): string => exampleBlock(value, mediaType);
  if (media.example !== undefined) out.push(`Example:\n\n${block(media.example)}`);
  if (isRecord(media.examples)) {
    for (const [name, raw] of Object.entries(media.examples)) {
      const example = ctx.resolve(raw).node;
      if (!isRecord(example) || example.value === undefined) continue;
      const summary = typeof example.summary === 'string' ? ` — ${example.summary}` : '';
      out.push(`Example ${code(name)}${summary}:\n\n${block(example.value)}`);
    }
  }
  if (out.length === 0) {
    const schema = ctx.resolve(media.schema).node;
    if (isRecord(schema) && schema.example !== undefined) out.push(`Example:\n\n${block(schema.example)}`);
    else if (isRecord(schema) && Array.isArray(schema.examples) && schema.examples.length > 0)
      out.push(`Example:\n\n${block(schema.examples[0])}`);
  }
  return out.length === 0 ? undefined : out.join('\n\n');
}

/** JSON media types get a JSON block; a string example of another media type is shown as is. */
function exampleBlock(value: unknown, mediaType: string): string {
  if (typeof value === 'string' && !/json/i.test(mediaType)) return ['```text', value.trimEnd(), '```'].join('\n');
  return jsonBlock(value);
}

function isErrorResponse(ctx: Ctx, response: unknown): boolean {
  if (ctx.errorSchema === undefined || !isRecord(response) || !isRecord(response.content)) return false;
  const contents = Object.values(response.content);
  return (
    contents.length > 0 &&
    contents.every((media) => isRecord(media) && ctx.resolve(media.schema).refName === ctx.errorSchema)
  );
}

/** The component schema most 4xx/5xx responses use, when a clear majority share one. */
function findErrorSchema(ctx: Ctx, ops: readonly RestOperation[]): string | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  for (const op of ops) {
    const responses = isRecord(op.node.responses) ? op.node.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      if (!/^[45]/.test(status)) continue;
      const response = ctx.resolve(raw).node;
      if (!isRecord(response) || !isRecord(response.content)) continue;
      for (const media of Object.values(response.content)) {
        if (!isRecord(media)) continue;
        total++;
        const name = ctx.resolve(media.schema).refName;
        if (name !== undefined) counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best !== undefined && best[1] * 2 > total ? best[0] : undefined;
}

function renderSecuritySchemes(ctx: Ctx): string | undefined {
  const components = isRecord(ctx.doc.components) ? ctx.doc.components : {};
  const schemes = isRecord(components.securitySchemes) ? Object.entries(components.securitySchemes) : [];
  const rows = schemes.map(([name, raw]) => {
    const scheme = ctx.resolve(raw).node;
    const s = isRecord(scheme) ? scheme : {};
    const how =
      s.type === 'http'
        ? `HTTP ${String(s.scheme)}${typeof s.bearerFormat === 'string' ? ` (${s.bearerFormat})` : ''}`
        : s.type === 'apiKey'
          ? `API key in ${String(s.in)} ${code(String(s.name))}`
          : String(s.type);
    return [code(name), how, typeof s.description === 'string' ? s.description : ''];
  });
  const body =
    rows.length === 0 ? 'The document declares no security schemes.' : table(['Scheme', 'How', 'Description'], rows);
  return `${anchor('security-schemes')}\n\n## Security schemes\n\n${body}`;
}

function renderErrors(ctx: Ctx, ops: readonly RestOperation[], errorCodes?: Record<string, ErrorCodeInfo>): string {
  if (ctx.errorSchema === undefined)
    return `${anchor('errors')}\n\n## Errors\n\nError responses are described with each operation.`;
  const components = isRecord(ctx.doc.components) ? ctx.doc.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  const envelope = schemas[ctx.errorSchema];
  const envelopeNode = isRecord(envelope) ? envelope : {};
  const codeEnum = findCodeEnum(ctx, envelope);
  const seen = statusesFromExamples(ctx, ops);
  // a registry is only trusted for a spec that documents exactly its codes
  const registry =
    errorCodes !== undefined && codeEnum !== undefined && sameMembers(Object.keys(errorCodes), codeEnum)
      ? errorCodes
      : undefined;
  const codeRows = (codeEnum ?? []).map((value) => {
    const info = registry?.[value];
    const statuses = info !== undefined ? String(info.status) : [...(seen.get(value) ?? [])].sort().join(', ') || '—';
    return registry === undefined ? [code(value), statuses] : [code(value), statuses, info?.message ?? ''];
  });
  const codeHeaders =
    registry === undefined ? ['Code', 'HTTP status (from the examples)'] : ['Code', 'HTTP status', 'Meaning'];
  const firstExample = firstErrorExample(ctx, ops);
  return blocks(
    `${anchor('errors')}\n\n## Errors`,
    `Every error response carries ${code(ctx.errorSchema)}${typeof envelopeNode.description === 'string' ? `: ${envelopeNode.description}` : '.'}`,
    schemaSummary(ctx.resolve, { $ref: `#/components/schemas/${ctx.errorSchema}` }),
    firstExample === undefined ? undefined : `Example:\n\n${jsonBlock(firstExample)}`,
    codeRows.length === 0 ? undefined : `### Error codes\n\n${table(codeHeaders, codeRows)}`,
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((value) => set.has(value));
}

/** The enum of the envelope's `code` field (at `error.code` or `code`). */
function findCodeEnum(ctx: Ctx, envelope: unknown): string[] | undefined {
  const root = ctx.resolve(envelope).node;
  if (!isRecord(root) || !isRecord(root.properties)) return undefined;
  const inner = isRecord(root.properties.error) ? ctx.resolve(root.properties.error).node : root;
  if (!isRecord(inner) || !isRecord(inner.properties)) return undefined;
  const codeSchema = ctx.resolve(inner.properties.code).node;
  if (!isRecord(codeSchema) || !Array.isArray(codeSchema.enum)) return undefined;
  return codeSchema.enum.filter((v): v is string => typeof v === 'string');
}

/** code → HTTP statuses whose documented examples use it. */
function statusesFromExamples(ctx: Ctx, ops: readonly RestOperation[]): Map<string, Set<string>> {
  const seen = new Map<string, Set<string>>();
  forEachErrorExample(ctx, ops, (status, value) => {
    const errorCode = isRecord(value) && isRecord(value.error) ? value.error.code : undefined;
    if (typeof errorCode === 'string') seen.set(errorCode, new Set([...(seen.get(errorCode) ?? []), status]));
  });
  return seen;
}

function firstErrorExample(ctx: Ctx, ops: readonly RestOperation[]): unknown {
  let first: unknown;
  forEachErrorExample(ctx, ops, (_status, value) => {
    if (first === undefined) first = value;
  });
  return first;
}

function forEachErrorExample(
  ctx: Ctx,
  ops: readonly RestOperation[],
  visit: (status: string, value: unknown) => void,
): void {
  for (const op of ops) {
    const responses = isRecord(op.node.responses) ? op.node.responses : {};
    for (const [status, raw] of Object.entries(responses)) {
      const response = ctx.resolve(raw).node;
      if (!isErrorResponse(ctx, response) || !isRecord(response) || !isRecord(response.content)) continue;
      for (const media of Object.values(response.content)) {
        if (!isRecord(media)) continue;
        if (media.example !== undefined) visit(status, media.example);
        if (isRecord(media.examples)) {
          for (const rawExample of Object.values(media.examples)) {
            const example = ctx.resolve(rawExample).node;
            if (isRecord(example) && example.value !== undefined) visit(status, example.value);
          }
        }
      }
    }
  }
}
