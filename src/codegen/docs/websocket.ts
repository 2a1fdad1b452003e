/**
 * `websocket.md`: every AsyncAPI 3.0 channel — address, handshake (bindings and security),
 * close codes, operations, and every message per direction with its payload fields and examples.
 * Operations are read from the server's point of view: `send` = server → client.
 */
import { createResolver, isRecord, type Resolver } from '../diff/refs.js';
import { anchor, blocks, code, jsonBlock, prose, scalar, slug, table } from './markdown.js';
import { plural } from './rest.js';
import { fieldRows, fieldTable, typeLabel } from './schema-object.js';

type Direction = 'client → server' | 'server → client' | 'direction not stated';

export interface ChannelMessage {
  key: string;
  node: Record<string, unknown>;
  directions: Direction[];
}

export interface ChannelInfo {
  key: string;
  node: Record<string, unknown>;
  anchor: string;
  messages: ChannelMessage[];
}

/** Channels in document order with their messages and the directions operations give them. */
export function collectChannels(doc: Record<string, unknown>, resolve: Resolver = createResolver(doc)): ChannelInfo[] {
  const channels = isRecord(doc.channels) ? doc.channels : {};
  const operations = isRecord(doc.operations) ? Object.values(doc.operations) : [];
  const directions = new Map<string, Set<Direction>>();
  const mark = (channelKey: string | undefined, names: string[], direction: Direction): void => {
    if (channelKey === undefined) return;
    for (const name of names) {
      const key = `${channelKey}/${name}`;
      directions.set(key, new Set([...(directions.get(key) ?? []), direction]));
    }
  };
  for (const raw of operations) {
    const op = resolve(raw).node;
    if (!isRecord(op) || (op.action !== 'send' && op.action !== 'receive')) continue;
    const forward: Direction = op.action === 'send' ? 'server → client' : 'client → server';
    const backward: Direction = forward === 'server → client' ? 'client → server' : 'server → client';
    const channelKey = refKey(op.channel, 'channels');
    mark(channelKey, messageKeys(op.messages, channels, channelKey), forward);
    const reply = resolve(op.reply).node;
    if (isRecord(reply)) {
      const replyChannel = refKey(reply.channel, 'channels') ?? channelKey;
      mark(replyChannel, messageKeys(reply.messages, channels, replyChannel), backward);
    }
  }
  return Object.entries(channels).flatMap(([key, raw]) => {
    const node = resolve(raw).node;
    if (!isRecord(node)) return [];
    const messages = (isRecord(node.messages) ? Object.entries(node.messages) : []).flatMap(([name, rawMessage]) => {
      const message = resolve(rawMessage).node;
      if (!isRecord(message)) return [];
      const found = [...(directions.get(`${key}/${name}`) ?? [])].sort();
      return [
        { key: name, node: message, directions: found.length > 0 ? found : (['direction not stated'] as Direction[]) },
      ];
    });
    return [{ key, node, anchor: `channel-${slug(key)}`, messages }];
  });
}

function refKey(ref: unknown, section: string): string | undefined {
  if (!isRecord(ref) || typeof ref.$ref !== 'string') return undefined;
  const match = new RegExp(`^#/${section}/([^/]+)$`).exec(ref.$ref);
  return match?.[1] === undefined ? undefined : unescapePointer(match[1]);
}

