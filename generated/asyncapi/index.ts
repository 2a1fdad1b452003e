// generated from specs/asyncapi.yaml by clawgate, do not edit
export type * from './messages.js';
export * from './schemas.js';
export * from './validators.js';
