/**
 * The Channel Object (AsyncAPI 3.0 §"Channel Object"): per channel and direction a discriminated
 * union, a message map, metadata (address, ws bindings, close codes, acks, request/reply, resume)
 * and a validator; plus the typed client class of the WebSocket SDK.
 *
 * Conventions read from the document (all optional):
 * - discriminator: the first top-level property (preferring `type`) that is a distinct const in
 *   every message of one direction; without one, messages are told apart by trying each schema;
 * - sequence: server messages with a top-level `seq` property carry a per-channel sequence;
 * - resume: a ws-binding header like `last-event-seq` and/or a query parameter like `since`
 *   (or `x-resume: { header, query }` on the channel) carries the last seen `seq` on reconnect;
 * - acks: a client message marked `x-ack` or whose discriminator value ends in `ack`, with a `seq`
 *   (top level or under `payload`), is sent cumulatively by the SDK after handlers ran;
 * - close codes: `x-close-codes` on the channel, copied as written.
 */
import { pascalCase, camelCase, propertyKey, jsDoc } from './names.js';
import { constantOf, topLevelProperties, propertyAt, emitJsonSchema } from './schema.js';
import { placeOperation, requestReplyOf } from './operation.js';

const RESUME_HEADER = /^(last-?event-?seq|last-?seq|last-?event-?id)$/i;
const RESUME_QUERY = /^(since|last-?seq|last-?event-?seq|after|from-?seq)$/i;
const SEQ_PATHS = [['payload', 'seq'], ['seq'], ['payload', 'lastSeq'], ['lastSeq']];

/** Finds the property that tells the messages of one direction apart. */
export function findDiscriminator(messages) {
  if (messages.length === 0) return null;
  const candidates = topLevelProperties(messages[0].schema);
  candidates.sort((a, b) => (a === 'type' ? -1 : b === 'type' ? 1 : 0));
  for (const property of candidates) {
    const values = messages.map((m) => constantOf(m.schema, property));
    if (values.every((v) => typeof v === 'string') && new Set(values).size === values.length) return property;
  }
  return null;
}

function cleanData(value) {
  if (Array.isArray(value)) return value.map(cleanData);
  if (value && typeof value === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(value)) if (!k.startsWith('x-parser-')) out[k] = cleanData(v);
    return out;
  }
  return value;
}

function wsBinding(channel) {
  const ws = channel.json().bindings?.ws;
  if (!ws || typeof ws !== 'object') return null;
  const out = {};
  for (const [key, value] of Object.entries(ws)) {
    if (key.startsWith('x-parser-')) continue;
    out[key] = key === 'headers' || key === 'query' ? emitJsonSchema(value, () => 'Recursive') : cleanData(value);
  }
  return out;
}

function findResume(channel, binding) {
  const explicit = channel.json()['x-resume'];
  if (explicit && typeof explicit === 'object') {
    return { header: explicit.header ?? null, query: explicit.query ?? null };
  }
  const header = Object.keys(binding?.headers?.properties ?? {}).find((k) => RESUME_HEADER.test(k)) ?? null;
  const query = Object.keys(binding?.query?.properties ?? {}).find((k) => RESUME_QUERY.test(k)) ?? null;
  return header || query ? { header, query } : null;
}

function findAck(clientMessages, discriminator, keyOf) {
  for (const message of clientMessages) {
    const marker = message.raw['x-ack'];
    const key = keyOf(message);
    if (!marker && !(discriminator && /(^|[._-])ack$/i.test(key))) continue;
    const explicitPath =
      marker && typeof marker === 'object' && typeof marker.seqField === 'string' ? marker.seqField.split('.') : null;
    const seqPath = explicitPath ?? SEQ_PATHS.find((path) => propertyAt(message.schema, path) !== undefined);
    if (!seqPath) continue;
    return { message, key, seqPath };
  }
  return null;
}

/** A TS expression building the ack frame for cumulative position `seq`. */
function ackBuilder(schema, seqPath, depth = 0) {
  const required = new Set();
  const collect = (s) => {
    if (!s || typeof s !== 'object') return;
    for (const r of s.required ?? []) required.add(r);
    for (const m of s.allOf ?? []) collect(m);
  };
  collect(schema);
  const fields = [];
  const keys = [...new Set([...topLevelProperties(schema), ...required])];
  for (const key of keys) {
    const prop = propertyAt(schema, [key]);
    if (key === seqPath[depth]) {
      fields.push(
        `${propertyKey(key)}: ${depth === seqPath.length - 1 ? 'seq' : ackBuilder(prop, seqPath, depth + 1)}`,
      );
    } else if (prop && typeof prop === 'object' && prop.const !== undefined) {
      fields.push(`${propertyKey(key)}: ${JSON.stringify(prop.const)}`);
    } else if (required.has(key) && prop && typeof prop === 'object' && prop.format === 'date-time') {
      fields.push(`${propertyKey(key)}: new Date().toISOString()`);
    } else if (required.has(key) && prop && Array.isArray(prop.enum) && prop.enum.length === 1) {
      fields.push(`${propertyKey(key)}: ${JSON.stringify(prop.enum[0])}`);
    }
  }
  return `{ ${fields.join(', ')} }`;
}

