// generated from specs/openapi.yaml by clawgate, do not edit
export * from './operations.js';
export * from './bind.js';
