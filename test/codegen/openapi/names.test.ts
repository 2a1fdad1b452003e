import { expect } from 'chai';
import { clientClassName, deriveOperationName, operationName, typeNameOf } from '../../../src/codegen/openapi/names.js';
import { toExpressPath } from '../../../src/codegen/openapi/operation-object.js';

describe('codegen/openapi: names and paths', () => {
  const operationNames: Array<{ given: string; want: string }> = [
    { given: 'getOrg', want: 'getOrg' },
    { given: 'listAPIKeys', want: 'listAPIKeys' },
    { given: 'delete', want: 'delete' },
    { given: 'find pet by id', want: 'findPetById' },
    { given: 'list-data-sets', want: 'listDataSets' },
    { given: '123batch', want: '_123batch' },
    { given: 'constructor', want: 'constructor_' },
    { given: 'get items (mine)!', want: 'getItemsMine' },
  ];
  for (const { given, want } of operationNames) {
    it(`operationId ${JSON.stringify(given)} → ${want}`, () => expect(operationName(given)).to.equal(want));
  }

  const derived: Array<{ method: string; path: string; want: string }> = [
    { method: 'get', path: '/', want: 'getRoot' },
    { method: 'put', path: '/items/{item-id}', want: 'putItemsByItemId' },
    { method: 'post', path: '/streams', want: 'postStreams' },
    { method: 'get', path: '/v1/orgs/{orgId}/api-keys', want: 'getV1OrgsByOrgIdApiKeys' },
  ];
  for (const { method, path, want } of derived) {
    it(`no operationId: ${method} ${path} → ${want}`, () => expect(deriveOperationName(method, path)).to.equal(want));
  }

  const clients: Array<{ given: string; want: string }> = [
    { given: 'clawgate API', want: 'ClawgateClient' },
    { given: 'Swagger Petstore', want: 'SwaggerPetstoreClient' },
    { given: 'USPTO Data Set API', want: 'UsptoDataSetClient' },
    { given: 'API', want: 'ApiClient' },
    { given: '3D printing service', want: 'Api3DPrintingClient' },
  ];
  for (const { given, want } of clients) {
    it(`info.title ${JSON.stringify(given)} → class ${want}`, () => expect(clientClassName(given)).to.equal(want));
  }

  it('type names: getOrg → GetOrg, _123batch → Op_123batch', () => {
    expect(typeNameOf('getOrg')).to.equal('GetOrg');
    expect(typeNameOf('_123batch')).to.equal('Op_123batch');
  });

  const paths: Array<{ given: string; want: string }> = [
    { given: '/v1/orgs/{orgId}', want: '/v1/orgs/:orgId' },
    { given: '/items/{item-id}', want: '/items/:"item-id"' },
    { given: '/v1/items:batchGet', want: '/v1/items\\:batchGet' },
    { given: '/files/{name}.json', want: '/files/:name.json' },
    { given: '/a(b)/{x}*', want: '/a\\(b\\)/:x\\*' },
  ];
  for (const { given, want } of paths) {
    it(`Express path of ${given} is ${want}`, () => expect(toExpressPath(given)).to.equal(want));
  }
});
