import { File } from '@asyncapi/generator-react-sdk';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { buildModel } from '../../components/model.js';

/** ws-runtime.ts: the SDK runtime, copied verbatim from runtime/ws-runtime.ts (spec-independent). */
export default function WsRuntimeFile({ asyncapi, params }) {
  const model = buildModel(asyncapi, params);
  // __dirname is templates/asyncapi-ts/__transpiled/sdk once transpiled.
  const source = readFileSync(resolve(__dirname, '../../runtime/ws-runtime.ts'), 'utf8');
  return <File name="ws-runtime.ts">{model.header + source}</File>;
}
