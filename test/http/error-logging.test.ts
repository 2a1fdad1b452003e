import { expect } from 'chai';
import { readLogLines, type LogLine } from '../support/log-lines.js';
import { forEachBackend, type TestBackend } from '../support/backends.js';
import { startTestServer } from '../support/server.js';

describe('error logging', function () {
  this.timeout(60_000);
  forEachBackend(errorLogging, { backends: ['embedded'] });
});

function errorLogging(backend: TestBackend): void {
  let lines: LogLine[] = [];
  /** The error handler's line for one request (the access log line is `request`). */
  const errorLine = (correlationId: string): LogLine | undefined =>
    lines.find((line) => line.correlationId === correlationId && line.message !== 'request');

  before(async () => {
    const server = await startTestServer(backend, {
      config: { log: { level: 'warn' } },
      app: {
        handlers: {
          getInfo: () => {
            throw new Error('a bug in getInfo');
          },
        },
      },
    });
    try {
      const missing = await server.request('/v1/nope', { headers: { 'x-request-id': 'log-404' } });
      expect(missing.status).to.equal(404);
      const created = await server.request('/v1/orgs', {
        method: 'POST',
        headers: server.adminHeaders(),
        body: JSON.stringify({ name: 'error-logging', tier: 'teams' }),
      });
      const { apiKey } = (await created.json()) as { apiKey: { key: string } };
      const models = await server.request('/v1/models', {
        headers: { 'x-api-key': apiKey.key, 'x-request-id': 'log-501' },
      });
      expect(models.status).to.equal(501);
      const info = await server.request('/info', { headers: { 'x-request-id': 'log-500' } });
      expect(info.status).to.equal(500);
    } finally {
      await server.close(); // flushes the log file
    }
    lines = readLogLines(server.config.log.file);
  });

  it('logs a client error (404) at warn, without a stack', () => {
    const line = errorLine('log-404');
    expect(line, JSON.stringify(lines)).to.include({ level: 'warn', status: 404, code: 'route_not_found' });
    expect(line).to.not.have.property('stack');
  });

  it('logs an operation that is not implemented (501) at warn, without a stack', () => {
    const line = errorLine('log-501');
    expect(line, JSON.stringify(lines)).to.include({ level: 'warn', status: 501, code: 'not_implemented' });
    expect(line?.message).to.contain('listModels is not implemented yet');
    expect(line).to.not.have.property('stack');
  });

  it('logs a thrown bug at error, with its stack', () => {
    const line = errorLine('log-500');
    expect(line, JSON.stringify(lines)).to.include({ level: 'error', status: 500, code: 'internal_error' });
    expect(line?.message).to.equal('request failed: a bug in getInfo');
    expect(line?.stack)
      .to.be.a('string')
      .and.match(/Error: a bug in getInfo\n\s+at /);
  });
}