function unescapePointer(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function messageKeys(list: unknown, channels: Record<string, unknown>, channelKey: string | undefined): string[] {
  if (Array.isArray(list)) {
    return list.flatMap((ref) => {
      if (!isRecord(ref) || typeof ref.$ref !== 'string') return [];
      const match = /\/messages\/([^/]+)$/.exec(ref.$ref);
      return match?.[1] === undefined ? [] : [unescapePointer(match[1])];
    });
  }
  const channel = channelKey === undefined ? undefined : channels[channelKey];
  return isRecord(channel) && isRecord(channel.messages) ? Object.keys(channel.messages) : [];
}

export function renderWebSocket(doc: Record<string, unknown>, sourceLabel: string): string {
  const resolve = createResolver(doc);
  const channels = collectChannels(doc, resolve);
  const info = isRecord(doc.info) ? doc.info : {};
  const messageCount = channels.reduce((n, c) => n + c.messages.length, 0);
  const contents = channels.map((channel) => {
    const lines = [
      `- [${channelTitle(channel)}](#${channel.anchor}) — ${code(scalar(channel.node.address, channel.key))}`,
    ];
    for (const message of channel.messages)
      lines.push(
        `  - [${code(messageTitle(message.node, message.key))}](#${messageAnchor(channel, message)}) (${message.directions.join(', ')})`,
      );
    return lines.join('\n');
  });
  return `${blocks(
    `<!-- generated from ${sourceLabel}, do not edit -->`,
    `# ${scalar(info.title, 'WebSocket API')} — WebSocket reference`,
    `Version ${code(scalar(info.version))} · AsyncAPI ${code(scalar(doc.asyncapi))} · ${plural(channels.length, 'channel')}, ${plural(messageCount, 'message')}. Generated from ${code(sourceLabel)}; the REST API is in [rest.md](rest.md).`,
    prose(info.description, 0),
    renderServers(resolve, doc),
    `## Contents\n\n${contents.join('\n')}`,
    ...channels.map((channel) => renderChannel(resolve, doc, channel)),
  )}\n`;
}

function channelTitle(channel: ChannelInfo): string {
  return typeof channel.node.title === 'string' ? channel.node.title : channel.key;
}

function messageTitle(message: Record<string, unknown>, key: string): string {
  const type = frameType(message);
  if (type !== undefined) return type;
  return typeof message.title === 'string' ? message.title : typeof message.name === 'string' ? message.name : key;
}

/** The `type` constant of a frame payload, e.g. `session.join`, when the payload has one. */
function frameType(message: Record<string, unknown>): string | undefined {
  const raw = payloadSchema(message);
  const payload = isRecord(raw) ? raw : undefined;
  const type =
    payload && isRecord(payload.properties) && isRecord(payload.properties.type) ? payload.properties.type : undefined;
  return type !== undefined && typeof type.const === 'string' ? type.const : undefined;
}

/** A payload may be a schema or a multi-format `{ schemaFormat, schema }`. */
function payloadSchema(message: Record<string, unknown>): unknown {
  const { payload } = message;
  return isRecord(payload) && typeof payload.schemaFormat === 'string' ? payload.schema : payload;
}

function messageAnchor(channel: ChannelInfo, message: ChannelMessage): string {
  return `msg-${slug(channel.key)}-${slug(message.key)}`;
}

function renderServers(resolve: Resolver, doc: Record<string, unknown>): string | undefined {
  const servers = isRecord(doc.servers) ? Object.entries(doc.servers) : [];
  if (servers.length === 0) return undefined;
  const rows = servers.map(([name, raw]) => {
    const server = resolve(raw).node;
    const s = isRecord(server) ? server : {};
    return [
      code(name),
      code(`${scalar(s.protocol)}://${scalar(s.host)}${typeof s.pathname === 'string' ? s.pathname : ''}`),
      securityNames(resolve, s.security),
      typeof s.description === 'string' ? s.description : '',
    ];
  });
  return `## Servers\n\n${table(['Server', 'URL', 'Security (any one)', 'Description'], rows)}\n\n${renderSecuritySchemes(resolve, doc) ?? ''}`.trimEnd();
}

function securityNames(resolve: Resolver, security: unknown): string {
  if (!Array.isArray(security) || security.length === 0) return 'none';
  return security
    .map((raw) => {
      const { refName } = resolve(raw);
      return refName === undefined ? 'inline scheme' : code(refName);
    })
    .join(', ');
}

function renderSecuritySchemes(resolve: Resolver, doc: Record<string, unknown>): string | undefined {
  const components = isRecord(doc.components) ? doc.components : {};
  const schemes = isRecord(components.securitySchemes) ? Object.entries(components.securitySchemes) : [];
  if (schemes.length === 0) return undefined;
  const rows = schemes.map(([name, raw]) => {
    const scheme = resolve(raw).node;
    const s = isRecord(scheme) ? scheme : {};
    const how =
      s.type === 'httpApiKey' || s.type === 'apiKey'
        ? `API key in ${String(s.in)}${typeof s.name === 'string' ? ` ${code(s.name)}` : ''}`
        : s.type === 'http'
          ? `HTTP ${String(s.scheme)}`
          : String(s.type);
    return [code(name), how, typeof s.description === 'string' ? s.description : ''];
  });
  return `Security schemes:\n\n${table(['Scheme', 'How', 'Description'], rows)}`;
}

function renderChannel(resolve: Resolver, doc: Record<string, unknown>, channel: ChannelInfo): string {
  const { node } = channel;
  const address = scalar(node.address, channel.key);
  const byDirection = (direction: Direction): ChannelMessage[] =>
    channel.messages.filter((m) => m.directions.includes(direction));
  const sections: string[] = [];
  for (const direction of ['client → server', 'server → client', 'direction not stated'] as const) {
    const messages = byDirection(direction);
    if (messages.length === 0) continue;
    sections.push(
      blocks(`### Messages ${direction}`, ...messages.map((m) => renderMessage(resolve, channel, m, direction))),
    );
  }
  return blocks(
    `${anchor(channel.anchor)}\n\n## ${channelTitle(channel)} — ${code(address)}`,
    `Channel ${code(channel.key)}${typeof node.summary === 'string' ? `: ${node.summary}` : ''}`,
    prose(node.description, 3),
    renderHandshake(resolve, node),
    renderCloseCodes(resolve, node),
    renderOperations(resolve, doc, channel),
    ...sections,
  );
}