/**
 * Builds the channel models: messages placed by direction from the operations.
 * @returns {object[]} channel models in spec order
 */
export function collectChannels(asyncapi, messages, registry) {
  const channelNames = new Set();
  const channels = asyncapi
    .channels()
    .all()
    .map((channel) => {
      let base = pascalCase(channel.id());
      while (channelNames.has(base)) base = `${base}Channel`;
      channelNames.add(base);
      return {
        id: channel.id(),
        typeName: base,
        varName: camelCase(channel.id()),
        address: channel.address() ?? null,
        title: channel.title?.() ?? undefined,
        description: channel.description?.() ?? undefined,
        parameters: Object.keys(channel.json().parameters ?? {}),
        binding: wsBinding(channel),
        closeCodes: cleanData(channel.json()['x-close-codes'] ?? null),
        server: [],
        client: [],
        requestReply: [],
        api: channel,
      };
    });
  const byId = new Map(channels.map((c) => [c.id, c]));

  const operations = asyncapi.operations().all();
  for (const operation of operations) {
    for (const placement of placeOperation(operation)) {
      const channel = byId.get(placement.channelId);
      if (!channel) continue;
      for (const message of placement.messages) {
        const entry = messages.find(message);
        if (entry && !channel[placement.direction].includes(entry)) channel[placement.direction].push(entry);
      }
    }
    const rr = requestReplyOf(operation, messages.find);
    if (rr) {
      const channel = byId.get(rr.channel);
      if (channel) channel.requestReply.push(rr);
    }
  }

  for (const channel of channels) {
    // A channel no operation mentions could carry its messages either way.
    if (channel.server.length === 0 && channel.client.length === 0) {
      const all = channel.api
        .messages()
        .all()
        .map((m) => messages.find(m))
        .filter(Boolean);
      channel.server.push(...all);
      channel.client.push(...all);
    }
    for (const direction of ['server', 'client']) {
      const list = channel[direction];
      const discriminator = findDiscriminator(list);
      channel[`${direction}Discriminator`] = discriminator;
      const keys = new Map();
      for (const message of list) {
        let key = discriminator ? constantOf(message.schema, discriminator) : message.id;
        while ([...keys.values()].includes(key)) key = `${key}_`;
        keys.set(message, key);
      }
      channel[`${direction}Keys`] = keys;
      const unionName = registry.claim(`${channel.typeName}${pascalCase(direction)}Message`, 'Union');
      channel[`${direction}Union`] = unionName;
      channel[`${direction}Map`] = registry.claim(`${unionName}Map`, 'Type');
    }
    channel.resume = findResume(channel.api, channel.binding);
    channel.sequenceField = channel.server.some((m) => topLevelProperties(m.schema).includes('seq')) ? 'seq' : null;
    channel.ack = findAck(channel.client, channel.clientDiscriminator, (m) => channel.clientKeys.get(m));
    channel.clientClass = registry.claim(`${channel.typeName}Client`, 'Sdk');
  }
  return channels;
}

function directionLabel(direction) {
  return direction === 'server' ? 'server → client' : 'client → server';
}

