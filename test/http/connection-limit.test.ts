import net from 'node:net';
import { expect } from 'chai';
import { forEachBackend, type TestBackend } from '../support/backends.js';
import { eventually } from '../support/eventually.js';
import { readLogLines } from '../support/log-lines.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** A raw connection: `send` writes, `response` resolves with everything received once the server ends it. */
function connect(server: TestServer) {
  const { port } = new URL(server.url);
  const socket = net.connect(Number(port), '127.0.0.1');
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.on('error', () => {});
  const ended = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  return { socket, connected, response: () => ended };
}

function parse(response: string) {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  return {
    status: Number(head.split(' ')[1]),
    head: head.toLowerCase(),
    body: JSON.parse(body) as { error: { code: string; message: string; correlationId: string } },
  };
}

const UPGRADE =
  'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n' +
  'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';

describe('the connection cap', function () {
  this.timeout(60_000);
  forEachBackend(connectionCap, { backends: ['embedded'] });
});

function connectionCap(backend: TestBackend): void {
  let server: TestServer | undefined;
  const held: Array<ReturnType<typeof connect>> = [];
  before(async () => {
    server = await startTestServer(backend, { config: { http: { maxConnections: 3 }, ws: { maxConnections: 1 } } });
  });
  after(async () => {
    for (const conn of held) conn.socket.destroy();
    await server?.close();
  });

  const openConnections = () =>
    (server as TestServer).deps.metrics.httpConnectionsOpen.get().then((m) => m.values[0]?.value);

  it('answers a request on a connection past the cap with 503 and Retry-After in the envelope, then closes it', async () => {
    for (let i = 0; i < 3; i += 1) held.push(connect(server as TestServer));
    await Promise.all(held.map((conn) => conn.connected));
    await eventually(async () => (await openConnections()) === 3, { what: '3 open connections' });

    const refused = connect(server as TestServer);
    refused.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n');
    const response = parse(await refused.response());
    expect(response.status).to.equal(503);
    expect(response.head).to.include('retry-after: 5').and.include('connection: close');
    expect(response.body.error.code).to.equal('service_unavailable');
    expect(response.head).to.include(`x-request-id: ${response.body.error.correlationId}`);
  });

  it('refuses a WebSocket upgrade on a connection past the cap the same way', async () => {
    const refused = connect(server as TestServer);
    refused.socket.write(UPGRADE);
    const response = parse(await refused.response());
    expect(response.status).to.equal(503);
    expect(response.head).to.include('retry-after: 5');
    expect(response.body.error.code).to.equal('service_unavailable');
  });

  it('lets connections in again once others closed, and counts the refusals', async () => {
    for (const conn of held.splice(0)) conn.socket.destroy();
    await eventually(async () => (await openConnections()) === 0, { what: 'the held connections to close' });
    const admitted = connect(server as TestServer);
    admitted.socket.write('GET /health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(parse((await admitted.response()).replace(/\r\n\r\n[\s\S]*$/, '\r\n\r\n{}')).status).to.equal(200);

    const metrics = await (await (server as TestServer).request('/metrics')).text();
    expect(metrics).to.include('goclaw_errors_total{type="http_connection_limit"} 2');
    expect(metrics).to.match(/^clawgate_http_connections_open \d+$/m);
  });

  it('logs the refusals once, not once per connection', async () => {
    await (server as TestServer).close();
    const lines = readLogLines((server as TestServer).config.log.file).filter((line) =>
      String(line.message).startsWith('connection limit reached'),
    );
    expect(lines).to.have.length(1);
    expect(lines[0]).to.include({ level: 'warn', maxConnections: 3 });
  });
}
