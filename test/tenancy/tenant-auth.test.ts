import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, UnsecuredJWT, type CryptoKey, type JWK } from 'jose';
import { forEachBackend } from '../support/backends.js';
import { metricValue } from '../support/realtime.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { uniqueName } from '../support/services.js';
import { connectClient, tryUpgrade, type Refusal, type TestClient } from '../support/ws-client.js';

const ISSUER = 'https://issuer.test';
const AUDIENCE = 'clawgate';
const SECRET = 'an-hs256-secret-of-at-least-32-bytes!!';
/** Many handshakes and failures from 127.0.0.1 in one file: neither limit is under test here. */
const GENEROUS = {
  realtime: { client: { handshakeRate: { ratePerSecond: 1000, burst: 1000 } } },
} as const;

/** The tests refuse many tokens from one address; only the throttle's own test keeps its limit. */
const NO_FAILURE_LIMIT = { auth: { failureLimit: 0 } };

interface Envelope {
  error: { code: string; message: string; correlationId: string };
}

type Claims = Record<string, unknown>;

/** A token for `orgId` with sensible claims; `claims` overrides them (undefined removes one). */
async function sign(
  key: CryptoKey | Uint8Array,
  alg: string,
  orgId: string,
  claims: Claims = {},
  header: Record<string, string> = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const all: Claims = { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', org_id: orgId, iat: now, exp: now + 300, ...claims };
  const payload = Object.fromEntries(Object.entries(all).filter(([, value]) => value !== undefined));
  return new SignJWT(payload).setProtectedHeader({ alg, ...header }).sign(key);
}

async function newOrg(server: TestServer): Promise<{ id: string; key: string; keyId: string }> {
  const res = await server.admin('/v1/orgs', { method: 'POST', body: { name: uniqueName('jwt-org-'), tier: 'teams' } });
  expect(res.status).to.equal(201);
  const { org, apiKey } = (await res.json()) as { org: { id: string }; apiKey: { id: string; key: string } };
  return { id: org.id, key: apiKey.key, keyId: apiKey.id };
}

function bearer(token: string): RequestInit {
  return { headers: { authorization: `Bearer ${token}` } };
}

async function expectUnauthenticated(res: Response, message?: RegExp): Promise<Envelope> {
  expect(res.status).to.equal(401);
  const body = (await res.json()) as Envelope;
  expect(body.error.code).to.equal('unauthenticated');
  expect(body.error.correlationId).to.be.a('string').and.not.equal('');
  if (message !== undefined) expect(body.error.message).to.match(message);
  return body;
}

/** Round-trips a `ping`: the connection outlived whatever just closed others. */
async function stillOpen(client: TestClient): Promise<void> {
  client.send({ type: 'ping', id: 'still-open', timestamp: new Date().toISOString(), payload: {} });
  expect((await client.next('pong')).correlationId).to.equal('still-open');
}

function refusedWith(result: Refusal | 'upgraded', status: number, code: string): void {
  expect(result).to.not.equal('upgraded');
  expect((result as Refusal).status).to.equal(status);
  expect((result as Refusal).body.error.code).to.equal(code);
}

describe('tenant authentication with JWTs', function () {
  let rsa: { publicKey: CryptoKey; privateKey: CryptoKey };
  let ec: { publicKey: CryptoKey; privateKey: CryptoKey };
  let rsaPem: string;
  const secret = new TextEncoder().encode(SECRET);

  before(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    rsaPem = await exportSPKI(rsa.publicKey);
  });

  forEachBackend((backend) => {
    describe('an HS256 secret and an RS256 public key', () => {
      let server: TestServer;
      before(async () => {
        const config = {
          jwt: { hs256Secret: SECRET, publicKey: rsaPem, issuer: ISSUER, audience: [AUDIENCE] },
          ...NO_FAILURE_LIMIT,
        };
        server = await startTestServer(backend, { config, ...GENEROUS });
      });
      after(() => server?.close());

      it('accept HS256 and RS256 tokens on tenant operations, scoped to the token organization', async () => {
        const org = await newOrg(server);
        const other = await newOrg(server);
        for (const token of [await sign(secret, 'HS256', org.id), await sign(rsa.privateKey, 'RS256', org.id)]) {
          const keys = await server.request('/v1/api-keys', bearer(token));
          expect(keys.status).to.equal(200);
          const listed = (await keys.json()) as { items: Array<{ id: string }> };
          expect(listed.items.map((key) => key.id)).to.deep.equal([org.keyId]);
          expect((await server.request(`/v1/orgs/${org.id}`, bearer(token))).status).to.equal(200);
          // Another organization's resource looks exactly like a missing one.
          const foreign = await server.request(`/v1/orgs/${other.id}`, bearer(token));
          expect(foreign.status).to.equal(404);
          expect(((await foreign.json()) as Envelope).error.code).to.equal('not_found');
        }
      });

      it('refuse every forged, stale or misaddressed token with 401 in the envelope, counted', async () => {
        const org = await newOrg(server);
        const now = Math.floor(Date.now() / 1000);
        const wrongSecret = new TextEncoder().encode('another-secret-of-at-least-32-bytes!!!');
        const good = await sign(secret, 'HS256', org.id);
        const [head, body] = good.split('.');
        const cases: Array<[string, string, RegExp?]> = [
          ['expired', await sign(secret, 'HS256', org.id, { exp: now - 120 }), /token expired/],
          ['not yet valid', await sign(secret, 'HS256', org.id, { nbf: now + 120 }), /token not yet valid/],
          ['wrong audience', await sign(secret, 'HS256', org.id, { aud: 'someone-else' }), /token invalid/],
          ['wrong issuer', await sign(secret, 'HS256', org.id, { iss: 'https://evil.test' }), /token invalid/],
          ['no exp', await sign(secret, 'HS256', org.id, { exp: undefined })],
          ['no org claim', await sign(secret, 'HS256', org.id, { org_id: undefined })],
          ['unknown organization', await sign(secret, 'HS256', randomUUID())],
          ['organization id not a uuid', await sign(secret, 'HS256', 'not-a-uuid')],
          ['bad signature', await sign(wrongSecret, 'HS256', org.id)],
          ['tampered payload', `${head}.${Buffer.from('{"org_id":"x"}').toString('base64url')}.${good.split('.')[2]}`],
          ['alg none', new UnsecuredJWT({ iss: ISSUER, aud: AUDIENCE, org_id: org.id, exp: now + 300 }).encode()],
          // Algorithm confusion: the RS256 public key's PEM bytes used as an HS256 secret.
          ['RS256 key as HS256 secret', await sign(new TextEncoder().encode(rsaPem), 'HS256', org.id)],
          ['ES256, no such key configured', await sign(ec.privateKey, 'ES256', org.id)],
          ['RS256 signed by another key', await sign((await generateKeyPair('RS256')).privateKey, 'RS256', org.id)],
          ['not a JWT', `${head}.${body}`],
        ];
        const before = await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'unauthenticated' });
        for (const [what, token, message] of cases) {
          const res = await server.request('/v1/api-keys', bearer(token));
          await expectUnauthenticated(res, message).catch((err: Error) => {
            throw new Error(`${what}: ${err.message}`, { cause: err });
          });
        }
        const after = await metricValue(server.deps.metrics, 'goclaw_errors_total', { type: 'unauthenticated' });
        expect(after - before).to.equal(cases.length);
        expect((await server.request('/v1/api-keys', bearer(good))).status, 'the good token still works').to.equal(200);
      });

      it('throttle JWT failures per source address (a token names no key prefix)', async () => {
        const throttled = await startTestServer(backend, {
          config: { jwt: { hs256Secret: SECRET, issuer: ISSUER, audience: [AUDIENCE] } },
          ...GENEROUS,
        });
        try {
          // The default limit: 10 failures per source and window.
          const org = await newOrg(throttled);
          const forged = await sign(new TextEncoder().encode('x'.repeat(40)), 'HS256', org.id);
          for (let i = 0; i < 10; i += 1)
            await expectUnauthenticated(await throttled.request('/v1/api-keys', bearer(forged)));
          const locked = await throttled.request('/v1/api-keys', bearer(await sign(secret, 'HS256', org.id)));
          expect(locked.status).to.equal(429);
          expect(locked.headers.get('retry-after')).to.match(/^\d+$/);
          refusedWith(
            await tryUpgrade(`${throttled.wsUrl}/ws`, { authorization: `Bearer ${forged}` }),
            429,
            'rate_limited',
          );
        } finally {
          await throttled.close();
        }
      });

      it('open /ws with a JWT, refuse a bad one, and close the connection with 1008 when the token expires', async () => {
        const org = await newOrg(server);
        const client = await connectClient(`${server.wsUrl}/ws`, {
          headers: { authorization: `Bearer ${await sign(rsa.privateKey, 'RS256', org.id)}` },
        });
        const ack = await client.next('connection.ack');
        expect(ack.payload).to.include({ orgId: org.id, tier: 'teams' });
        await client.close();

        const expired = await sign(secret, 'HS256', org.id, { exp: Math.floor(Date.now() / 1000) - 120 });
        const refusal = await tryUpgrade(`${server.wsUrl}/ws?token=${expired}`);
        refusedWith(refusal, 401, 'unauthenticated');
        expect((refusal as Refusal).body.error.message).to.match(/token expired/);

        // Expires in a moment: the server closes the connection then, without the client doing anything.
        const shortLived = await sign(secret, 'HS256', org.id, { exp: Math.floor(Date.now() / 1000) + 2 });
        const brief = await connectClient(`${server.wsUrl}/ws?token=${shortLived}`);
        await brief.next('connection.ack');
        expect(await brief.closed).to.deep.equal({ code: 1008, reason: 'token expired' });
      });

      it('close /ws connections when their API key is revoked or their organization deleted', async () => {
        const org = await newOrg(server);
        const second = await server.request('/v1/api-keys', {
          method: 'POST',
          headers: { 'x-api-key': org.key, 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'to revoke' }),
        });
        const revocable = (await second.json()) as { id: string; key: string };
        const byRevoked = await connectClient(`${server.wsUrl}/ws`, { headers: { 'x-api-key': revocable.key } });
        const byKept = await connectClient(`${server.wsUrl}/ws`, { headers: { 'x-api-key': org.key } });
        const byJwt = await connectClient(`${server.wsUrl}/ws`, {
          headers: { authorization: `Bearer ${await sign(secret, 'HS256', org.id)}` },
        });
        await Promise.all([byRevoked, byKept, byJwt].map((client) => client.next('connection.ack')));

        const revoked = await server.request(`/v1/api-keys/${revocable.id}`, {
          method: 'DELETE',
          headers: { 'x-api-key': org.key },
        });
        expect(revoked.status).to.equal(204);
        expect(await byRevoked.closed).to.deep.equal({ code: 1008, reason: 'API key revoked' });
        await stillOpen(byKept);

        expect((await server.admin(`/v1/orgs/${org.id}`, { method: 'DELETE' })).status).to.equal(204);
        expect(await byKept.closed).to.deep.equal({ code: 1008, reason: 'organization deleted' });
        expect(await byJwt.closed).to.deep.equal({ code: 1008, reason: 'organization deleted' });
        // And the token no longer opens anything.
        await expectUnauthenticated(await server.request('/v1/api-keys', bearer(await sign(secret, 'HS256', org.id))));
      });
    });
  });

  forEachBackend(
    (backend) => {
      describe('revocations on another instance', () => {
        let a: TestServer;
        let b: TestServer;
        before(async () => {
          a = await startTestServer(backend, {
            config: { jwt: { hs256Secret: SECRET, issuer: ISSUER, audience: [AUDIENCE] }, ...NO_FAILURE_LIMIT },
            ...GENEROUS,
          });
          b = await startTestServer(backend, { deps: await backend.secondInstance(a.deps), ...GENEROUS });
        });
        after(async () => {
          await b?.close();
          await a?.close();
        });

        it('revoking a key or deleting an organization on A closes its /ws connections on B', async () => {
          const org = await newOrg(a);
          const byKey = await connectClient(`${b.wsUrl}/ws`, { headers: { 'x-api-key': org.key } });
          const byJwt = await connectClient(`${b.wsUrl}/ws`, {
            headers: { authorization: `Bearer ${await sign(secret, 'HS256', org.id)}` },
          });
          await Promise.all([byKey.next('connection.ack'), byJwt.next('connection.ack')]);

          const revoked = await a.request(`/v1/api-keys/${org.keyId}`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${await sign(secret, 'HS256', org.id)}` },
          });
          expect(revoked.status).to.equal(204);
          expect(await byKey.closed).to.deep.equal({ code: 1008, reason: 'API key revoked' });
          await stillOpen(byJwt);

          expect((await a.admin(`/v1/orgs/${org.id}`, { method: 'DELETE' })).status).to.equal(204);
          expect(await byJwt.closed).to.deep.equal({ code: 1008, reason: 'organization deleted' });
        });
      });
    },
    { backends: ['postgres+redis'] },
  );

  forEachBackend(
    (backend) => {
      describe('a JWKS URL', () => {
        let jwks: { keys: JWK[] };
        let fetches = 0;
        let issuer: http.Server;
        let server: TestServer;
        const publicJwk = async (key: CryptoKey, kid: string, alg: string) => ({
          ...(await exportJWK(key)),
          kid,
          alg,
          use: 'sig',
        });

        before(async () => {
          jwks = {
            keys: [await publicJwk(rsa.publicKey, 'rsa-1', 'RS256'), await publicJwk(ec.publicKey, 'ec-1', 'ES256')],
          };
          issuer = http.createServer((_req, res) => {
            fetches += 1;
            res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
          });
          await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
          const { port } = issuer.address() as AddressInfo;
          server = await startTestServer(backend, {
            config: {
              jwt: {
                jwksUrl: `http://127.0.0.1:${port}/.well-known/jwks.json`,
                issuer: ISSUER,
                audience: [AUDIENCE, 'other-audience'],
                // A token with an unknown kid fetches the set again at once.
                jwksCooldownMs: 0,
              },
              ...NO_FAILURE_LIMIT,
            },
            ...GENEROUS,
          });
        });
        after(async () => {
          await server?.close();
          await new Promise((resolve) => issuer?.close(resolve));
        });

        it('accepts RS256 and ES256 tokens by kid, fetching the key set once', async () => {
          const org = await newOrg(server);
          const before = fetches;
          for (const token of [
            await sign(rsa.privateKey, 'RS256', org.id, {}, { kid: 'rsa-1' }),
            await sign(ec.privateKey, 'ES256', org.id, { aud: 'other-audience' }, { kid: 'ec-1' }),
            await sign(ec.privateKey, 'ES256', org.id, {}, { kid: 'ec-1' }),
          ]) {
            expect((await server.request('/v1/api-keys', bearer(token))).status).to.equal(200);
          }
          expect(fetches - before).to.be.at.most(1);
          // An HS256 token whose secret is the key set's public key is nothing here: no secret is configured.
          const confused = await sign(new TextEncoder().encode(JSON.stringify(jwks.keys[0])), 'HS256', org.id);
          await expectUnauthenticated(await server.request('/v1/api-keys', bearer(confused)));
        });

        it('picks up a rotated key: a token with a new kid verifies after the set is fetched again', async () => {
          const org = await newOrg(server);
          const next = await generateKeyPair('ES256');
          const early = await sign(next.privateKey, 'ES256', org.id, {}, { kid: 'ec-2' });
          await expectUnauthenticated(await server.request('/v1/api-keys', bearer(early)));

          jwks = { keys: [await publicJwk(next.publicKey, 'ec-2', 'ES256')] };
          const rotated = await sign(next.privateKey, 'ES256', org.id, {}, { kid: 'ec-2' });
          expect((await server.request('/v1/api-keys', bearer(rotated))).status).to.equal(200);
          const client = await connectClient(`${server.wsUrl}/ws?token=${rotated}`);
          expect((await client.next('connection.ack')).payload.orgId).to.equal(org.id);
          await client.close();
          // The retired key is gone from the set: its tokens no longer verify.
          const retired = await sign(ec.privateKey, 'ES256', org.id, {}, { kid: 'ec-1' });
          await expectUnauthenticated(await server.request('/v1/api-keys', bearer(retired)));
        });

        it('answers 503 service_unavailable, not 401, while the key set cannot be fetched', async () => {
          const org = await newOrg(server);
          const token = await sign(rsa.privateKey, 'RS256', org.id, {}, { kid: 'rsa-unknown' });
          await new Promise((resolve) => issuer.close(resolve));
          issuer.closeAllConnections();
          const res = await server.request('/v1/api-keys', bearer(token));
          expect(res.status).to.equal(503);
          expect(((await res.json()) as Envelope).error.code).to.equal('service_unavailable');
          refusedWith(await tryUpgrade(`${server.wsUrl}/ws?token=${token}`), 503, 'service_unavailable');
        });
      });
    },
    { backends: ['embedded'] },
  );
});
