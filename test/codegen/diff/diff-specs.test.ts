import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { parse } from 'yaml';
import { diffSpecs, type DiffInput, type SpecChange } from '../../../src/codegen/diff/index.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/spec-diff');

function load(dir: string, file: string): unknown {
  return parse(readFileSync(path.join(FIXTURES, dir, file), 'utf8'));
}

function pair(before: unknown, after: unknown): DiffInput {
  const isAsync = typeof before === 'object' && before !== null && 'asyncapi' in before;
  return isAsync ? { asyncapi: { before, after } } : { openapi: { before, after } };
}

function breaking(changes: SpecChange[]): string[] {
  return changes.filter((c) => c.kind === 'breaking').map((c) => `${c.rule} @ ${c.location}`);
}

/**
 * Each fixture folder holds `before.yaml`, `after.yaml` (one breaking change) and
 * `compatible.yaml` (a compatible change to the same area, which must report nothing breaking).
 */
const cases: { given: string; want: { rule: string; location: string } }[] = [
  { given: 'path-removed', want: { rule: 'path-removed', location: '/health' } },
  { given: 'operation-removed', want: { rule: 'operation-removed', location: 'DELETE /items/{itemId}' } },
  { given: 'operation-id-changed', want: { rule: 'operation-id-changed', location: 'GET /items' } },
  {
    given: 'request-parameter-added-required',
    want: { rule: 'request-parameter-added-required', location: 'GET /items › query parameter owner' },
  },
  {
    given: 'request-parameter-became-required',
    want: { rule: 'request-parameter-became-required', location: 'GET /items › query parameter limit' },
  },
  {
    given: 'request-parameter-removed',
    want: { rule: 'request-parameter-removed', location: 'GET /items › query parameter limit' },
  },
  {
    given: 'request-body-added-required',
    want: { rule: 'request-body-added-required', location: 'DELETE /items/{itemId} › request body' },
  },
  {
    given: 'request-property-added-required',
    want: { rule: 'request-property-added-required', location: 'POST /items › request body (application/json).owner' },
  },
  {
    given: 'request-property-became-required',
    want: { rule: 'request-property-became-required', location: 'POST /items › request body (application/json).size' },
  },
  {
    given: 'request-type-narrowed',
    want: { rule: 'request-type-narrowed', location: 'POST /items › request body (application/json).color' },
  },
  {
    given: 'request-enum-value-removed',
    want: { rule: 'request-enum-value-removed', location: 'POST /items › request body (application/json).size' },
  },
  {
    given: 'request-max-lowered',
    want: { rule: 'request-max-lowered', location: 'POST /items › request body (application/json).name' },
  },
  {
    given: 'request-min-raised',
    want: { rule: 'request-min-raised', location: 'POST /items › request body (application/json).count' },
  },
  {
    given: 'request-pattern-added',
    want: { rule: 'request-pattern-added', location: 'POST /items › request body (application/json).name' },
  },
  {
    given: 'request-additional-properties-closed',
    want: { rule: 'request-additional-properties-closed', location: 'POST /items › request body (application/json)' },
  },
  {
    given: 'request-media-type-removed',
    want: { rule: 'request-media-type-removed', location: 'POST /items › request body (application/json)' },
  },
  {
    given: 'response-property-removed',
    want: { rule: 'response-property-removed', location: 'GET /items/{itemId} › response 200 (application/json).name' },
  },
  {
    given: 'response-property-became-optional',
    want: {
      rule: 'response-property-became-optional',
      location: 'POST /items › response 201 (application/json).status',
    },
  },
  {
    given: 'response-became-nullable',
    want: { rule: 'response-became-nullable', location: 'GET /items › response 200 (application/json).items[].name' },
  },
  {
    given: 'response-type-changed',
    want: { rule: 'response-type-changed', location: 'GET /items/{itemId} › response 200 (application/json).count' },
  },
  {
    given: 'response-enum-value-added',
    want: {
      rule: 'response-enum-value-added',
      location: 'GET /items/{itemId} › response 200 (application/json).status',
    },
  },
  {
    given: 'response-status-removed',
    want: { rule: 'response-status-removed', location: 'POST /items › response 201' },
  },
  {
    given: 'response-media-type-removed',
    want: { rule: 'response-media-type-removed', location: 'GET /items/{itemId} › response 200 (application/json)' },
  },
  {
    given: 'response-variant-added',
    want: { rule: 'response-variant-added', location: 'GET /items/{itemId} › response 200 (application/json)<Error>' },
  },
  {
    given: 'response-header-removed',
    want: { rule: 'response-header-removed', location: 'GET /items › response 200 › header x-total' },
  },
  { given: 'security-added', want: { rule: 'security-added', location: 'GET /health › security' } },
  { given: 'security-changed', want: { rule: 'security-changed', location: 'POST /items › security' } },
  { given: 'channel-removed', want: { rule: 'channel-removed', location: 'channel chat' } },
  { given: 'channel-address-changed', want: { rule: 'channel-address-changed', location: 'channel events' } },
  { given: 'message-removed', want: { rule: 'message-removed', location: 'channel events › message ack' } },
  { given: 'async-operation-removed', want: { rule: 'async-operation-removed', location: 'operation receivePing' } },
  {
    given: 'async-operation-action-changed',
    want: { rule: 'async-operation-action-changed', location: 'operation receivePing' },
  },
  {
    given: 'response-property-removed-async',
    want: {
      rule: 'response-property-removed',
      location: 'channel events › message apiDeployed (server → client) payload.payload.vhost',
    },
  },
  {
    given: 'request-property-added-required-async',
    want: {
      rule: 'request-property-added-required',
      location: 'channel events › message ack (client → server) payload.connectionId',
    },
  },
  { given: 'close-code-removed', want: { rule: 'close-code-removed', location: 'channel events › close code 1009' } },
  {
    given: 'handshake-header-added-required',
    want: { rule: 'request-property-added-required', location: 'channel events › handshake headers.x-gateway-id' },
  },
];

