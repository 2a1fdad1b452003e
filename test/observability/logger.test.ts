import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { expect } from 'chai';
import type { Config } from '../../src/config/types.js';
import { runWithContext } from '../../src/observability/context.js';
import { closeLogger, createLogger } from '../../src/observability/logger.js';
import { redact, REDACTED } from '../../src/observability/redact.js';
import { eventually } from '../support/eventually.js';

function logConfig(dir: string, overrides: Partial<Config['log']> = {}): Pick<Config, 'log'> {
  return {
    log: {
      level: 'info',
      file: path.join(dir, 'logs', 'clawgate.log'),
      maxSize: '10m',
      maxFiles: 3,
      compress: true,
      console: false,
      ...overrides,
    },
  };
}

function readLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('createLogger', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'clawgate-logs-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes JSON lines to <log dir>/clawgate.log with level, timestamp and the request context', async () => {
    const config = logConfig(dir);
    const logger = createLogger(config);
    logger.info('outside any request');
    runWithContext({ correlationId: 'req-123', orgId: 'org-9' }, () => logger.warn('inside', { gatewayId: 'g1' }));
    logger.debug('below the level');
    await closeLogger(logger);

    const lines = readLines(config.log.file);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.include({ level: 'info', message: 'outside any request' });
    expect(lines[0]).not.to.have.property('correlationId');
    expect(lines[1]).to.include({
      level: 'warn',
      message: 'inside',
      correlationId: 'req-123',
      orgId: 'org-9',
      gatewayId: 'g1',
    });
    expect(Date.parse(String(lines[1]?.timestamp)))
      .to.be.a('number')
      .and.above(0);
  });

  it('drops a line below the level before reading (and redacting) its metadata', async () => {
    const config = logConfig(dir, { level: 'warn' });
    const logger = createLogger(config);
    let reads = 0;
    // winston copies the top level itself; only redaction reads nested values.
    const meta = {
      req: {
        get headers() {
          reads += 1;
          return { authorization: 'Bearer abc' };
        },
      },
    };
    logger.info('dropped', meta);
    logger.warn('kept');
    await closeLogger(logger);
    expect(reads).to.equal(0);
    expect(readLines(config.log.file).map((line) => line.message)).to.deep.equal(['kept']);
  });

  it('redacts secrets in nested metadata and bearer tokens in messages', async () => {
    const config = logConfig(dir);
    const logger = createLogger(config);
    const headers = { authorization: 'Bearer abc.def', 'x-api-key': 'cg_live_1', accept: 'application/json' };
    logger.info('login with Bearer s3cr3t-token', {
      req: { headers, body: { password: 'hunter2', user: 'ann', nested: [{ clientSecret: 'x', apiKey: 'y' }] } },
      adminToken: 'z',
      maxTokens: 100,
    });
    await closeLogger(logger);

    const text = readFileSync(config.log.file, 'utf8');
    for (const secret of ['abc.def', 'cg_live_1', 'hunter2', 's3cr3t-token']) expect(text).not.to.include(secret);
    const [line] = readLines(config.log.file);
    expect(line?.message).to.equal(`login with Bearer ${REDACTED}`);
    expect(line?.req).to.deep.equal({
      headers: { authorization: REDACTED, 'x-api-key': REDACTED, accept: 'application/json' },
      body: { password: REDACTED, user: 'ann', nested: [{ clientSecret: REDACTED, apiKey: REDACTED }] },
    });
    expect(line).to.include({ adminToken: REDACTED, maxTokens: 100 });
    // The caller's objects are left alone.
    expect(headers.authorization).to.equal('Bearer abc.def');
  });

  it('writes human-readable text with the correlation id to the console', async () => {
    const consoleStream = new PassThrough();
    let printed = '';
    consoleStream.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    const logger = createLogger(logConfig(dir, { console: true }), { console: consoleStream });
    runWithContext({ correlationId: 'req-7' }, () => logger.info('hello', { password: 'p' }));
    await closeLogger(logger);
    const line = stripVTControlCharacters(printed).trim();
    expect(line).to.match(/^\d{4}-\d\d-\d\dT\S+ info \[req-7\] hello \{"password":"\[REDACTED\]"\}$/);
  });

  it('rotates by size, keeps maxFiles files and gzips the rotated ones', async () => {
    const config = logConfig(dir, { maxSize: '1k', maxFiles: 3 });
    const logger = createLogger(config);
    for (let i = 0; i < 60; i++) {
      logger.info(`line ${i}`, { padding: 'x'.repeat(100) });
      // Let the stream rotate between writes, as it does under a real load.
      await new Promise((resolve) => setImmediate(resolve));
    }
    await closeLogger(logger);
    const logDir = path.dirname(config.log.file);
    // Pruning and compression finish asynchronously after the rotation.
    const logFiles = () => readdirSync(logDir).filter((name) => name.startsWith('clawgate-'));
    const files = await eventually(
      () => {
        const now = logFiles();
        return now.length <= 3 && now.some((name) => name.endsWith('.gz')) && now;
      },
      { what: 'old log files pruned and compressed' },
    );
    expect(files.length).to.be.at.most(3);
    expect(files.filter((name) => !name.endsWith('.gz'))).to.have.length(1);
    expect(existsSync(config.log.file)).to.equal(true);
    expect(readlinkSync(config.log.file)).to.equal(files.find((name) => !name.endsWith('.gz')));
  });
});

describe('redact', () => {
  it('cuts cycles and keeps non-secret values as they are', () => {
    const value: Record<string, unknown> = { a: 1, when: new Date(0) };
    value.self = value;
    expect(redact(value)).to.deep.equal({ a: 1, when: new Date(0), self: '[Circular]' });
  });
});
