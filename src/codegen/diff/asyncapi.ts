/**
 * AsyncAPI 3.0 comparison: channels (address, handshake bindings, close codes), messages and
 * operations. The spec describes the server, so `action: send` is server → client (`output`)
 * and `action: receive` is client → server (`input`); replies go the other way.
 */
import { createResolver, isRecord, type Resolver } from './refs.js';
import { compareSchemas, type SchemaContext } from './schema.js';
import type { Direction, Report } from './types.js';

interface Doc {
  resolve: Resolver;
  channels: Record<string, unknown>;
  operations: Record<string, unknown>;
  /** `channelKey/messageKey` → the directions the message travels in */
  directions: Map<string, Set<Direction>>;
}

/** Compares two AsyncAPI 3.0 documents; either may be missing (file absent at that revision). */
export function diffAsyncApi(before: unknown, after: unknown, report: Report): void {
  const b = readDoc(before);
  const a = readDoc(after);
  const ctx: SchemaContext = { before: b.resolve, after: a.resolve, report };

  for (const [key, rawChannel] of Object.entries(b.channels)) {
    const channel = b.resolve(rawChannel).node;
    const match = a.channels[key];
    if (match === undefined) {
      report({
        kind: 'breaking',
        rule: 'channel-removed',
        location: `channel ${key}`,
        message: `channel ${key}${addressOf(channel)} removed`,
      });
      continue;
    }
    compareChannel(ctx, b, a, key, channel, a.resolve(match).node);
  }
  for (const [key, rawChannel] of Object.entries(a.channels)) {
    if (!(key in b.channels))
      report({
        kind: 'non-breaking',
        rule: 'channel-added',
        location: `channel ${key}`,
        message: `new channel${addressOf(a.resolve(rawChannel).node)}`,
      });
  }

  for (const [key, rawOp] of Object.entries(b.operations)) {
    const op = b.resolve(rawOp).node;
    const match = a.operations[key];
    const where = `operation ${key}`;
    if (match === undefined) {
      report({
        kind: 'breaking',
        rule: 'async-operation-removed',
        location: where,
        message: `operation ${key} removed`,
      });
      continue;
    }
    const opAfter = a.resolve(match).node;
    if (isRecord(op) && isRecord(opAfter) && op.action !== opAfter.action) {
      report({
        kind: 'breaking',
        rule: 'async-operation-action-changed',
        location: where,
        message: `action ${String(op.action)} → ${String(opAfter.action)}: the message now travels the other way`,
      });
    }
  }
  for (const key of Object.keys(a.operations)) {
    if (!(key in b.operations))
      report({
        kind: 'non-breaking',
        rule: 'async-operation-added',
        location: `operation ${key}`,
        message: `new operation ${key}`,
      });
  }
}

function compareChannel(ctx: SchemaContext, b: Doc, a: Doc, key: string, channel: unknown, match: unknown): void {
  if (!isRecord(channel) || !isRecord(match)) return;
  const where = `channel ${key}`;
  if (channel.address !== match.address) {
    ctx.report({
      kind: 'breaking',
      rule: 'channel-address-changed',
      location: where,
      message: `address ${String(channel.address)} → ${String(match.address)}`,
    });
  }

  // handshake: headers and query the client sends when it connects
  const wsBefore = wsBinding(b.resolve, channel);
  const wsAfter = wsBinding(a.resolve, match);
  for (const part of ['headers', 'query'] as const) {
    if (wsBefore[part] === undefined && wsAfter[part] !== undefined) {
      compareSchemas(ctx, { type: 'object' }, wsAfter[part], 'input', `${where} › handshake ${part}`);
    } else if (wsBefore[part] !== undefined && wsAfter[part] !== undefined) {
      compareSchemas(ctx, wsBefore[part], wsAfter[part], 'input', `${where} › handshake ${part}`);
    }
  }

  const codesBefore = closeCodes(b.resolve, channel);
  const codesAfter = closeCodes(a.resolve, match);
  for (const code of codesBefore) {
    if (!codesAfter.has(code))
      ctx.report({
        kind: 'breaking',
        rule: 'close-code-removed',
        location: `${where} › close code ${code}`,
        message: `close code ${code} no longer documented: clients handling it by code break`,
      });
  }
  for (const code of codesAfter) {
    if (!codesBefore.has(code))
      ctx.report({
        kind: 'non-breaking',
        rule: 'close-code-added',
        location: `${where} › close code ${code}`,
        message: `close code ${code} added`,
      });
  }

  const messagesBefore = isRecord(channel.messages) ? channel.messages : {};
  const messagesAfter = isRecord(match.messages) ? match.messages : {};
  for (const [name, rawMessage] of Object.entries(messagesBefore)) {
    const at = `${where} › message ${name}`;
    const rawAfter = messagesAfter[name];
    if (rawAfter === undefined) {
      ctx.report({
        kind: 'breaking',
        rule: 'message-removed',
        location: at,
        message: `message ${name} removed from the channel`,
      });
      continue;
    }
    const message = b.resolve(rawMessage).node;
    const messageAfter = a.resolve(rawAfter).node;
    if (!isRecord(message) || !isRecord(messageAfter)) continue;
    const directions = new Set([
      ...(b.directions.get(`${key}/${name}`) ?? []),
      ...(a.directions.get(`${key}/${name}`) ?? []),
    ]);
    // a message no operation uses has no known direction: hold it to both rules
    const checked: Direction[] = directions.size > 0 ? [...directions].sort() : ['input', 'output'];
    for (const direction of checked) {
      const arrow = direction === 'input' ? 'client → server' : 'server → client';
      compareSchemas(
        ctx,
        payloadSchema(message.payload),
        payloadSchema(messageAfter.payload),
        direction,
        `${at} (${arrow}) payload`,
      );
      if (message.headers !== undefined && messageAfter.headers !== undefined) {
        compareSchemas(
          ctx,
          payloadSchema(message.headers),
          payloadSchema(messageAfter.headers),
          direction,
          `${at} (${arrow}) headers`,
        );
      }
    }
  }
  for (const name of Object.keys(messagesAfter)) {
    if (!(name in messagesBefore))
      ctx.report({
        kind: 'non-breaking',
        rule: 'message-added',
        location: `${where} › message ${name}`,
        message: `new message ${name}`,
      });
  }
}

