import { expect } from 'chai';
import { findUnstorableString } from '../../src/http/json-body.js';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, type TestTarget as TestServer } from '../support/server.js';

describe('text PostgreSQL cannot store (NUL, unpaired surrogates)', function () {
  this.timeout(60_000);

  it('finds the first such string, key or value, by path', () => {
    expect(findUnstorableString({ a: 'ok', b: ['x', 'y\u0000'] })).to.equal('/b/1');
    expect(findUnstorableString({ labels: { 'k\ud800': 'v' } })).to.equal('/labels/k\ud800');
    expect(findUnstorableString('\udc00alone')).to.equal('/');
    expect(findUnstorableString({ emoji: '\ud83d\ude00', nested: [{ n: 1, t: null }] })).to.equal(undefined);
  });

  it('walks values nested deeper than the call stack allows', () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}"x\\u0000"${'}'.repeat(depth)}`) as unknown;
    expect(findUnstorableString(deep)).to.equal(`/${Array(depth).fill('a').join('/')}`);
    expect(findUnstorableString(JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`))).to.equal(undefined);
  });

  forEachBackend((backend) => {
    let server: TestServer | undefined;
    before(async () => {
      server = await createTestApp(backend);
    });
    after(async () => server?.close());

    const post = (path: string, body: unknown) =>
      (server as TestServer).request(path, {
        method: 'POST',
        headers: (server as TestServer).adminHeaders(),
        body: JSON.stringify(body),
      });

    for (const [what, body, path] of [
      ['a NUL in a string field', { name: 'acme\u0000corp', tier: 'teams' }, '/body/name'],
      ['an unpaired surrogate in a string field', { name: 'acme\ud800corp', tier: 'teams' }, '/body/name'],
    ] as const) {
      it(`answers 400 validation_failed for ${what}, and creates nothing`, async () => {
        const res = await post('/v1/orgs', body);
        expect(res.status).to.equal(400);
        const envelope = (await res.json()) as { error: { code: string; details: Array<{ path: string }> } };
        expect(envelope.error.code).to.equal('validation_failed');
        expect(envelope.error.details[0]?.path).to.equal(path);
        const list = (await (
          await (server as TestServer).request('/v1/orgs?limit=100', { headers: (server as TestServer).adminHeaders() })
        ).json()) as { items: Array<{ name: string }> };
        expect(list.items.filter((org) => org.name.startsWith('acme'))).to.deep.equal([]);
      });
    }

    it('answers 400 for such text in a JSON object key (labels) and in the query string', async () => {
      const labelled = await post('/api/internal/v1/gateways', { name: 'gw-unstorable', labels: { 'k\u0000': 'v' } });
      expect(labelled.status).to.equal(400);
      const query = await (server as TestServer).request('/v1/orgs?cursor=%00', {
        headers: (server as TestServer).adminHeaders(),
      });
      expect(query.status).to.equal(400);
      expect(((await query.json()) as { error: { code: string } }).error.code).to.equal('validation_failed');
      expect((await (server as TestServer).request('/health/ready')).status).to.equal(200);
    });

    it('answers 400, not 500, for a body nested 5000 deep', async () => {
      const target = server as TestServer;
      const res = await target.request('/api/internal/v1/gateways', {
        method: 'POST',
        headers: target.adminHeaders(),
        body: `${'['.repeat(5000)}${']'.repeat(5000)}`,
      });
      expect(res.status, await res.clone().text()).to.equal(400);
    });

    it('answers 400 naming the parameter for query text whose percent-encoding is not UTF-8 (an encoded surrogate)', async () => {
      const target = server as TestServer;
      const created = await post('/v1/orgs', { name: 'percent-encoding', tier: 'teams' });
      const { apiKey } = (await created.json()) as { apiKey: { key: string } };
      // listSessions is not implemented yet: the refusal must come before it, not as a 501
      for (const query of ['cursor=%ED%A0%80', 'cursor=ok%FF', 'cursor=a=b=%C0']) {
        const res = await target.request(`/v1/sessions?${query}`, { headers: { 'x-api-key': apiKey.key } });
        const text = await res.text();
        expect(res.status, `${query}: ${text}`).to.equal(400);
        const envelope = JSON.parse(text) as { error: { code: string; details: Array<{ path: string }> } };
        expect(envelope.error.code).to.equal('validation_failed');
        expect(envelope.error.details[0]?.path).to.equal('/query/cursor');
      }
      const plain = await target.request('/v1/orgs?limit=2&cursor=', { headers: target.adminHeaders() });
      expect(plain.status).to.not.equal(500);
    });
  });
});
