import { File } from '@asyncapi/generator-react-sdk';
import { buildModel } from '../../components/model.js';
import { messageDeclaration } from '../../components/message.js';
import { channelUnions } from '../../components/channel.js';

/** messages.ts: a type per schema and message, a union and a map per channel and direction. */
export default function MessagesFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  const parts = [
    model.header,
    `// ${model.title} ${model.version}: message types.\n\n`,
    '// Schemas\n\n',
    model.types.declarations(),
    '\n// Messages (each type is the whole frame)\n\n',
    model.messages.map((m) => messageDeclaration(m, model.types)).join('\n'),
    '\n// Channels\n\n',
    model.channels.map(channelUnions).join(''),
  ];
  return <File name="messages.ts">{tidy(parts.join(''))}</File>;
}

function tidy(text) {
  return `${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
