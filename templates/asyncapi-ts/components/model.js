/**
 * The AsyncAPI Object: resolves the whole document once into the model every template file
 * renders from (messages, named schemas, channels with directions), so all files agree on names.
 */
import { NameRegistry } from './names.js';
import { SchemaTypes } from './schema.js';
import { collectMessages } from './message.js';
import { collectChannels } from './channel.js';

const models = new WeakMap();

const DEFAULT_HEADER = '// generated from an AsyncAPI document by templates/asyncapi-ts, do not edit.\n';

export function buildModel(asyncapi, params = {}) {
  const cached = models.get(asyncapi);
  if (cached) return cached;
  const registry = new NameRegistry();
  // 1. messages claim their names first: they are the API users touch most.
  const messages = collectMessages(asyncapi, registry);
  // 2. channels claim union, map and client names.
  const channels = collectChannels(asyncapi, messages, registry);
  // 3. component schemas (and recursive inline schemas) become named types.
  const components = asyncapi.components?.()
    ? asyncapi
        .components()
        .schemas()
        .all()
        .map((schema) => ({ name: schema.id(), schema: schema.json() }))
    : [];
  const types = new SchemaTypes(
    components,
    messages.list.map((m) => m.schema),
    registry,
  );
  const header =
    typeof params.header === 'string' && params.header.trim() ? `${params.header.trimEnd()}\n` : DEFAULT_HEADER;
  const model = {
    title: asyncapi.info().title(),
    version: asyncapi.info().version(),
    header,
    messages: messages.list,
    channels,
    types,
  };
  models.set(asyncapi, model);
  return model;
}
