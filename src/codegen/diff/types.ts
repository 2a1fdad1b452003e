/** One difference between two versions of the specs, as `npm run spec:diff` reports it. */
export interface SpecChange {
  /** breaking: a client or gateway written against the old spec can fail against the new one */
  kind: 'breaking' | 'non-breaking';
  /** stable rule id, e.g. `request-property-added-required` */
  rule: string;
  /** which document the change is in */
  spec: 'openapi' | 'asyncapi';
  /** where, readable: `POST /v1/sessions › request body (application/json) › ttl` */
  location: string;
  /** what changed, in one sentence */
  message: string;
}

/** Parsed (not yet dereferenced) spec documents; `undefined` means the file does not exist. */
export interface SpecPair {
  before?: unknown;
  after?: unknown;
}

export interface DiffInput {
  openapi?: SpecPair;
  asyncapi?: SpecPair;
}

/** Who writes the data a schema describes: `input` = the client (server reads), `output` = the server. */
export type Direction = 'input' | 'output';

export type Report = (change: Omit<SpecChange, 'spec'>) => void;
