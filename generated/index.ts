// generated from specs/openapi.yaml and specs/asyncapi.yaml by clawgate, do not edit
export type * as openapi from './openapi/types.js';
export * as server from './server/index.js';
export * as asyncapi from './asyncapi/index.js';
export * as sdk from './sdk/index.js';
