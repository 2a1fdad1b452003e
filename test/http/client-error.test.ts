import net from 'node:net';
import { expect } from 'chai';
import { forEachBackend, type TestBackend } from '../support/backends.js';
import { startTestServer, type TestServer } from '../support/server.js';

/** Sends raw bytes and reads until the server closes the connection. */
function exchange(server: TestServer, raw: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    socket.write(raw);
  });
}

function parse(response: string): { status: number; headers: Map<string, string>; body: unknown } {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as unknown };
}

describe('requests the HTTP parser refuses', function () {
  this.timeout(60_000);
  forEachBackend(parserRefusals, { backends: ['embedded'] });
});

function parserRefusals(backend: TestBackend): void {
  let server: TestServer | undefined;
  before(async () => {
    server = await startTestServer(backend);
  });
  after(async () => server?.close());

  for (const [what, raw, status, code] of [
    ['bad framing', 'GET /health/live HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n', 400, 'bad_request'],
    ['a request line that is not HTTP', 'HELLO\r\n\r\n', 400, 'bad_request'],
    [
      'headers over 16 KB',
      `GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      431,
      'headers_too_large',
    ],
  ] as const) {
    it(`answers ${what} with ${status} in the error envelope, with X-Request-Id, and closes`, async () => {
      const response = parse(await exchange(server as TestServer, raw));
      expect(response.status).to.equal(status);
      expect(response.headers.get('content-type')).to.match(/^application\/json/);
      const correlationId = response.headers.get('x-request-id');
      expect(correlationId).to.match(/^[0-9a-f-]{36}$/);
      expect(response.body).to.deep.equal({
        error: { code, message: (response.body as { error: { message: string } }).error.message, correlationId },
      });
    });
  }

  it('keeps serving and counts them in goclaw_errors_total{type="http_client_error"}', async () => {
    const metrics = await (await (server as TestServer).request('/metrics')).text();
    const line = metrics.split('\n').find((l) => l.startsWith('goclaw_errors_total{type="http_client_error"}'));
    expect(Number(line?.split(' ')[1])).to.be.at.least(3);
  });
}
