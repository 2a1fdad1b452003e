/**
 * API reference docs generated from the specs. Deterministic Markdown (no timestamps):
 * `README.md` (index), `rest.md` (OpenAPI), `websocket.md` (AsyncAPI). Paths are relative to the
 * docs folder; the generator writes them into `docs/api/`.
 *
 * @example
 * const files = await renderApiDocs({ openapiPath: 'specs/openapi.yaml', asyncapiPath: 'specs/asyncapi.yaml' });
 * // → [{ path: 'README.md', content }, { path: 'rest.md', content }, { path: 'websocket.md', content }]
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ERROR_CODES } from '../../errors.js';
import { isRecord } from '../diff/refs.js';
import { specLabel } from '../header.js';
import { blocks, code, scalar, table } from './markdown.js';
import { collectOperations, plural, renderRest, type ErrorCodeInfo } from './rest.js';
import { collectChannels, renderWebSocket } from './websocket.js';

export type { ErrorCodeInfo } from './rest.js';

export interface RenderApiDocsOptions {
  /** OpenAPI document (YAML or JSON); omitted = no `rest.md` */
  openapiPath?: string;
  /** AsyncAPI 3.0 document (YAML or JSON); omitted = no `websocket.md` */
  asyncapiPath?: string;
  /** base for the spec names in the headers; default `process.cwd()` */
  cwd?: string;
  /** HTTP status and meaning per error code, for the error-code table (else taken from the spec's examples) */
  errorCodes?: Record<string, ErrorCodeInfo>;
}

export interface ApiDocFile {
  path: string;
  content: string;
}

/**
 * Renders the reference. With neither path given, documents `specs/openapi.yaml` and
 * `specs/asyncapi.yaml` under `cwd`.
 */
export async function renderApiDocs(options: RenderApiDocsOptions = {}): Promise<ApiDocFile[]> {
  const cwd = options.cwd ?? process.cwd();
  const useDefaults = options.openapiPath === undefined && options.asyncapiPath === undefined;
  const openapiPath = useDefaults ? 'specs/openapi.yaml' : options.openapiPath;
  const asyncapiPath = useDefaults ? 'specs/asyncapi.yaml' : options.asyncapiPath;

  const files: ApiDocFile[] = [];
  const index: string[] = [];
  const sources: string[] = [];

  if (openapiPath !== undefined) {
    const label = specLabel(openapiPath, cwd);
    const doc = await loadDocument(openapiPath, cwd);
    sources.push(label);
    files.push({ path: 'rest.md', content: renderRest(doc, label, options.errorCodes) });
    index.push(restIndex(doc));
  }
  if (asyncapiPath !== undefined) {
    const label = specLabel(asyncapiPath, cwd);
    const doc = await loadDocument(asyncapiPath, cwd);
    sources.push(label);
    files.push({ path: 'websocket.md', content: renderWebSocket(doc, label) });
    index.push(webSocketIndex(doc));
  }
  const readme = `${blocks(
    `<!-- generated from ${sources.join(' and ')}, do not edit -->`,
    '# API reference',
    `Generated from ${sources.map(code).join(' and ')} (${code('npm run generate')} or ${code('clawgate generate')}): edit the specs, not these files.`,
    ...index,
  )}\n`;
  return [{ path: 'README.md', content: readme }, ...files];
}

/**
 * The entry `generate()` calls (`src/codegen/index.ts`): absolute spec paths in, files relative to
 * the docs folder out. Uses clawgate's error registry for the error-code table when the spec's
 * `code` enum lists exactly the registry's codes (it does for our own specs), so `npm run
 * generate` and `clawgate generate` on our specs write the same bytes.
 */
export async function generateDocs(options: {
  openapi?: string;
  asyncapi?: string;
  outDir?: string;
  cwd?: string;
}): Promise<ApiDocFile[]> {
  if (options.openapi === undefined && options.asyncapi === undefined) return [];
  const renderOptions: RenderApiDocsOptions = { errorCodes: ERROR_CODES };
  if (options.openapi !== undefined) renderOptions.openapiPath = options.openapi;
  if (options.asyncapi !== undefined) renderOptions.asyncapiPath = options.asyncapi;
  if (options.cwd !== undefined) renderOptions.cwd = options.cwd;
  return renderApiDocs(renderOptions);
}

async function loadDocument(file: string, cwd: string): Promise<Record<string, unknown>> {
  const text = await readFile(path.resolve(cwd, file), 'utf8');
  const doc: unknown = parse(text, { maxAliasCount: -1 });
  if (!isRecord(doc)) throw new Error(`${file} is not a YAML or JSON object`);
  return doc;
}

function restIndex(doc: Record<string, unknown>): string {
  const info = isRecord(doc.info) ? doc.info : {};
  const ops = collectOperations(doc);
  const rows = ops.map((op) => [
    `[${code(`${op.method.toUpperCase()} ${op.path}`)}](rest.md#${op.anchor})`,
    typeof op.node.operationId === 'string' ? code(op.node.operationId) : '',
    op.tag,
    typeof op.node.summary === 'string' ? op.node.summary : '',
  ]);
  return blocks(
    `## [REST API](rest.md)`,
    `${scalar(info.title)} ${code(scalar(info.version))}: ${plural(ops.length, 'operation')}. Errors: [envelope and codes](rest.md#errors).`,
    table(['Operation', 'operationId', 'Tag', 'Summary'], rows),
  );
}

function webSocketIndex(doc: Record<string, unknown>): string {
  const info = isRecord(doc.info) ? doc.info : {};
  const channels = collectChannels(doc);
  const rows = channels.map((channel) => [
    `[${typeof channel.node.title === 'string' ? channel.node.title : channel.key}](websocket.md#${channel.anchor})`,
    code(scalar(channel.node.address, channel.key)),
    String(channel.messages.filter((m) => m.directions.includes('client → server')).length),
    String(channel.messages.filter((m) => m.directions.includes('server → client')).length),
    typeof channel.node.summary === 'string' ? channel.node.summary : '',
  ]);
  return blocks(
    `## [WebSocket API](websocket.md)`,
    `${scalar(info.title)} ${code(scalar(info.version))}: ${plural(channels.length, 'channel')}.`,
    table(['Channel', 'Address', 'Client → server messages', 'Server → client messages', 'Summary'], rows),
  );
}
