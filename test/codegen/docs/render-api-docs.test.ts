import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { generateDocs, renderApiDocs } from '../../../src/codegen/docs/index.js';
import { ERROR_CODES } from '../../../src/errors.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const FIXTURES = path.join(HERE, 'fixtures');
const GOLDEN = path.join(HERE, 'golden');
// regenerate the golden files after an intended change:
// UPDATE_GOLDEN=1 npx mocha test/codegen/docs/render-api-docs.test.ts
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const fixtureOptions = {
  openapiPath: path.join(FIXTURES, 'openapi.yaml'),
  asyncapiPath: path.join(FIXTURES, 'asyncapi.yaml'),
  cwd: ROOT,
};

describe('renderApiDocs', () => {
  it('renders README.md, rest.md and websocket.md equal to the golden files', async () => {
    const files = await renderApiDocs(fixtureOptions);
    expect(files.map((f) => f.path)).to.deep.equal(['README.md', 'rest.md', 'websocket.md']);
    for (const file of files) {
      const golden = path.join(GOLDEN, file.path);
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, file.content);
      expect(file.content, `${file.path} differs from test/codegen/docs/golden/${file.path}`).to.equal(
        readFileSync(golden, 'utf8'),
      );
    }
  });

  it('is deterministic and starts every file with the do-not-edit header naming its specs', async () => {
    const first = await renderApiDocs(fixtureOptions);
    const second = await renderApiDocs(fixtureOptions);
    expect(second).to.deep.equal(first);
    const byPath = Object.fromEntries(first.map((f) => [f.path, f.content]));
    expect(byPath['rest.md']).to.match(
      /^<!-- generated from test\/codegen\/docs\/fixtures\/openapi\.yaml, do not edit -->\n/,
    );
    expect(byPath['websocket.md']).to.match(
      /^<!-- generated from test\/codegen\/docs\/fixtures\/asyncapi\.yaml, do not edit -->\n/,
    );
    expect(byPath['README.md']).to.match(
      /^<!-- generated from test\/codegen\/docs\/fixtures\/openapi\.yaml and test\/codegen\/docs\/fixtures\/asyncapi\.yaml, do not edit -->\n/,
    );
  });

  it('documents each operation with its security, parameters, body and responses', async () => {
    const [, rest] = await renderApiDocs(fixtureOptions);
    const text = rest!.content;
    for (const op of ['GET /health', 'GET /pets', 'POST /pets', 'DELETE /pets/{petId}', 'GET /pets/{petId}']) {
      expect(text).to.contain(`### \`${op}\``);
    }
    expect(text).to.contain('operationId `getHealth` · security: none');
    expect(text).to.contain('security: [`bearer`](#security-schemes) or [`apiKey`](#security-schemes)');
    expect(text).to.contain('| `limit` | query | `integer` | no | (1–100, default `20`) Example: `10`. |');
    // a pipe inside a description does not break the table
    expect(text).to.contain('| `name` | `string` | yes | Display name \\| no pipes.');
    // allOf is merged, recursion stops
    expect(text).to.contain('| `parent` | `Pet` | no |');
    expect(text).to.contain('**deprecated**');
  });

  it('lists the error envelope with codes and the statuses its examples use', async () => {
    const [, rest] = await renderApiDocs(fixtureOptions);
    const errors = rest!.content.slice(rest!.content.indexOf('## Errors'));
    expect(errors).to.contain('Every error response carries `Error`');
    expect(errors).to.contain('| `invalid` | 400 |');
    expect(errors).to.contain('| `not_found` | 404 |');
    expect(errors).to.contain('| `conflict` | 409 |');
  });

  it('documents every channel: handshake, close codes and each message per direction', async () => {
    const [, , ws] = await renderApiDocs(fixtureOptions);
    const text = ws!.content;
    expect(text).to.contain('## Pet updates — `/live/updates`');
    expect(text).to.contain('| `authorization` | header | `string` | yes | Bearer token. |');
    expect(text).to.contain('| 1008 | policy violation | The token expired. |');
    const clientToServer = text.slice(
      text.indexOf('### Messages client → server'),
      text.indexOf('### Messages server → client'),
    );
    const serverToClient = text.slice(text.indexOf('### Messages server → client'));
    expect(clientToServer).to.contain('#### `subscribe`');
    expect(serverToClient).to.contain('#### `subscribed`');
    expect(serverToClient).to.contain('#### `pet.changed`');
    expect(serverToClient).to.contain('| `seq` | `integer` | yes | (≥ 1) |');
    // a message going both ways is described once and referred to the second time
    expect(clientToServer).to.contain('#### `ping`');
    expect(serverToClient).to.contain('Also sent server → client');
  });

  it('renders only the side it is given', async () => {
    const files = await renderApiDocs({ asyncapiPath: fixtureOptions.asyncapiPath, cwd: ROOT });
    expect(files.map((f) => f.path)).to.deep.equal(['README.md', 'websocket.md']);
    expect(files[0]!.content).to.not.contain('REST API');
  });
});

describe('docs/api (generated from our specs)', () => {
  const specs = { openapi: path.join(ROOT, 'specs/openapi.yaml'), asyncapi: path.join(ROOT, 'specs/asyncapi.yaml') };
  const ready =
    existsSync(specs.openapi) && existsSync(specs.asyncapi) && existsSync(path.join(ROOT, 'docs/api/README.md'));

  it('is up to date with specs/ (run `npm run generate` when this fails)', async function () {
    if (!ready) this.skip();
    const files = await generateDocs({ ...specs, cwd: ROOT });
    for (const file of files) {
      expect(file.content, `docs/api/${file.path} is stale`).to.equal(
        readFileSync(path.join(ROOT, 'docs/api', file.path), 'utf8'),
      );
    }
  });

  it('gives every registered error code its status from src/errors.ts', function () {
    if (!ready) this.skip();
    const rest = readFileSync(path.join(ROOT, 'docs/api/rest.md'), 'utf8');
    for (const [code, { status }] of Object.entries(ERROR_CODES))
      expect(rest).to.contain(`| \`${code}\` | ${status} |`);
  });
});
