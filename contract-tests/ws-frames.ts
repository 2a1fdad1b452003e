import type { ChannelModel, MessageModel } from './asyncapi-model.js';
import type { RunContext } from './run-context.js';
import type { Frame } from './ws-connection.js';

/**
 * Checks one frame the server sent on `channel`: JSON, a known `type`, a server→client message
 * (not one only clients send), valid against that message's schema. Valid frames count toward
 * message coverage.
 */
export function checkServerFrame(
  ctx: RunContext,
  channel: ChannelModel,
  frame: Frame,
): { message?: MessageModel; problems: string[] } {
  if (frame.json === undefined || typeof frame.json !== 'object' || frame.json === null) {
    return { problems: [`server sent a frame that is not a JSON object: ${frame.text.slice(0, 120)}`] };
  }
  const type = (frame.json as { type?: unknown }).type;
  const serverMessages = channel.messages.filter((m) => m.direction === 'server-to-client' && m.type === type);
  if (serverMessages.length === 0) {
    const clientOnly = channel.messages.some((m) => m.direction === 'client-to-server' && m.type === type);
    return {
      problems: [
        clientOnly
          ? `direction violation: the server sent "${String(type)}", which the spec lists only client→server`
          : `server sent an undocumented message type "${String(type)}"`,
      ],
    };
  }
  let best: { message: MessageModel; errors: string[] } | undefined;
  for (const message of serverMessages) {
    const errors = ctx.validator.validate(message.payload, frame.json);
    if (errors.length === 0) {
      ctx.coverage.recordMessage(channel.id, 'server-to-client', message.type);
      return { message, problems: [] };
    }
    if (!best || errors.length < best.errors.length) best = { message, errors };
  }
  return { message: best!.message, problems: best!.errors.map((e) => `"${String(type)}" frame: ${e}`) };
}

/** `error` messages the server may send on this channel (by type name). */
export function isErrorFrame(frame: Frame): boolean {
  return (frame.json as { type?: unknown } | undefined)?.type === 'error';
}

export function errorCodeOf(frame: Frame): string | undefined {
  const json = frame.json as { payload?: { code?: unknown } } | undefined;
  return typeof json?.payload?.code === 'string' ? json.payload.code : undefined;
}

/** ws:// or wss:// URL of a channel on the server at `baseUrl`. */
export function channelUrl(baseUrl: string, address: string, query: Record<string, string>): string {
  const url = new URL(baseUrl.replace(/\/$/, '') + address);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/** A copy of a message example with a fresh timestamp, ready to send. */
export function frameFromExample(example: unknown): string {
  if (example && typeof example === 'object' && !Array.isArray(example)) {
    const frame = { ...(example as Record<string, unknown>) };
    if ('timestamp' in frame) frame.timestamp = new Date().toISOString();
    return JSON.stringify(frame);
  }
  return JSON.stringify(example);
}
