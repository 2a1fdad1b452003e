import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { expect } from 'chai';
import { parse } from 'yaml';
import { ERROR_CODES } from '../../src/errors.js';

type Json = Record<string, unknown>;

const root = fileURLToPath(new URL('../../', import.meta.url));
const openapiText = readFileSync(`${root}specs/openapi.yaml`, 'utf8');
const asyncapiText = readFileSync(`${root}specs/asyncapi.yaml`, 'utf8');
const openapi = parse(openapiText) as Json;
const asyncapi = parse(asyncapiText) as Json;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const OPENAPI_ID = 'urn:clawgate:openapi';
const ASYNCAPI_ID = 'urn:clawgate:asyncapi';

function obj(value: unknown): Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

/** RFC 6901 lookup of a local `#/…` pointer. */
function at(doc: Json, pointer: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in (node as Json))) throw new Error(`${pointer} does not resolve`);
    node = (node as Json)[key];
  }
  return node;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Follows a chain of `$ref`s (Response, Parameter, Header objects …); returns the target and its pointer. */
function follow(doc: Json, value: unknown, pointer: string): { node: Json; pointer: string } {
  let node = obj(value);
  let where = pointer;
  while (typeof node.$ref === 'string') {
    where = node.$ref;
    node = obj(at(doc, where));
  }
  return { node, pointer: where };
}

/** Deep copy of a schema with local `$ref`s inlined and the given annotation keys dropped. */
function inline(doc: Json, schema: unknown, drop: readonly string[] = []): unknown {
  if (Array.isArray(schema)) return schema.map((s) => inline(doc, s, drop));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Json;
  if (typeof source.$ref === 'string') {
    const { $ref, ...siblings } = source;
    const target = obj(inline(doc, at(doc, $ref), drop));
    return { ...target, ...obj(inline(doc, siblings, drop)) };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (!drop.includes(key)) out[key] = inline(doc, value, drop);
  }
  return out;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema({ ...openapi, $id: OPENAPI_ID });
ajv.addSchema({ ...asyncapi, $id: ASYNCAPI_ID });

/** Validates `data` against the schema at `pointer` in the document `id`; returns readable errors. */
function schemaErrors(id: string, pointer: string, data: unknown): string[] {
  const validate = ajv.compile({ $ref: `${id}${pointer}` });
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? e.keyword}`);
}

interface Operation {
  method: string;
  path: string;
  pointer: string;
  op: Json;
}

const operations: Operation[] = Object.entries(obj(openapi.paths)).flatMap(([path, item]) =>
  HTTP_METHODS.filter((m) => m in obj(item)).map((method) => ({
    method,
    path,
    pointer: `#/paths/${escape(path)}/${method}`,
    op: obj(obj(item)[method]),
  })),
);

function securityOf(op: Json): string[][] {
  const security = (op.security ?? openapi.security) as Json[] | undefined;
  return (security ?? []).map((requirement) => Object.keys(requirement));
}

function mediaExamples(media: Json): unknown[] {
  const examples = Object.values(obj(media.examples)).map((e) => obj(e).value);
  return media.example === undefined ? examples : [...examples, media.example];
}