function renderHandshake(resolve: Resolver, channel: Record<string, unknown>): string | undefined {
  const bindings = resolve(channel.bindings).node;
  const ws = isRecord(bindings) ? resolve(bindings.ws).node : undefined;
  if (!isRecord(ws)) return undefined;
  const rows: string[][] = [];
  for (const part of ['headers', 'query'] as const) {
    const schema = resolve(ws[part]).node;
    if (!isRecord(schema)) continue;
    for (const row of fieldRows(resolve, schema))
      rows.push([
        code(row.field),
        part === 'headers' ? 'header' : 'query',
        code(row.type),
        row.required ? 'yes' : 'no',
        row.description,
      ]);
  }
  const method = typeof ws.method === 'string' ? `Upgrade request method: ${code(ws.method)}.` : undefined;
  return blocks(
    '### Handshake',
    method,
    rows.length === 0 ? undefined : table(['Name', 'In', 'Type', 'Required', 'Description'], rows),
  );
}

function renderCloseCodes(resolve: Resolver, channel: Record<string, unknown>): string | undefined {
  const bindings = resolve(channel.bindings).node;
  const ws = isRecord(bindings) ? resolve(bindings.ws).node : undefined;
  const source = resolve(channel['x-close-codes'] ?? (isRecord(ws) ? ws['x-close-codes'] : undefined)).node;
  const rows: string[][] = [];
  if (Array.isArray(source)) {
    for (const raw of source) {
      const entry = resolve(raw).node;
      if (isRecord(entry))
        rows.push([String(entry.code), scalar(entry.reason), scalar(entry.when ?? entry.description)]);
      else if (typeof entry === 'number') rows.push([String(entry), '', '']);
    }
  } else if (isRecord(source)) {
    for (const [codeValue, value] of Object.entries(source))
      rows.push([
        codeValue,
        typeof value === 'string' ? value : isRecord(value) ? scalar(value.reason) : '',
        isRecord(value) ? scalar(value.when ?? value.description) : '',
      ]);
  }
  if (rows.length === 0) return undefined;
  return `### Close codes\n\n${table(['Code', 'Reason', 'When'], rows)}`;
}

function renderOperations(resolve: Resolver, doc: Record<string, unknown>, channel: ChannelInfo): string | undefined {
  const operations = isRecord(doc.operations) ? Object.entries(doc.operations) : [];
  const channels = isRecord(doc.channels) ? doc.channels : {};
  const rows: string[][] = [];
  for (const [key, raw] of operations) {
    const op = resolve(raw).node;
    if (!isRecord(op) || refKey(op.channel, 'channels') !== channel.key) continue;
    const names = messageKeys(op.messages, channels, channel.key).map((name) => link(channel, name));
    const reply = resolve(op.reply).node;
    const replyNames = isRecord(reply)
      ? messageKeys(reply.messages, channels, refKey(reply.channel, 'channels') ?? channel.key).map((name) =>
          link(channel, name),
        )
      : [];
    rows.push([
      code(key),
      String(op.action),
      names.join(', '),
      replyNames.join(', ') || '—',
      typeof op.summary === 'string' ? op.summary : typeof op.title === 'string' ? op.title : '',
    ]);
  }
  if (rows.length === 0) return undefined;
  return `### Operations\n\n${table(['Operation', 'Action (server)', 'Messages', 'Reply', 'Summary'], rows)}`;
}

function link(channel: ChannelInfo, messageKey: string): string {
  const message = channel.messages.find((m) => m.key === messageKey);
  if (message === undefined) return code(messageKey);
  return `[${code(messageTitle(message.node, message.key))}](#${messageAnchor(channel, message)})`;
}

function renderMessage(resolve: Resolver, channel: ChannelInfo, message: ChannelMessage, direction: Direction): string {
  const { node } = message;
  // a message travelling both ways is described once, under its first direction
  if (message.directions[0] !== direction) {
    return `#### ${code(messageTitle(node, message.key))}\n\nAlso sent ${direction}; see [above](#${messageAnchor(channel, message)}).`;
  }
  const payload = payloadSchema(node);
  const rows = fieldRows(resolve, payload);
  const headers = isRecord(node.headers) ? fieldRows(resolve, node.headers) : [];
  return blocks(
    `${anchor(messageAnchor(channel, message))}\n\n#### ${code(messageTitle(node, message.key))}`,
    `Message ${code(message.key)}${typeof node.name === 'string' && node.name !== message.key ? ` (name ${code(node.name)})` : ''} · ${message.directions.join(', ')}${typeof node.summary === 'string' ? ` · ${node.summary}` : ''}`,
    prose(node.description, 4),
    headers.length === 0 ? undefined : `Headers:\n\n${fieldTable(headers)}`,
    rows.length === 0 ? `Payload: ${code(typeLabel(resolve, payload))}` : `Payload:\n\n${fieldTable(rows)}`,
    renderMessageExamples(node),
  );
}

function renderMessageExamples(message: Record<string, unknown>): string | undefined {
  const examples = Array.isArray(message.examples) ? message.examples.filter(isRecord) : [];
  const out = examples
    .filter((example) => example.payload !== undefined)
    .map((example) => {
      const name = typeof example.name === 'string' ? ` ${code(example.name)}` : '';
      const summary = typeof example.summary === 'string' ? ` — ${example.summary}` : '';
      return `Example${name}${summary}:\n\n${jsonBlock(example.payload)}`;
    });
  return out.length === 0 ? undefined : out.join('\n\n');
}
