import net from 'node:net';
import { expect } from 'chai';
import { forEachBackend, TEST_ADMIN_TOKEN, type TestBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A raw client that sends `head`, then one `drip` every `everyMs` until the socket closes. It never
 * closes its side on its own: while it keeps sending, only the server destroying the socket ends it.
 */
function slowClient(server: TestServer, head: string, drip: string, everyMs: number) {
  const { port } = new URL(server.url);
  const socket = net.connect({ port: Number(port), host: '127.0.0.1', allowHalfOpen: true });
  const state = { received: '', closed: false };
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (state.received += chunk));
  socket.on('error', () => {}); // EPIPE/ECONNRESET once the server is gone: expected
  socket.on('close', () => {
    state.closed = true;
    clearInterval(dripping);
  });
  socket.write(head);
  const dripping = setInterval(() => {
    if (!socket.destroyed && socket.writable) socket.write(drip);
  }, everyMs);
  return { state, destroy: () => socket.destroy() };
}

function envelopeOf(response: string): { status: number; headers: string; body: { error: { code: string } } } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  return {
    status: Number(head.split(' ')[1]),
    headers: head.toLowerCase(),
    body: JSON.parse(body) as { error: { code: string } },
  };
}

describe('slow clients', function () {
  this.timeout(60_000);
  forEachBackend(slowClients, { backends: ['embedded'] });
});

function slowClients(backend: TestBackend): void {
  let server: TestServer | undefined;
  before(async () => {
    // Short timeouts; Node's defaults (60 s for headers, 300 s for the request) would hold these sockets for minutes.
    server = await startTestServer(backend, { config: { http: { headersTimeoutMs: 300, requestTimeoutMs: 600 } } });
  });
  after(async () => server?.close());

  it('answers headers that trickle in with 408 in the envelope and closes the socket', async () => {
    const client = slowClient(server as TestServer, 'GET /health/live HTTP/1.1\r\nHost: x\r\n', 'X-Slow: 1\r\n', 50);
    try {
      await eventually(() => client.state.closed, { what: 'the server to close the socket', timeoutMs: 8_000 });
      const response = envelopeOf(client.state.received);
      expect(response.status).to.equal(408);
      expect(response.headers).to.include('connection: close');
      expect(response.body.error.code).to.equal('request_timeout');
    } finally {
      client.destroy();
    }
  });

  it('answers a body that trickles in with 408 in the envelope and closes the socket', async () => {
    const head =
      'POST /v1/orgs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n' +
      `Authorization: Bearer ${TEST_ADMIN_TOKEN}\r\n\r\n{"name":"`;
    const client = slowClient(server as TestServer, head, 'a', 50);
    try {
      await eventually(() => client.state.closed, { what: 'the server to close the socket', timeoutMs: 8_000 });
      const response = envelopeOf(client.state.received);
      expect(response.status).to.equal(408);
      expect(response.body.error.code).to.equal('request_timeout');
    } finally {
      client.destroy();
    }
  });

  it('closes a connection that never sends a request', async () => {
    const { port } = new URL((server as TestServer).url);
    const socket = net.connect(Number(port), '127.0.0.1');
    let ended = false;
    socket.on('error', () => {});
    socket.on('end', () => (ended = true));
    socket.resume();
    try {
      await eventually(() => ended, { what: 'the server to end the connection', timeoutMs: 8_000 });
    } finally {
      socket.destroy();
    }
  });

  it('keeps serving', async () => {
    expect((await (server as TestServer).request('/health/live')).status).to.equal(200);
  });
}
