/**
 * The Message Object (AsyncAPI 3.0 §"Message Object"): one TS type, one JSON Schema and one
 * validator per message. A message's type is its payload, i.e. the whole frame as it travels.
 */
import { pascalCase, jsDoc } from './names.js';
import { emitJsonSchema } from './schema.js';

/**
 * Collects every message of the document once (channels first, then components), in spec order.
 * @returns {{ list: object[], find: (message: object) => object | undefined }}
 */
export function collectMessages(asyncapi, registry) {
  const list = [];
  const byJson = new Map();
  const add = (message) => {
    const json = message.json();
    if (byJson.has(json)) return;
    const id = message.id();
    // `name` is the spec's machine-friendly name; the channel key is the fallback.
    const base = pascalCase(message.name?.() || id);
    const entry = {
      id,
      typeName: registry.claim(/Message$/.test(base) ? base : `${base}Message`, ''),
      title: message.title?.() ?? undefined,
      summary: message.summary?.() ?? undefined,
      description: message.description?.() ?? undefined,
      schema: message.hasPayload() ? message.payload().json() : true,
      correlationId: message.hasCorrelationId?.() ? message.correlationId().location() : undefined,
      raw: json,
    };
    byJson.set(json, entry);
    list.push(entry);
  };
  for (const channel of asyncapi.channels().all()) for (const message of channel.messages().all()) add(message);
  const components = asyncapi.components?.();
  if (components) for (const message of components.messages().all()) add(message);
  return { list, find: (message) => byJson.get(message.json()) };
}

/** `export type XMessage = …;` */
export function messageDeclaration(message, types) {
  const doc = jsDoc([message.title, message.summary, message.description].filter(Boolean).join('\n\n'));
  return `${doc}export type ${message.typeName} = ${types.render(message.schema)};\n`;
}

/** The message's JSON Schema, self-contained (cycles become `$defs`). */
export function messageJsonSchema(message, types) {
  return emitJsonSchema(message.schema, (schema) => types.nameOf(schema) ?? 'Recursive');
}

/** `export function validateXMessage(value) …` */
export function messageValidator(message) {
  return [
    `/** Validates one \`${message.id}\` message against its JSON Schema. */`,
    `export function validate${message.typeName}(value: unknown): ValidationResult<M.${message.typeName}> {`,
    `  return check<M.${message.typeName}>(compiled.${message.typeName}, value, ${JSON.stringify(message.id)});`,
    '}',
    '',
  ].join('\n');
}