function readDoc(raw: unknown): Doc {
  const doc = isRecord(raw) ? raw : {};
  const resolve = createResolver(doc);
  const channels = isRecord(doc.channels) ? doc.channels : {};
  const operations = isRecord(doc.operations) ? doc.operations : {};
  return { resolve, channels, operations, directions: messageDirections(channels, operations, resolve) };
}

/** Which way each channel message travels, from the operations (and their replies) that use it. */
function messageDirections(
  channels: Record<string, unknown>,
  operations: Record<string, unknown>,
  resolve: Resolver,
): Map<string, Set<Direction>> {
  const directions = new Map<string, Set<Direction>>();
  const add = (key: string, direction: Direction): void => {
    directions.set(key, new Set([...(directions.get(key) ?? []), direction]));
  };
  for (const rawOp of Object.values(operations)) {
    const op = resolve(rawOp).node;
    if (!isRecord(op) || (op.action !== 'send' && op.action !== 'receive')) continue;
    const forward: Direction = op.action === 'send' ? 'output' : 'input';
    const backward: Direction = forward === 'output' ? 'input' : 'output';
    const channelKey = channelKeyOf(op.channel, channels);
    if (channelKey !== undefined) {
      for (const name of messageNames(op.messages, channels, channelKey)) add(`${channelKey}/${name}`, forward);
    }
    const reply = resolve(op.reply).node;
    if (isRecord(reply)) {
      const replyChannel = channelKeyOf(reply.channel, channels) ?? channelKey;
      if (replyChannel !== undefined) {
        for (const name of messageNames(reply.messages, channels, replyChannel))
          add(`${replyChannel}/${name}`, backward);
      }
    }
  }
  return directions;
}

function channelKeyOf(ref: unknown, channels: Record<string, unknown>): string | undefined {
  if (!isRecord(ref) || typeof ref.$ref !== 'string') return undefined;
  const match = /^#\/channels\/([^/]+)$/.exec(ref.$ref);
  const key =
    match?.[1] === undefined ? undefined : decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~');
  return key !== undefined && key in channels ? key : undefined;
}

/** Message keys an operation names (`#/channels/x/messages/y`); none listed = all of the channel's. */
function messageNames(list: unknown, channels: Record<string, unknown>, channelKey: string): string[] {
  if (Array.isArray(list)) {
    return list.flatMap((ref) => {
      if (!isRecord(ref) || typeof ref.$ref !== 'string') return [];
      const match = /\/messages\/([^/]+)$/.exec(ref.$ref);
      return match?.[1] === undefined ? [] : [decodeURIComponent(match[1]).replace(/~1/g, '/').replace(/~0/g, '~')];
    });
  }
  const channel = channels[channelKey];
  return isRecord(channel) && isRecord(channel.messages) ? Object.keys(channel.messages) : [];
}

/** A payload may be a schema or a multi-format `{ schemaFormat, schema }`. */
function payloadSchema(payload: unknown): unknown {
  if (isRecord(payload) && typeof payload.schemaFormat === 'string' && payload.schema !== undefined)
    return payload.schema;
  return payload;
}

function wsBinding(resolve: Resolver, channel: Record<string, unknown>): { headers?: unknown; query?: unknown } {
  const bindings = resolve(channel.bindings).node;
  if (!isRecord(bindings)) return {};
  const ws = resolve(bindings.ws).node;
  if (!isRecord(ws)) return {};
  const result: { headers?: unknown; query?: unknown } = {};
  if (ws.headers !== undefined) result.headers = ws.headers;
  if (ws.query !== undefined) result.query = ws.query;
  return result;
}

/**
 * Close codes a channel documents, as an `x-close-codes` extension on the channel or its ws
 * binding: a list of numbers, a list of `{ code }` objects, or a map keyed by code.
 */
export function closeCodes(resolve: Resolver, channel: Record<string, unknown>): Set<number> {
  const codes = new Set<number>();
  const bindings = resolve(channel.bindings).node;
  const ws = isRecord(bindings) ? resolve(bindings.ws).node : undefined;
  const sources = [channel['x-close-codes'], isRecord(ws) ? ws['x-close-codes'] : undefined];
  for (const rawSource of sources) {
    const source = resolve(rawSource).node;
    if (Array.isArray(source)) {
      for (const raw of source) {
        const entry = resolve(raw).node;
        const code = isRecord(entry) ? entry.code : entry;
        if (typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code))) codes.add(Number(code));
      }
    } else if (isRecord(source)) {
      for (const code of Object.keys(source)) if (/^\d+$/.test(code)) codes.add(Number(code));
    }
  }
  return codes;
}

function addressOf(channel: unknown): string {
  return isRecord(channel) && typeof channel.address === 'string' ? ` (${channel.address})` : '';
}
