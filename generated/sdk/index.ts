// generated from specs/openapi.yaml and specs/asyncapi.yaml by clawgate, do not edit
export * from './rest-client.js';
export * from './ws-client.js';