/** The union and the key → message map of one direction. */
export function channelUnions(channel) {
  const out = [];
  for (const direction of ['server', 'client']) {
    const list = channel[direction];
    const keys = channel[`${direction}Keys`];
    const where = `channel \`${channel.id}\`${channel.address ? ` (${channel.address})` : ''}, ${directionLabel(direction)}`;
    out.push(jsDoc(`Every message on ${where}.`));
    out.push(
      `export type ${channel[`${direction}Union`]} = ${list.length ? list.map((m) => m.typeName).join(' | ') : 'never'};\n\n`,
    );
    const discriminator = channel[`${direction}Discriminator`];
    out.push(jsDoc(`Messages on ${where}, by ${discriminator ? `\`${discriminator}\`` : 'message id'}.`));
    out.push(`export interface ${channel[`${direction}Map`]} {\n`);
    for (const message of list) out.push(`  ${JSON.stringify(keys.get(message))}: ${message.typeName};\n`);
    out.push('}\n\n');
  }
  return out.join('');
}

/** The channel's metadata object for schemas.ts. */
export function channelMetadata(channel) {
  const direction = (d) => ({
    discriminator: channel[`${d}Discriminator`],
    messages: Object.fromEntries(channel[d].map((m) => [channel[`${d}Keys`].get(m), m.typeName])),
  });
  return {
    id: channel.id,
    address: channel.address,
    parameters: channel.parameters,
    bindings: channel.binding ? { ws: channel.binding } : {},
    closeCodes: channel.closeCodes,
    server: direction('server'),
    client: direction('client'),
    sequenceField: channel.sequenceField,
    resume: channel.resume,
    ack: channel.ack
      ? { message: channel.ack.message.typeName, key: channel.ack.key, seqPath: channel.ack.seqPath, cumulative: true }
      : null,
    requestReply: channel.requestReply.map(({ operation, action, replyChannel, requests, replies }) => ({
      operation,
      action,
      replyChannel,
      requests,
      replies,
    })),
  };
}

/** `validate<Channel><Direction>Message(frame)` for both directions. */
export function channelValidators(channel) {
  const out = [];
  for (const direction of ['server', 'client']) {
    const union = channel[`${direction}Union`];
    const keys = channel[`${direction}Keys`];
    const discriminator = channel[`${direction}Discriminator`];
    const entries = channel[direction]
      .map((m) => `  [${JSON.stringify(keys.get(m))}, compiled.${m.typeName}],`)
      .join('\n');
    const where = `${JSON.stringify(channel.id)}, ${JSON.stringify(directionLabel(direction))}`;
    out.push(
      `const ${camelCase(union)}Table: ReadonlyArray<readonly [string, ValidateFunction]> = [\n${entries}${entries ? '\n' : ''}];\n\n`,
      jsDoc(
        `Validates a frame on channel \`${channel.id}\` (${directionLabel(direction)}); ${
          discriminator ? `picks the schema by \`${discriminator}\`` : 'tries each message schema in turn'
        }.`,
      ),
      `export function validate${union}(frame: unknown): ValidationResult<M.${union}> {\n`,
      discriminator
        ? `  return checkByDiscriminator<M.${union}>(frame, ${JSON.stringify(discriminator)}, ${camelCase(union)}Table, ${where});\n`
        : `  return checkByMatch<M.${union}>(frame, ${camelCase(union)}Table, ${where});\n`,
      '}\n\n',
    );
  }
  return out.join('');
}

/** The typed client class of the WebSocket SDK for one channel. */
export function channelClient(channel) {
  const spec = [
    `  channel: ${JSON.stringify(channel.id)},`,
    `  address: ${JSON.stringify(channel.address ?? '/')},`,
    `  parameters: ${JSON.stringify(channel.parameters)},`,
    `  validateIncoming: validate${channel.serverUnion},`,
    `  validateOutgoing: validate${channel.clientUnion},`,
    `  sequenceField: ${JSON.stringify(channel.sequenceField)},`,
    `  resume: ${channel.resume ? `{ header: ${JSON.stringify(channel.resume.header)}, query: ${JSON.stringify(channel.resume.query)} }` : 'null'},`,
    `  buildAck: ${channel.ack ? `(seq: number): unknown => (${ackBuilder(channel.ack.message.schema, channel.ack.seqPath)})` : 'null'},`,
  ];
  const doc = jsDoc(
    [
      `Typed WebSocket client for channel \`${channel.id}\`${channel.address ? ` (\`${channel.address}\`)` : ''}.`,
      channel.description ?? '',
      '',
      `Receives {@link M.${channel.serverUnion}}, sends {@link M.${channel.clientUnion}}.`,
      channel.ack ? `Acknowledges cumulatively with \`${channel.ack.key}\` after handlers ran.` : '',
      channel.resume
        ? `Resumes from the last seen \`${channel.sequenceField ?? 'seq'}\` via ${[channel.resume.header && `header \`${channel.resume.header}\``, channel.resume.query && `query \`${channel.resume.query}\``].filter(Boolean).join(' and ')}.`
        : '',
      '',
      '@example',
      `const client = new ${channel.clientClass}({ url: 'ws://127.0.0.1:8080' });`,
      channel.server[0]
        ? `client.on(${JSON.stringify(channel.serverKeys.get(channel.server[0]))}, (message) => console.log(message));`
        : '',
      'await client.connect();',
    ]
      .filter((l, i, all) => l !== '' || (all[i - 1] !== '' && i > 0))
      .join('\n'),
  );
  return [
    `const ${channel.varName}Spec: ChannelSpec<M.${channel.serverUnion}, M.${channel.clientUnion}> = {\n${spec.join('\n')}\n};\n\n`,
    doc,
    `export class ${channel.clientClass} extends WsChannelClient<M.${channel.serverUnion}, M.${channel.clientUnion}, M.${channel.serverMap}> {\n`,
    '  constructor(options: WsClientOptions) {\n',
    `    super(options, ${channel.varName}Spec);\n`,
    '  }\n',
    '}\n\n',
  ].join('');
}