describe('diffSpecs', () => {
  for (const { given, want } of cases) {
    describe(given, () => {
      const before = load(given, 'before.yaml');

      it(`reports ${want.rule} as breaking`, () => {
        const changes = diffSpecs(pair(before, load(given, 'after.yaml')));
        expect(breaking(changes)).to.include(`${want.rule} @ ${want.location}`);
      });

      it('reports nothing breaking for the compatible change', () => {
        const changes = diffSpecs(pair(before, load(given, 'compatible.yaml')));
        expect(breaking(changes)).to.deep.equal([]);
        expect(changes, 'the compatible change is still listed').to.not.have.lengthOf(0);
      });
    });
  }

  it('reports nothing for identical documents, recursive schemas included', () => {
    const doc = load('path-removed', 'before.yaml');
    expect(diffSpecs({ openapi: { before: doc, after: structuredClone(doc) } })).to.deep.equal([]);
  });

  it('lists every operation as an addition when the spec did not exist before', () => {
    const changes = diffSpecs({ openapi: { before: undefined, after: load('path-removed', 'before.yaml') } });
    expect(changes.map((c) => `${c.kind} ${c.rule} ${c.location}`)).to.deep.equal([
      'non-breaking path-added /items',
      'non-breaking path-added /items/{itemId}',
      'non-breaking path-added /health',
    ]);
  });

  it('lists every channel and operation as removed when the spec was deleted', () => {
    const changes = diffSpecs({ asyncapi: { before: load('channel-removed', 'before.yaml'), after: undefined } });
    expect(breaking(changes)).to.have.members([
      'channel-removed @ channel events',
      'channel-removed @ channel chat',
      'async-operation-removed @ operation sendApiDeployed',
      'async-operation-removed @ operation receiveAck',
      'async-operation-removed @ operation receivePing',
    ]);
  });

  it('puts breaking changes first and tags each change with its spec', () => {
    const openapiBefore = load('request-max-lowered', 'before.yaml');
    const asyncBefore = load('close-code-removed', 'before.yaml');
    const changes = diffSpecs({
      openapi: { before: openapiBefore, after: load('request-max-lowered', 'compatible.yaml') },
      asyncapi: { before: asyncBefore, after: load('close-code-removed', 'after.yaml') },
    });
    expect(changes.map((c) => `${c.kind} ${c.spec}`)).to.deep.equal(['breaking asyncapi', 'non-breaking openapi']);
  });

  it('follows oneOf alternatives by discriminator value', () => {
    const schema = (types: string[]): unknown => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/e': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    discriminator: { propertyName: 'kind' },
                    oneOf: types.map((kind) => ({ type: 'object', properties: { kind: { const: kind } } })),
                  },
                },
              },
            },
            responses: { '204': { description: 'ok' } },
          },
        },
      },
    });
    const changes = diffSpecs({ openapi: { before: schema(['a', 'b']), after: schema(['b', 'c']) } });
    expect(changes.map((c) => `${c.kind} ${c.rule} ${c.location}`)).to.deep.equal([
      'breaking request-variant-removed POST /e › request body (application/json)<kind=a>',
      'non-breaking request-variant-added POST /e › request body (application/json)<kind=c>',
    ]);
  });

  it('treats oneOf [X, null] as X made nullable', () => {
    const before = load('response-became-nullable', 'before.yaml') as {
      components: { schemas: Record<string, { properties: Record<string, unknown> }> };
    };
    const after = structuredClone(before);
    after.components.schemas.Item!.properties.parent = {
      oneOf: [{ $ref: '#/components/schemas/Item' }, { type: 'null' }],
    };
    expect(breaking(diffSpecs({ openapi: { before, after } }))).to.include(
      'response-became-nullable @ GET /items/{itemId} › response 200 (application/json).parent',
    );
    expect(breaking(diffSpecs({ openapi: { before: after, after: before } }))).to.deep.equal([]);
  });
});