describe('specs/openapi.yaml', () => {
  it('lists exactly the error registry codes in ErrorCode', () => {
    const enumValues = obj(obj(obj(openapi.components).schemas).ErrorCode).enum as string[];
    expect([...enumValues].sort()).to.deep.equal(Object.keys(ERROR_CODES).sort());
  });

  it('documents 400 on every operation: any request may carry an unknown query parameter, which is refused', () => {
    const undocumented = operations.filter(({ op }) => !Object.hasOwn(obj(op.responses), '400'));
    expect(undocumented.map(({ method, path }) => `${method} ${path}`)).to.deep.equal([]);
  });

  it('defines the error envelope with error/code/message/correlationId required and no extra properties', () => {
    const envelope = obj(obj(obj(openapi.components).schemas).ErrorEnvelope);
    expect(envelope.required).to.deep.equal(['error']);
    expect(envelope.additionalProperties).to.equal(false);
    const inner = obj(obj(envelope.properties).error);
    expect(inner.required).to.have.members(['code', 'message', 'correlationId']);
    expect(inner.additionalProperties).to.equal(false);
    const good = { error: { code: 'not_found', message: 'x', correlationId: 'c', details: { any: [1] } } };
    expect(schemaErrors(OPENAPI_ID, '#/components/schemas/ErrorEnvelope', good)).to.deep.equal([]);
    expect(
      schemaErrors(OPENAPI_ID, '#/components/schemas/ErrorEnvelope', {
        error: { code: 'nope', message: 'x', correlationId: 'c' },
      }),
    ).not.to.have.lengthOf(0);
    expect(
      schemaErrors(OPENAPI_ID, '#/components/schemas/ErrorEnvelope', { error: { code: 'not_found', message: 'x' } }),
    ).not.to.have.lengthOf(0);
  });

  it('declares the four fixed security schemes', () => {
    const schemes = obj(obj(openapi.components).securitySchemes);
    expect(schemes.adminToken).to.include({ type: 'http', scheme: 'bearer' });
    expect(schemes.gatewayApiKey).to.include({ type: 'apiKey', in: 'header', name: 'api-key' });
    expect(schemes.tenantBearer).to.include({ type: 'http', scheme: 'bearer' });
    expect(schemes.tenantApiKey).to.include({ type: 'apiKey', in: 'header', name: 'x-api-key' });
  });

  // [operationId, method, path, accepted security alternatives]
  const admin = [['adminToken']];
  const tenant = [['tenantBearer'], ['tenantApiKey']];
  const open: string[][] = [];
  const fixed: Array<[string, string, string, string[][]]> = [
    ['getLiveness', 'get', '/health/live', open],
    ['getReadiness', 'get', '/health/ready', open],
    ['getHealth', 'get', '/health', open],
    ['getInfo', 'get', '/info', open],
    ['getMetrics', 'get', '/metrics', open],
    ['registerGateway', 'post', '/api/internal/v1/gateways', admin],
    ['listGateways', 'get', '/api/internal/v1/gateways', admin],
    ['getGateway', 'get', '/api/internal/v1/gateways/{gatewayId}', admin],
    ['deleteGateway', 'delete', '/api/internal/v1/gateways/{gatewayId}', admin],
    ['rotateGatewayApiKey', 'post', '/api/internal/v1/gateways/{gatewayId}/api-keys', admin],
    ['listGatewayEvents', 'get', '/api/internal/v1/gateways/{gatewayId}/events', [['adminToken'], ['gatewayApiKey']]],
    [
      'listGatewayDeployments',
      'get',
      '/api/internal/v1/gateways/{gatewayId}/deployments',
      [['adminToken'], ['gatewayApiKey']],
    ],
    ['createApi', 'post', '/api/internal/v1/apis', admin],
    ['listApis', 'get', '/api/internal/v1/apis', admin],
    ['getApi', 'get', '/api/internal/v1/apis/{apiId}', admin],
    ['updateApi', 'put', '/api/internal/v1/apis/{apiId}', admin],
    ['deleteApi', 'delete', '/api/internal/v1/apis/{apiId}', admin],
    ['deployApi', 'post', '/api/internal/v1/apis/{apiId}/deployments', admin],
    ['listApiDeployments', 'get', '/api/internal/v1/apis/{apiId}/deployments', admin],
    ['undeployApi', 'delete', '/api/internal/v1/apis/{apiId}/deployments/{deploymentId}', admin],
    ['getApiRuntimeArtifact', 'get', '/api/internal/v1/api-runtime-artifacts/{apiId}', [['gatewayApiKey']]],
    ['getStats', 'get', '/api/internal/v1/stats', admin],
    ['createOrg', 'post', '/v1/orgs', admin],
    ['listOrgs', 'get', '/v1/orgs', admin],
    ['getOrg', 'get', '/v1/orgs/{orgId}', [['adminToken'], ['tenantBearer'], ['tenantApiKey']]],
    ['updateOrg', 'patch', '/v1/orgs/{orgId}', admin],
    ['deleteOrg', 'delete', '/v1/orgs/{orgId}', admin],
    ['createApiKey', 'post', '/v1/api-keys', tenant],
    ['listApiKeys', 'get', '/v1/api-keys', tenant],
    ['revokeApiKey', 'delete', '/v1/api-keys/{keyId}', tenant],
    ['createSession', 'post', '/v1/sessions', tenant],
    ['listSessions', 'get', '/v1/sessions', tenant],
    ['getSession', 'get', '/v1/sessions/{sessionId}', tenant],
    ['updateSession', 'patch', '/v1/sessions/{sessionId}', tenant],
    ['deleteSession', 'delete', '/v1/sessions/{sessionId}', tenant],
    ['listSessionMessages', 'get', '/v1/sessions/{sessionId}/messages', tenant],
    ['createSessionMessage', 'post', '/v1/sessions/{sessionId}/messages', tenant],
    ['createChatCompletion', 'post', '/v1/chat/completions', tenant],
    ['listModels', 'get', '/v1/models', tenant],
    ['listSkills', 'get', '/v1/skills', tenant],
    ['getSkill', 'get', '/v1/skills/{skillName}', tenant],
    ['executeSkill', 'post', '/v1/skills/{skillName}/executions', tenant],
    ['getSkillExecution', 'get', '/v1/skills/executions/{executionId}', tenant],
    ['getUsage', 'get', '/v1/usage', tenant],
  ];

  it('has every fixed operationId at its method and path with its security', () => {
    for (const [operationId, method, path, security] of fixed) {
      const found = operations.find((o) => o.op.operationId === operationId);
      expect(found, operationId).to.not.equal(undefined);
      expect(`${found?.method} ${found?.path}`, operationId).to.equal(`${method} ${path}`);
      expect(securityOf(found?.op ?? {}), operationId).to.have.deep.members(security);
    }
  });

  it('gives every operation a unique operationId, summary, description, tags and explicit security', () => {
    const ids = operations.map((o) => o.op.operationId);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const { op, pointer } of operations) {
      expect(op.operationId, pointer).to.be.a('string');
      expect(op.summary, pointer).to.be.a('string').and.not.equal('');
      expect(op.description, pointer).to.be.a('string').and.not.equal('');
      expect(op.tags, pointer).to.be.an('array').that.does.not.have.lengthOf(0);
      expect(op.security, `${pointer} declares security`).to.be.an('array');
    }
  });

  it('documents 401 wherever credentials are required and 500 everywhere', () => {
    for (const { op, pointer } of operations) {
      const codes = Object.keys(obj(op.responses));
      expect(codes, pointer).to.include('500');
      if (securityOf(op).length > 0) expect(codes, pointer).to.include('401');
    }
  });

  it('uses the error envelope for every 4xx/5xx and puts X-Request-Id on every response', () => {
    for (const { op, pointer } of operations) {
      for (const [status, raw] of Object.entries(obj(op.responses))) {
        const { node: response } = follow(openapi, raw, `${pointer}/responses/${status}`);
        const header = follow(openapi, obj(response.headers)['X-Request-Id'], '').pointer;
        expect(header, `${String(op.operationId)} ${status} X-Request-Id`).to.equal('#/components/headers/XRequestId');
        if (Number(status) >= 400 && !(op.operationId === 'getReadiness' || op.operationId === 'getHealth')) {
          const media = obj(obj(response.content)['application/json']);
          expect(obj(media.schema).$ref, `${String(op.operationId)} ${status}`).to.equal(
            '#/components/schemas/ErrorEnvelope',
          );
        }
      }
    }
  });

  it('has at least one example per request body and per response body, and every example matches its schema', () => {
    let checked = 0;
    for (const { op, pointer } of operations) {
      const bodies: Array<[string, unknown]> = [[`${pointer}/requestBody`, op.requestBody]];
      for (const [status, raw] of Object.entries(obj(op.responses)))
        bodies.push([`${pointer}/responses/${status}`, raw]);
      for (const [where, raw] of bodies) {
        if (raw === undefined) continue;
        const { node, pointer: base } = follow(openapi, raw, where);
        for (const [type, media] of Object.entries(obj(node.content))) {
          const examples = mediaExamples(obj(media));
          expect(examples, `${String(op.operationId)}: ${base} ${type}`).to.not.have.lengthOf(0);
          for (const example of examples) {
            const errors = schemaErrors(OPENAPI_ID, `${base}/content/${escape(type)}/schema`, example);
            expect(errors, `${String(op.operationId)}: example of ${base} ${type}`).to.deep.equal([]);
            checked += 1;
          }
        }
      }
    }
    expect(checked).to.be.greaterThan(operations.length);
  });

  it('gives every parameter and header an example that matches its schema', () => {
    for (const section of ['parameters', 'headers'] as const) {
      for (const [name, value] of Object.entries(obj(obj(openapi.components)[section]))) {
        const where = `#/components/${section}/${name}`;
        expect(obj(value).example, where).to.not.equal(undefined);
        expect(schemaErrors(OPENAPI_ID, `${where}/schema`, obj(value).example), where).to.deep.equal([]);
      }
    }
  });

  it('rejects what the examples do not cover: wrong enum, unknown property, out-of-range number', () => {
    const body = (id: string) => {
      const found = operations.find((o) => o.op.operationId === id);
      return `${found?.pointer}/requestBody/content/application~1json/schema`;
    };
    expect(schemaErrors(OPENAPI_ID, body('createOrg'), { name: 'Acme', tier: 'teams' })).to.deep.equal([]);
    expect(schemaErrors(OPENAPI_ID, body('createOrg'), { name: 'Acme', tier: 'gold' })).not.to.have.lengthOf(0);
    expect(
      schemaErrors(OPENAPI_ID, body('createOrg'), { name: 'Acme', tier: 'teams', admin: true }),
    ).not.to.have.lengthOf(0);
    const chat = { model: 'm', messages: [{ role: 'user', content: 'hi' }] };
    expect(schemaErrors(OPENAPI_ID, body('createChatCompletion'), chat)).to.deep.equal([]);
    expect(schemaErrors(OPENAPI_ID, body('createChatCompletion'), { ...chat, temperature: 2.5 })).not.to.have.lengthOf(
      0,
    );
    expect(schemaErrors(OPENAPI_ID, body('createChatCompletion'), { ...chat, max_tokens: 1e12 })).not.to.have.lengthOf(
      0,
    );
    expect(schemaErrors(OPENAPI_ID, body('createSession'), { ttlSeconds: -5 })).not.to.have.lengthOf(0);
  });

  it('closes every request body object and bounds every number a client sends', () => {
    const problems: string[] = [];
    const walk = (schema: unknown, where: string): void => {
      if (Array.isArray(schema)) return schema.forEach((s, i) => walk(s, `${where}/${i}`));
      const s = obj(schema);
      const types = ([] as unknown[]).concat(s.type ?? []);
      if (
        types.includes('object') &&
        s.properties &&
        s.additionalProperties !== false &&
        s.additionalProperties !== true
      ) {
        problems.push(`${where}: object without additionalProperties false`);
      }
      if (
        (types.includes('integer') || types.includes('number')) &&
        (s.minimum === undefined || s.maximum === undefined)
      ) {
        problems.push(`${where}: unbounded number`);
      }
      for (const [key, value] of Object.entries(s)) {
        if (key !== 'examples' && key !== 'example' && key !== 'default' && key !== 'const' && key !== 'enum')
          walk(value, `${where}/${key}`);
      }
    };
    for (const { op, path, pointer } of operations) {
      const body = follow(openapi, op.requestBody, `${pointer}/requestBody`).node;
      for (const media of Object.values(obj(body.content)))
        walk(inline(openapi, obj(media).schema), `${String(op.operationId)} body`);
      const params = [
        ...((obj(obj(openapi.paths)[path]).parameters as unknown[]) ?? []),
        ...((op.parameters as unknown[]) ?? []),
      ];
      for (const p of params)
        walk(inline(openapi, follow(openapi, p, '').node.schema), `${String(op.operationId)} parameter`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('returns gateway events in the same shape the WebSocket delivers', () => {
    const drop = ['description', 'examples'];
    for (const name of ['ApiDeployedEvent', 'ApiUndeployedEvent', 'GatewayConfigUpdatedEvent', 'SkillExecution']) {
      const rest = inline(openapi, at(openapi, `#/components/schemas/${name}`), drop);
      const ws = inline(asyncapi, at(asyncapi, `#/components/schemas/${name}`), drop);
      expect(rest, name).to.deep.equal(ws);
    }
  });
});

describe('specs/asyncapi.yaml', () => {
  const channels = obj(asyncapi.channels);
  const messages = obj(obj(asyncapi.components).messages);
  const ops = Object.entries(obj(asyncapi.operations)).map(([id, op]) => ({ id, op: obj(op) }));

  it('parses with @asyncapi/parser without errors', async () => {
    const { document, diagnostics } = await new Parser().parse(asyncapiText);
    const errors = diagnostics
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-comparison -- two copies of @stoplight/types
      .filter((d) => d.severity === DiagnosticSeverity.Error)
      .map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).to.deep.equal([]);
    expect(document?.channels().length).to.equal(2);
  });

  it('has the two channels at their addresses', () => {
    expect(obj(channels.clientChannel).address).to.equal('/ws');
    expect(obj(channels.gatewayEvents).address).to.equal('/api/internal/v1/ws/gateways/connect');
  });

  it('lists the ErrorCode registry in error messages too', () => {
    const enumValues = obj(obj(obj(asyncapi.components).schemas).ErrorCode).enum as string[];
    expect([...enumValues].sort()).to.deep.equal(Object.keys(ERROR_CODES).sort());
  });

  it('gives every message a name, title, summary, payload and examples that match the payload', () => {
    for (const [key, raw] of Object.entries(messages)) {
      const message = obj(raw);
      for (const field of ['name', 'title', 'summary', 'payload'])
        expect(message[field], `${key}.${field}`).to.not.equal(undefined);
      const examples = (message.examples as Json[] | undefined) ?? [];
      expect(examples, `${key} examples`).to.not.have.lengthOf(0);
      for (const example of examples) {
        expect(
          schemaErrors(ASYNCAPI_ID, `#/components/messages/${key}/payload`, example.payload),
          `${key} example ${String(example.name)}`,
        ).to.deep.equal([]);
      }
    }
  });

  it('frames every message as { type (const), timestamp, payload } with no extra properties', () => {
    for (const [key, raw] of Object.entries(messages)) {
      const payload = obj(inline(asyncapi, obj(raw).payload));
      expect(payload.additionalProperties, key).to.equal(false);
      expect(payload.required, key).to.include.members(['type', 'timestamp', 'payload']);
      expect(obj(obj(payload.properties).type).const, key).to.be.a('string');
    }
  });

  it('rejects frames with the wrong type, a missing payload or an unknown property', () => {
    const ping = '#/components/messages/clientPing/payload';
    const good = { type: 'ping', timestamp: '2025-10-15T10:00:00Z', payload: {} };
    expect(schemaErrors(ASYNCAPI_ID, ping, good)).to.deep.equal([]);
    expect(schemaErrors(ASYNCAPI_ID, ping, { ...good, type: 'pong' })).not.to.have.lengthOf(0);
    expect(schemaErrors(ASYNCAPI_ID, ping, { type: 'ping', timestamp: good.timestamp })).not.to.have.lengthOf(0);
    expect(schemaErrors(ASYNCAPI_ID, ping, { ...good, extra: 1 })).not.to.have.lengthOf(0);
    const ack = '#/components/messages/gatewayAck/payload';
    expect(
      schemaErrors(ASYNCAPI_ID, ack, { type: 'ack', timestamp: good.timestamp, payload: { seq: -1 } }),
    ).not.to.have.lengthOf(0);
  });

  const expected: Record<string, { send: string[]; receive: string[] }> = {
    clientChannel: {
      send: [
        'connection.ack',
        'session.joined',
        'session.left',
        'message.delta',
        'message.completed',
        'skill.result',
        'quota.warning',
        'error',
        'pong',
      ],
      receive: ['session.join', 'session.leave', 'message.send', 'skill.execute', 'ping'],
    },
    gatewayEvents: {
      send: ['connection.ack', 'api.deployed', 'api.undeployed', 'gateway.config.updated', 'error', 'pong'],
      receive: ['ack', 'ping'],
    },
  };

  it('has an operation for every message in each direction, with types unique per channel and direction', () => {
    const typeOf = (ref: unknown): string => {
      const message = follow(asyncapi, ref, '').node;
      return String(obj(obj(obj(inline(asyncapi, message.payload)).properties).type).const);
    };
    for (const [channel, want] of Object.entries(expected)) {
      const got = { send: [] as string[], receive: [] as string[] };
      for (const { op } of ops) {
        if (obj(op.channel).$ref !== `#/channels/${channel}`) continue;
        const action = op.action as 'send' | 'receive';
        got[action].push(...((op.messages as unknown[]) ?? []).map(typeOf));
        // A reply goes the other way: the server sends the answer to what it received.
        const reply = obj(op.reply);
        if (action === 'receive') got.send.push(...((reply.messages as unknown[]) ?? []).map(typeOf));
      }
      expect(got.send, `${channel} send`).to.have.members(want.send);
      expect(got.receive, `${channel} receive`).to.have.members(want.receive);
    }
  });

  it('lists the close codes of both channels, machine-readable and in the description', () => {
    for (const name of ['clientChannel', 'gatewayEvents']) {
      const channel = obj(channels[name]);
      const codes = (channel['x-close-codes'] as Json[]).map((c) => {
        expect(c.reason, `${name} ${String(c.code)}`).to.be.a('string');
        expect(c.when, `${name} ${String(c.code)}`).to.be.a('string');
        return c.code;
      });
      expect(codes, name).to.have.members([1000, 1001, 1007, 1008, 1009, 1011, 1013]);
      for (const code of codes)
        expect(channel.description, `${name} describes ${String(code)}`).to.contain(String(code));
    }
  });

  it('documents the handshake: credentials, resume position and refused statuses', () => {
    const gateway = obj(obj(obj(channels.gatewayEvents).bindings).ws);
    expect(Object.keys(obj(obj(gateway.headers).properties))).to.include.members(['api-key', 'last-event-seq']);
    expect(Object.keys(obj(obj(gateway.query).properties))).to.include('since');
    const client = obj(obj(obj(channels.clientChannel).bindings).ws);
    expect(Object.keys(obj(obj(client.headers).properties))).to.include.members(['Authorization', 'x-api-key']);
    expect(Object.keys(obj(obj(client.query).properties))).to.include('token');
    for (const name of ['clientChannel', 'gatewayEvents']) {
      for (const status of ['401', '429', '503', 'Retry-After'])
        expect(obj(channels[name]).description, `${name} ${status}`).to.contain(status);
    }
  });
});

describe('npm run lint:specs', () => {
  it('finds no error in either spec', async function () {
    this.timeout(60_000);
    const run = promisify(execFile);
    const spectral = `${root}node_modules/.bin/spectral`;
    const { stdout } = await run(
      spectral,
      ['lint', '--quiet', '--fail-severity=error', '-f', 'json', 'specs/openapi.yaml', 'specs/asyncapi.yaml'],
      { cwd: root },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const problems = (
      JSON.parse(stdout || '[]') as Array<{ severity: number; code: string; path: string[]; source: string }>
    )
      .filter((p) => p.severity === 0)
      .map((p) => `${p.source}: ${p.code} at ${p.path.join('.')}`);
    expect(problems).to.deep.equal([]);
  });
});
