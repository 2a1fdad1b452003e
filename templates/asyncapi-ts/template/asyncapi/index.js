import { File } from '@asyncapi/generator-react-sdk';
import { buildModel } from '../../components/model.js';

/** index.ts: the AsyncAPI side in one import. */
export default function IndexFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  const text = [
    model.header,
    "export type * from './messages.js';\n",
    "export * from './schemas.js';\n",
    "export * from './validators.js';\n",
  ].join('');
  return <File name="index.ts">{text}</File>;
}
