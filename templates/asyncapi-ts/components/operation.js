/**
 * The Operation Object (AsyncAPI 3.0 §"Operation Object") decides which way each message travels.
 * The document describes the server: `action: send` messages go server → client, `action: receive`
 * messages go client → server, and an operation's `reply` travels the other way (on the reply's
 * channel, or the operation's own channel when the reply names none).
 */

/**
 * @returns {Array<{ channelId: string, direction: 'server' | 'client', messages: object[] }>} one
 *   placement per (channel, direction) touched by the operation
 */
export function placeOperation(operation) {
  const placements = [];
  const forward = operation.action() === 'send' ? 'server' : 'client';
  const backward = forward === 'server' ? 'client' : 'server';
  const channels = operation.channels().all();
  const messages = operation.messages().all();
  for (const channel of channels) {
    placements.push({
      channelId: channel.id(),
      direction: forward,
      messages: messages.length > 0 ? messages : channel.messages().all(),
    });
  }
  const reply = operation.reply?.();
  if (reply) {
    const replyChannel = reply.channel?.() ?? channels[0];
    if (replyChannel) {
      const replyMessages = reply.messages().all();
      placements.push({
        channelId: replyChannel.id(),
        direction: backward,
        messages: replyMessages.length > 0 ? replyMessages : replyChannel.messages().all(),
      });
    }
  }
  return placements;
}

/** Request/reply metadata for an operation with a `reply`, or undefined. */
export function requestReplyOf(operation, findMessage) {
  const reply = operation.reply?.();
  if (!reply) return undefined;
  const channel = operation.channels().all()[0];
  const replyChannel = reply.channel?.() ?? channel;
  const requests =
    operation.messages().all().length > 0 ? operation.messages().all() : (channel?.messages().all() ?? []);
  const replies = reply.messages().all().length > 0 ? reply.messages().all() : (replyChannel?.messages().all() ?? []);
  const names = (list) => list.map((m) => findMessage(m)?.typeName).filter(Boolean);
  return {
    operation: operation.id(),
    action: operation.action(),
    channel: channel?.id() ?? null,
    replyChannel: replyChannel?.id() ?? null,
    requests: names(requests),
    replies: names(replies),
  };
}
