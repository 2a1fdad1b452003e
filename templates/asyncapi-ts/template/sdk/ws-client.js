import { File } from '@asyncapi/generator-react-sdk';
import { buildModel } from '../../components/model.js';
import { channelClient } from '../../components/channel.js';

/** ws-client.ts: one typed client class per channel, on top of the copied ws-runtime.ts. */
export default function WsClientFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  const validators = model.channels.flatMap((c) => [`validate${c.serverUnion}`, `validate${c.clientUnion}`]);
  const text = [
    model.header,
    `// ${model.title} ${model.version}: typed WebSocket clients, one per channel.\n\n`,
    "import { WsChannelClient, type ChannelSpec, type WsClientOptions } from './ws-runtime.js';\n",
    "import type * as M from '../asyncapi/messages.js';\n",
    validators.length
      ? `import {\n${validators.map((v) => `  ${v},\n`).join('')}} from '../asyncapi/validators.js';\n`
      : '',
    '\n',
    "export * from './ws-runtime.js';\n",
    '\n',
    model.channels.map(channelClient).join(''),
  ].join('');
  return <File name="ws-client.ts">{`${text.replace(/\n{3,}/g, '\n\n').trimEnd()}\n`}</File>;
}
