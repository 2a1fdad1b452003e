import { readFile } from 'node:fs/promises';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';
import { toAcyclic, type JsonObject } from './json-schema.js';

/** From the server's point of view, as the spec's operations say: `send` = server→client. */
export type Direction = 'server-to-client' | 'client-to-server';

export interface MessageModel {
  /** Message id in the spec (components key or channel message key). */
  id: string;
  /** The frame's `type` value (the `type` const of the payload schema), or the id. */
  type: string;
  direction: Direction;
  payload: JsonObject;
  examples: unknown[];
}

export interface CloseCodeModel {
  code: number;
  reason?: string;
  when?: string;
}

export interface ChannelModel {
  id: string;
  address: string;
  description: string;
  messages: MessageModel[];
  closeCodes: CloseCodeModel[];
  /** Replies declared with AsyncAPI 3 `reply`: client message type → reply message types. */
  replies: Record<string, string[]>;
  /** ws binding: header and query schemas of the handshake. */
  handshake: { headers?: JsonObject; query?: JsonObject };
}

export interface AsyncApiModel {
  title: string;
  channels: ChannelModel[];
}

/** Parses an AsyncAPI 3 document with @asyncapi/parser; errors in the document stop the run. */
export async function loadAsyncApi(file: string): Promise<AsyncApiModel> {
  const text = await readFile(file, 'utf8');
  const { document, diagnostics } = await new Parser().parse(text, { source: file });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- two copies of @stoplight/types
  const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
  if (!document || errors.length > 0) {
    const lines = errors.slice(0, 10).map((d) => `  ${d.path.join('.')}: ${d.message}`);
    throw new Error(`${file} is not a valid AsyncAPI document:\n${lines.join('\n')}`);
  }
  const channels = new Map<string, ChannelModel>();
  const messagesByChannel = new Map<string, Map<string, MessageModel>>();
  for (const channel of document.channels().all()) {
    const raw = channel.json<JsonObject>();
    const ws = ((raw.bindings ?? {}) as JsonObject).ws as JsonObject | undefined;
    channels.set(channel.id(), {
      id: channel.id(),
      address: channel.address() ?? `/${channel.id()}`,
      description: typeof raw.description === 'string' ? raw.description : '',
      messages: [],
      closeCodes: parseCloseCodes(raw['x-close-codes']),
      replies: {},
      handshake: {
        ...(ws?.headers ? { headers: toAcyclic(ws.headers) as JsonObject } : {}),
        ...(ws?.query ? { query: toAcyclic(ws.query) as JsonObject } : {}),
      },
    });
    messagesByChannel.set(channel.id(), new Map());
  }

  const addMessage = (channelId: string, message: MessageLike, direction: Direction): MessageModel | undefined => {
    const byKey = messagesByChannel.get(channelId);
    if (!byKey) return undefined;
    const model = toMessageModel(message, direction);
    const key = `${direction}:${model.type}`;
    const existing = byKey.get(key);
    if (existing) return existing;
    byKey.set(key, model);
    channels.get(channelId)?.messages.push(model);
    return model;
  };

  for (const operation of document.operations().all()) {
    const direction: Direction = operation.action() === 'send' ? 'server-to-client' : 'client-to-server';
    const replyDirection: Direction = direction === 'server-to-client' ? 'client-to-server' : 'server-to-client';
    for (const channel of operation.channels().all()) {
      const sent = operation
        .messages()
        .all()
        .map((m) => addMessage(channel.id(), m, direction));
      const reply = operation.reply();
      if (!reply) continue;
      const replyChannel = reply.channel()?.id() ?? channel.id();
      const replied = reply
        .messages()
        .all()
        .map((m) => addMessage(replyChannel, m, replyDirection));
      const model = channels.get(channel.id());
      if (!model || direction !== 'client-to-server') continue;
      for (const m of sent) {
        if (!m) continue;
        model.replies[m.type] = [...(model.replies[m.type] ?? []), ...replied.flatMap((r) => (r ? [r.type] : []))];
      }
    }
  }
  const info = document.info();
  return { title: info.title(), channels: [...channels.values()] };
}

interface MessageLike {
  id(): string;
  name(): string | undefined;
  payload(): { json(): unknown } | undefined;
  examples(): { all(): { payload(): unknown }[] };
}

function toMessageModel(message: MessageLike, direction: Direction): MessageModel {
  const payload = (toAcyclic(message.payload()?.json() ?? {}) as JsonObject) ?? {};
  const typeSchema = ((payload.properties ?? {}) as JsonObject).type as JsonObject | undefined;
  const constType =
    typeof typeSchema?.const === 'string'
      ? typeSchema.const
      : Array.isArray(typeSchema?.enum) && typeof typeSchema.enum[0] === 'string'
        ? typeSchema.enum[0]
        : undefined;
  return {
    id: message.id(),
    type: constType ?? message.name() ?? message.id(),
    direction,
    payload,
    examples: message
      .examples()
      .all()
      .map((e) => e.payload())
      .filter((p) => p !== undefined),
  };
}

function parseCloseCodes(value: unknown): CloseCodeModel[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (typeof entry === 'number') return [{ code: entry }];
    if (!entry || typeof entry !== 'object') return [];
    const e = entry as JsonObject;
    if (typeof e.code !== 'number') return [];
    return [
      {
        code: e.code,
        ...(typeof e.reason === 'string' ? { reason: e.reason } : {}),
        ...(typeof e.when === 'string' ? { when: e.when } : {}),
      },
    ];
  });
}
