import { File } from '@asyncapi/generator-react-sdk';
import { buildModel } from '../../components/model.js';
import { messageJsonSchema } from '../../components/message.js';
import { channelMetadata } from '../../components/channel.js';

/** schemas.ts: every message's JSON Schema and every channel's metadata. */
export default function SchemasFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  const names = model.messages.map((m) => JSON.stringify(m.typeName));
  const schemas = Object.fromEntries(model.messages.map((m) => [m.typeName, messageJsonSchema(m, model.types)]));
  const channels = Object.fromEntries(model.channels.map((c) => [c.id, channelMetadata(c)]));
  const text = [
    model.header,
    `// ${model.title} ${model.version}: JSON Schemas (2020-12 dialect) and channel metadata.\n\n`,
    '/** A JSON Schema as ajv accepts it. */\n',
    'export type JsonSchema = boolean | { readonly [keyword: string]: unknown };\n\n',
    '/** The name of every message type in messages.ts. */\n',
    `export type MessageName = ${names.length ? names.join(' | ') : 'never'};\n\n`,
    '/** The JSON Schema of every message (the whole frame), by message type name. */\n',
    `export const messageSchemas: Readonly<Record<MessageName, JsonSchema>> = ${JSON.stringify(schemas, null, 2)};\n\n`,
    '/**\n',
    ' * Channel metadata by channel id: address, ws bindings, close codes (`x-close-codes`), which\n',
    ' * message goes which way (keyed by discriminator value), sequence/resume/ack conventions and\n',
    ' * request/reply pairs.\n',
    ' */\n',
    `export const channels = ${JSON.stringify(channels, null, 2)} as const;\n`,
  ].join('');
  return <File name="schemas.ts">{text}</File>;
}
