import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { loadOpenApi } from '../../contract-tests/openapi-model.js';
import { loadAsyncApi } from '../../contract-tests/asyncapi-model.js';
import { loadScenarios } from '../../contract-tests/scenarios.js';

const root = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

// The shipped scenarios drive the real specs: a renamed operationId, parameter or channel must
// break this test, not silently turn a scenario into a permanent failure.
describe('contract-tests/scenarios against specs/', () => {
  it('reference only operations, path parameters, channels and message types the specs define', async () => {
    const openapi = await loadOpenApi(root('specs/openapi.yaml'));
    const asyncapi = await loadAsyncApi(root('specs/asyncapi.yaml'));
    const scenarios = await loadScenarios(root('contract-tests/scenarios'));
    expect(scenarios.length).to.be.greaterThan(3);
    expect(scenarios[0]?.setup, 'the setup scenario runs first').to.equal(true);
    const problems: string[] = [];
    for (const scenario of scenarios) {
      const channelOf = new Map<string, string>();
      for (const [i, step] of scenario.steps.entries()) {
        const where = `${scenario.file} step ${i + 1}`;
        if ('ws' in step) {
          if (step.ws === 'connect') {
            const channel = asyncapi.channels.find((c) => c.id === step.channel);
            if (!channel) problems.push(`${where}: unknown channel ${String(step.channel)}`);
            else channelOf.set(step.as, channel.id);
          }
          const channel = asyncapi.channels.find((c) => c.id === channelOf.get(step.as));
          if (
            step.ws === 'expect' &&
            !channel?.messages.some((m) => m.direction === 'server-to-client' && m.type === step.message)
          ) {
            problems.push(
              `${where}: ${String(step.message)} is not a server→client message of ${channelOf.get(step.as)}`,
            );
          }
          const sentType = (step.message as { type?: string } | undefined)?.type;
          if (
            step.ws === 'send' &&
            !channel?.messages.some((m) => m.direction === 'client-to-server' && m.type === sentType)
          ) {
            problems.push(`${where}: ${String(sentType)} is not a client→server message of ${channelOf.get(step.as)}`);
          }
          continue;
        }
        const op = openapi.operations.find((o) => o.operationId === step.operation);
        if (!op) {
          problems.push(`${where}: unknown operation ${step.operation}`);
          continue;
        }
        const pathParams = op.parameters
          .filter((p) => p.in === 'path')
          .map((p) => p.name)
          .sort();
        const given = Object.keys(step.params ?? {}).sort();
        if (JSON.stringify(pathParams) !== JSON.stringify(given))
          problems.push(
            `${where}: ${op.operationId} needs path parameters ${pathParams.join(', ') || 'none'}, got ${given.join(', ') || 'none'}`,
          );
      }
    }
    for (const scheme of Object.keys({ ...scenarios[0]?.credentials, ...scenarios[0]?.otherCredentials })) {
      if (!openapi.securitySchemes[scheme]) problems.push(`setup: unknown security scheme ${scheme}`);
    }
    for (const channel of Object.keys(scenarios[0]?.websocket ?? {})) {
      if (!asyncapi.channels.some((c) => c.id === channel)) problems.push(`setup: unknown channel ${channel}`);
    }
    expect(problems).to.deep.equal([]);
  });

  it('lists every operation of the spec with its documented statuses', async () => {
    const openapi = await loadOpenApi(root('specs/openapi.yaml'));
    const ids = openapi.operations.map((o) => o.operationId);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members(['getLiveness', 'createOrg', 'deleteOrg']);
    for (const op of openapi.operations) expect(op.responses.length, op.operationId).to.be.greaterThan(0);
  });
});
