import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config/index.js';

const PINNED = { CLAWGATE_JWT_ISSUER: 'https://issuer.test', CLAWGATE_JWT_AUDIENCE: 'clawgate, other' };
const PRODUCTION = { NODE_ENV: 'production', CLAWGATE_ADMIN_TOKEN: 'a'.repeat(32) };

function pem(type: 'rsa' | 'ec' | 'ed25519', namedCurve?: string): string {
  const options = type === 'rsa' ? { modulusLength: 2048 } : type === 'ec' ? { namedCurve: namedCurve ?? 'P-256' } : {};
  const { publicKey } = generateKeyPairSync(type as 'rsa', options as { modulusLength: number });
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

describe('loadConfig: JWT settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clawgate-jwt-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('is off by default, with the documented defaults', () => {
    const { jwt } = loadConfig({ env: {}, cwd: dir });
    expect(jwt).to.deep.equal({
      orgClaim: 'org_id',
      clockSkewSeconds: 30,
      jwksCacheMaxAgeMs: 600_000,
      jwksCooldownMs: 30_000,
    });
  });

  it('reads a secret, a PEM (also with escaped newlines), a key file, a JWKS URL and the audience list', () => {
    const rsa = pem('rsa');
    const escaped = rsa.trim().replace(/\n/g, '\\n');
    expect(loadConfig({ env: { ...PINNED, CLAWGATE_JWT_PUBLIC_KEY: escaped }, cwd: dir }).jwt.publicKey).to.equal(
      rsa.trim(),
    );
    const file = path.join(dir, 'issuer.pem');
    writeFileSync(file, pem('ec'));
    const config = loadConfig({
      env: { ...PINNED, CLAWGATE_JWT_PUBLIC_KEY_FILE: 'issuer.pem', CLAWGATE_JWT_SECRET: 'short' },
      cwd: dir,
    });
    expect(config.jwt).to.include({ publicKeyFile: file, hs256Secret: 'short', issuer: 'https://issuer.test' });
    expect(config.jwt.audience).to.deep.equal(['clawgate', 'other']);
    const jwks = loadConfig({ env: { ...PINNED, CLAWGATE_JWT_JWKS_URL: 'https://issuer.test/jwks.json' }, cwd: dir });
    expect(jwks.jwt.jwksUrl).to.equal('https://issuer.test/jwks.json');
  });

  const refusals: Array<{ what: string; env: () => Record<string, string>; key: string; says: RegExp }> = [
    {
      what: 'a value that is not a PEM public key',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY: 'not a key' }),
      key: 'CLAWGATE_JWT_PUBLIC_KEY',
      says: /not a PEM public key/,
    },
    {
      what: 'an unsupported key type',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY: pem('ed25519') }),
      key: 'CLAWGATE_JWT_PUBLIC_KEY',
      says: /only RSA \(RS256\) and P-256 EC \(ES256\)/,
    },
    {
      what: 'an EC key on another curve',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY: pem('ec', 'P-384') }),
      key: 'CLAWGATE_JWT_PUBLIC_KEY',
      says: /secp384r1/,
    },
    {
      what: 'a key file that holds no key',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY_FILE: 'Makefile' }),
      key: 'CLAWGATE_JWT_PUBLIC_KEY_FILE',
      says: /not a PEM public key/,
    },
    {
      what: 'a missing key file',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY_FILE: 'missing.pem' }),
      key: 'CLAWGATE_JWT_PUBLIC_KEY_FILE',
      says: /not a readable file/,
    },
    {
      what: 'a static key and a JWKS URL together',
      env: () => ({ ...PINNED, CLAWGATE_JWT_PUBLIC_KEY: pem('rsa'), CLAWGATE_JWT_JWKS_URL: 'https://i.test/jwks' }),
      key: 'CLAWGATE_JWT_JWKS_URL',
      says: /not be set together/,
    },
    {
      what: 'a key without an issuer',
      env: () => ({ CLAWGATE_JWT_SECRET: 's'.repeat(32), CLAWGATE_JWT_AUDIENCE: 'clawgate' }),
      key: 'CLAWGATE_JWT_ISSUER',
      says: /required when JWT authentication is configured/,
    },
    {
      what: 'a key without an audience',
      env: () => ({ CLAWGATE_JWT_SECRET: 's'.repeat(32), CLAWGATE_JWT_ISSUER: 'https://issuer.test' }),
      key: 'CLAWGATE_JWT_AUDIENCE',
      says: /required when JWT authentication is configured/,
    },
    {
      what: 'a short HS256 secret in production',
      env: () => ({ ...PRODUCTION, ...PINNED, CLAWGATE_JWT_SECRET: 's'.repeat(31) }),
      key: 'CLAWGATE_JWT_SECRET',
      says: /at least 32 bytes when NODE_ENV=production/,
    },
    {
      what: 'a plain-HTTP JWKS URL in production',
      env: () => ({ ...PRODUCTION, ...PINNED, CLAWGATE_JWT_JWKS_URL: 'http://issuer.test/jwks.json' }),
      key: 'CLAWGATE_JWT_JWKS_URL',
      says: /https:\/\/ URL when NODE_ENV=production/,
    },
  ];
  for (const { what, env, key, says } of refusals) {
    it(`refuses ${what}, naming ${key}`, () => {
      writeFileSync(path.join(dir, 'Makefile'), 'all:\n\ttrue\n');
      let thrown: unknown;
      try {
        loadConfig({ env: env(), cwd: dir });
      } catch (err) {
        thrown = err;
      }
      expect(thrown).to.be.instanceOf(ConfigError);
      expect((thrown as ConfigError).key).to.equal(key);
      expect((thrown as ConfigError).message).to.match(says);
    });
  }

  it('accepts a 32-byte secret in production', () => {
    const config = loadConfig({ env: { ...PRODUCTION, ...PINNED, CLAWGATE_JWT_SECRET: 's'.repeat(32) }, cwd: dir });
    expect(config.jwt.hs256Secret).to.have.length(32);
  });
});
