import type { AddressInfo } from 'node:net';
import express from 'express';
import { expect } from 'chai';
import { errorHandler } from '../../src/http/error-handler.js';
import { bindSpecOperations, listOperations } from '../../src/http/operations.js';
import { openApiSpecPath } from '../../src/http/spec-path.js';
import { createMetrics } from '../../src/observability/metrics.js';
import winston from 'winston';

describe('bindSpecOperations', () => {
  it('finds every operation of specs/openapi.yaml', () => {
    const operations = listOperations(openApiSpecPath());
    const ids = operations.map((o) => o.operationId);
    expect(ids).to.include.members(['getLiveness', 'getReadiness', 'getHealth', 'getInfo', 'getMetrics', 'createOrg', 'getOrg']);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('answers 501 not_implemented in the envelope for operations without a handler, and runs the rest', async () => {
    const app = express();
    const router = express.Router();
    bindSpecOperations(router, openApiSpecPath(), { getLiveness: () => ({ status: 200, body: { status: 'ok' } }) });
    app.use(router);
    const logger = winston.createLogger({ silent: true });
    app.use(errorHandler({ logger, metrics: createMetrics({ defaultMetrics: false }), exposeStack: false, routeLabel: () => 'test' }));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const live = await fetch(`${base}/health/live`);
      expect(live.status).to.equal(200);
      const info = await fetch(`${base}/info`);
      expect(info.status).to.equal(501);
      const body = (await info.json()) as { error: { code: string; correlationId: string } };
      expect(body.error.code).to.equal('not_implemented');
      expect(body.error.correlationId).to.be.a('string').and.not.empty;
    } finally {
      server.close();
    }
  });
});
