import { File } from '@asyncapi/generator-react-sdk';
import { buildModel } from '../../components/model.js';
import { messageValidator } from '../../components/message.js';
import { channelValidators } from '../../components/channel.js';

const PRELUDE = `import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type * as M from './messages.js';
import { messageSchemas, type MessageName } from './schemas.js';

/** One problem found in a frame; \`path\` is a JSON Pointer into the frame. */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

/** \`key\` is the message's discriminator value (or message id) on its channel. */
export type ValidationResult<T> = { ok: true; key: string; message: T } | { ok: false; errors: ValidationIssue[] };

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormatsModule.default(ajv);

function compile(name: MessageName): ValidateFunction {
  return ajv.compile(messageSchemas[name] as object | boolean);
}

function issues(errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  return (errors ?? []).map((e) => ({
    path: e.instancePath || '/',
    message: e.message ?? 'is invalid',
    keyword: e.keyword,
  }));
}

function check<T>(validate: ValidateFunction, value: unknown, key: string): ValidationResult<T> {
  return validate(value) ? { ok: true, key, message: value as T } : { ok: false, errors: issues(validate.errors) };
}

function checkByDiscriminator<T>(
  frame: unknown,
  property: string,
  table: ReadonlyArray<readonly [string, ValidateFunction]>,
  channel: string,
  direction: string,
): ValidationResult<T> {
  const expected = table.map(([key]) => key).join(', ');
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
    return { ok: false, errors: [{ path: '/', message: \`must be an object with "\${property}" (channel \${channel}, \${direction})\`, keyword: 'type' }] };
  }
  const value = (frame as Record<string, unknown>)[property];
  const entry = table.find(([key]) => key === value);
  if (!entry) {
    return {
      ok: false,
      errors: [{
        path: \`/\${property}\`,
        message: \`unknown message \${property} \${JSON.stringify(value) ?? 'undefined'} on channel \${channel} (\${direction}); expected one of: \${expected}\`,
        keyword: 'discriminator',
      }],
    };
  }
  return check<T>(entry[1], frame, entry[0]);
}

function checkByMatch<T>(
  frame: unknown,
  table: ReadonlyArray<readonly [string, ValidateFunction]>,
  channel: string,
  direction: string,
): ValidationResult<T> {
  if (table.length === 0) {
    return { ok: false, errors: [{ path: '/', message: \`channel \${channel} has no messages \${direction}\`, keyword: 'discriminator' }] };
  }
  const errors: ValidationIssue[] = [];
  for (const [key, validate] of table) {
    const result = check<T>(validate, frame, key);
    if (result.ok) return result;
    errors.push(...result.errors.map((e) => ({ ...e, message: \`\${key}: \${e.message}\` })));
  }
  return { ok: false, errors };
}
`;

/** validators.ts: ajv (2020-12 + formats) validators compiled once at import. */
export default function ValidatorsFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  const compiled = model.messages.map((m) => `  ${m.typeName}: compile(${JSON.stringify(m.typeName)}),`).join('\n');
  const text = [
    model.header,
    `// ${model.title} ${model.version}: runtime validators for every message and channel.\n\n`,
    PRELUDE,
    '\n/** Every message schema, compiled once. */\n',
    `const compiled: Readonly<Record<MessageName, ValidateFunction>> = {\n${compiled}${compiled ? '\n' : ''}};\n\n`,
    model.messages.map(messageValidator).join('\n'),
    '\n',
    model.channels.map(channelValidators).join(''),
  ].join('');
  return <File name="validators.ts">{`${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`}</File>;
}
