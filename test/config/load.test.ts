import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clawgate-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function write(name: string, text: string): string {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  }

  it('uses the documented defaults with an empty environment', () => {
    const config = loadConfig({ env: {}, cwd: dir });
    expect(config).to.include({ env: 'development', host: '0.0.0.0', port: 8080, shutdownTimeoutMs: 10_000 });
    expect(config.stateDir).to.equal(path.join(dir, '.clawgate'));
    expect(config.log).to.deep.equal({
      level: 'info',
      file: path.join(dir, '.clawgate', 'logs', 'clawgate.log'),
      maxSize: '10m',
      maxFiles: 3,
      compress: true,
      console: true,
    });
    expect(config.http).to.deep.equal({
      bodyLimitBytes: 1024 * 1024,
      requestTimeoutMs: 30_000,
      headersTimeoutMs: 10_000,
      keepAliveTimeoutMs: 5_000,
      maxConnections: 10_000,
      idempotencyRetentionMs: 24 * 60 * 60 * 1000,
      trustProxy: false,
      corsOrigins: [],
      validateResponses: true,
    });
    expect(config.ws).to.deep.equal({ maxConnections: 1000, connectionTimeoutMs: 30_000, rateLimitPerMinute: 10 });
    expect(config).not.to.have.any.keys('databaseUrl', 'redisUrl', 'adminToken', 'tls', 'configFile');
  });

  it('layers defaults < file < environment < flags', () => {
    const file = write('clawgate.yaml', 'port: 1000\nhost: file-host\nlog:\n  level: debug\n  maxFiles: 7\n');
    const fromFile = loadConfig({ env: {}, file, cwd: dir });
    expect(fromFile).to.include({ port: 1000, host: 'file-host', configFile: file });
    expect(fromFile.log).to.include({ level: 'debug', maxFiles: 7 });

    const fromEnv = loadConfig({ env: { PORT: '2000', LOG_LEVEL: 'warn' }, file, cwd: dir });
    expect(fromEnv).to.include({ port: 2000, host: 'file-host' });
    expect(fromEnv.log.level).to.equal('warn');

    const fromFlags = loadConfig({
      env: { PORT: '2000' },
      argv: ['--port', '3000', '--log-level=error'],
      file,
      cwd: dir,
    });
    expect(fromFlags.port).to.equal(3000);
    expect(fromFlags.log.level).to.equal('error');

    const fromParsedFlags = loadConfig({
      env: { PORT: '2000' },
      flags: { port: '4000', host: undefined },
      file,
      cwd: dir,
    });
    expect(fromParsedFlags).to.include({ port: 4000, host: 'file-host' });
  });

  it('finds the file through --config or CLAWGATE_CONFIG and reads JSON too', () => {
    const json = write('c.json', JSON.stringify({ port: 1234, http: { corsOrigins: ['https://a.example'] } }));
    expect(loadConfig({ env: { CLAWGATE_CONFIG: json }, cwd: dir }).http.corsOrigins).to.deep.equal([
      'https://a.example',
    ]);
    expect(loadConfig({ env: {}, argv: ['serve', '--config', json], cwd: dir }).port).to.equal(1234);
  });

  it('reads the WS_* variables, WS_CONNECTION_TIMEOUT in seconds', () => {
    const config = loadConfig({
      env: { WS_MAX_CONNECTIONS: '50', WS_CONNECTION_TIMEOUT: '45', WS_RATE_LIMIT_PER_MINUTE: '3' },
      cwd: dir,
    });
    expect(config.ws).to.deep.equal({ maxConnections: 50, connectionTimeoutMs: 45_000, rateLimitPerMinute: 3 });
  });

  it('parses the remaining CLAWGATE_ variables', () => {
    const config = loadConfig({
      env: {
        DATABASE_URL: 'postgres://u@db:5432/x',
        REDIS_URL: 'redis://cache:6379',
        CLAWGATE_STATE_DIR: 'state',
        CLAWGATE_LOG_COMPRESS: 'false',
        CLAWGATE_LOG_MAX_SIZE: '5M',
        CLAWGATE_CORS_ORIGINS: 'https://a.example, https://b.example',
        CLAWGATE_TRUST_PROXY: '2',
        CLAWGATE_VALIDATE_RESPONSES: 'no',
        CLAWGATE_GIT_COMMIT: 'abc123',
        CLAWGATE_HEADERS_TIMEOUT_MS: '2000',
        CLAWGATE_KEEP_ALIVE_TIMEOUT_MS: '65000',
        CLAWGATE_MAX_CONNECTIONS: '0',
        NODE_ENV: 'test',
      },
      cwd: dir,
    });
    expect(config).to.include({
      databaseUrl: 'postgres://u@db:5432/x',
      redisUrl: 'redis://cache:6379',
      gitCommit: 'abc123',
      env: 'test',
    });
    expect(config.stateDir).to.equal(path.join(dir, 'state'));
    expect(config.log).to.include({
      compress: false,
      maxSize: '5m',
      file: path.join(dir, 'state', 'logs', 'clawgate.log'),
    });
    expect(config.http).to.include({
      trustProxy: 2,
      validateResponses: false,
      headersTimeoutMs: 2000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 0,
    });
    expect(config.http.corsOrigins).to.deep.equal(['https://a.example', 'https://b.example']);
  });

  it('treats empty environment variables as unset', () => {
    const config = loadConfig({ env: { DATABASE_URL: '', PORT: '  ' }, cwd: dir });
    expect(config.port).to.equal(8080);
    expect(config).not.to.have.property('databaseUrl');
  });

  const invalid: Array<{ given: Parameters<typeof loadConfig>[0]; key: string; message: RegExp }> = [
    { given: { env: { PORT: 'abc' } }, key: 'PORT', message: /^PORT: "abc" is not a valid port \(integer 0–65535\)$/ },
    { given: { env: { PORT: '70000' } }, key: 'PORT', message: /0–65535/ },
    { given: { env: {}, argv: ['--port', '-1'] }, key: '--port', message: /^--port: "-1" is not a valid port/ },
    { given: { env: { LOG_LEVEL: 'loud' } }, key: 'LOG_LEVEL', message: /one of error, warn, info, http, debug/ },
    { given: { env: { NODE_ENV: 'staging' } }, key: 'NODE_ENV', message: /development, test, production/ },
    { given: { env: { DATABASE_URL: 'mysql://x' } }, key: 'DATABASE_URL', message: /protocol mysql:/ },
    { given: { env: { REDIS_URL: 'not a url' } }, key: 'REDIS_URL', message: /not a URL/ },
    { given: { env: { WS_MAX_CONNECTIONS: '0' } }, key: 'WS_MAX_CONNECTIONS', message: /integer ≥ 1/ },
    { given: { env: { WS_CONNECTION_TIMEOUT: '1.5' } }, key: 'WS_CONNECTION_TIMEOUT', message: /seconds/ },
    { given: { env: { CLAWGATE_LOG_COMPRESS: 'maybe' } }, key: 'CLAWGATE_LOG_COMPRESS', message: /boolean/ },
    { given: { env: { CLAWGATE_LOG_MAX_SIZE: 'big' } }, key: 'CLAWGATE_LOG_MAX_SIZE', message: /size/ },
    {
      given: { env: { NODE_ENV: 'production' } },
      key: 'CLAWGATE_ADMIN_TOKEN',
      message: /required when NODE_ENV=production/,
    },
    {
      given: { env: { NODE_ENV: 'production', CLAWGATE_ADMIN_TOKEN: 'x'.repeat(31) } },
      key: 'CLAWGATE_ADMIN_TOKEN',
      message: /at least 32 characters/,
    },
    { given: { env: { TLS_CERT_FILE: '/etc/hosts' } }, key: 'TLS_KEY_FILE', message: /both/ },
    {
      given: { env: { TLS_CERT_FILE: '/nonexistent/cert.pem', TLS_KEY_FILE: '/nonexistent/key.pem' } },
      key: 'TLS_CERT_FILE',
      message: /not a readable file/,
    },
    { given: { env: {}, argv: ['--port'] }, key: '--port', message: /needs a value/ },
    {
      given: { env: { CLAWGATE_HEADERS_TIMEOUT_MS: '40000', CLAWGATE_REQUEST_TIMEOUT_MS: '30000' } },
      key: 'CLAWGATE_HEADERS_TIMEOUT_MS',
      message: /must not exceed CLAWGATE_REQUEST_TIMEOUT_MS/,
    },
    {
      given: { env: { CLAWGATE_MAX_CONNECTIONS: '1000', WS_MAX_CONNECTIONS: '1000' } },
      key: 'CLAWGATE_MAX_CONNECTIONS',
      message: /larger than WS_MAX_CONNECTIONS/,
    },
    { given: { env: { CLAWGATE_MAX_CONNECTIONS: '-1' } }, key: 'CLAWGATE_MAX_CONNECTIONS', message: /integer 0–/ },
  ];
  for (const { given, key, message } of invalid) {
    it(`rejects ${JSON.stringify(given)} naming ${key}`, () => {
      let error: unknown;
      try {
        loadConfig({ ...given, cwd: dir });
      } catch (err) {
        error = err;
      }
      expect(error).to.be.instanceOf(ConfigError);
      expect((error as ConfigError).key).to.equal(key);
      expect((error as ConfigError).message).to.match(message);
    });
  }

  it('rejects bad values, unknown keys and broken syntax in the file, naming the file key', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['a.yaml', 'port: "x"\n', /^port \(in a\.yaml\): "x" is not a valid port/],
      ['b.yaml', 'prot: 80\n', /^prot \(in b\.yaml\): is not a known setting/],
      ['c.yaml', 'log:\n  levle: info\n', /^log\.levle \(in c\.yaml\): is not a known setting/],
      ['d.json', '{"port": ', /^--config: .*d\.json is not valid JSON/],
      ['e.yaml', '- 1\n- 2\n', /must contain an object/],
    ];
    for (const [name, text, message] of cases) {
      const file = write(name, text);
      expect(() => loadConfig({ env: {}, file, cwd: dir }), name).to.throw(ConfigError, message);
    }
    expect(() => loadConfig({ env: {}, file: path.join(dir, 'missing.yaml'), cwd: dir })).to.throw(
      ConfigError,
      /cannot read .*ENOENT/,
    );
  });

  it('accepts TLS when both files exist, and production with an admin token', () => {
    const cert = write('cert.pem', 'x');
    const key = write('key.pem', 'y');
    const config = loadConfig({
      env: {
        TLS_CERT_FILE: cert,
        TLS_KEY_FILE: key,
        NODE_ENV: 'production',
        CLAWGATE_ADMIN_TOKEN: 's3cret-token-'.repeat(3),
      },
      cwd: dir,
    });
    expect(config.tls).to.deep.equal({ certFile: cert, keyFile: key });
    expect(config.adminToken).to.equal('s3cret-token-'.repeat(3));
    expect(config.http.validateResponses).to.equal(false);
  });
});
