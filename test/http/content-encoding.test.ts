import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { expect } from 'chai';
import { forEachBackend } from '../support/backends.js';
import { createTestApp, type TestTarget } from '../support/server.js';

interface Envelope {
  error: { code: string; message: string; correlationId: string };
}

const GARBAGE = Buffer.from('this is not compressed data at all');

describe('compressed request bodies (Content-Encoding)', function () {
  this.timeout(60_000);

  forEachBackend((backend) => {
    let server: TestTarget;
    before(async () => {
      server = await createTestApp(backend);
    });
    after(() => server?.close());

    const post = (encoding: string, body: Buffer) =>
      server.request('/v1/orgs', {
        method: 'POST',
        headers: server.adminHeaders({ 'content-encoding': encoding }),
        body: new Uint8Array(body),
      });

    async function envelope(res: Response, status: number): Promise<Envelope> {
      const text = await res.text();
      expect(res.status, text).to.equal(status);
      expect(res.headers.get('content-type')).to.match(/^application\/json/);
      return JSON.parse(text) as Envelope;
    }

    const truncatedGzip = gzipSync(JSON.stringify({ name: 'cut', tier: 'teams' })).subarray(0, 12);
    for (const [encoding, body, what] of [
      ['gzip', GARBAGE, 'not gzip data'],
      ['deflate', GARBAGE, 'not deflate data'],
      ['br', GARBAGE, 'not brotli data'],
      ['gzip', truncatedGzip, 'a gzip stream cut short'],
    ] as const) {
      it(`answers 400 malformed_json for Content-Encoding: ${encoding} with ${what}`, async () => {
        const { error } = await envelope(await post(encoding, body), 400);
        expect(error.code).to.equal('malformed_json');
        expect(error.message).to.contain(encoding);
      });
    }

    it('answers 415 unsupported_media_type naming an encoding it cannot decode', async () => {
      const { error } = await envelope(await post('x-unknown', GARBAGE), 415);
      expect(error.code).to.equal('unsupported_media_type');
      expect(error.message).to.contain('x-unknown');
    });

    it('accepts well-formed gzip, deflate and br bodies', async () => {
      for (const [encoding, compress] of [
        ['gzip', gzipSync],
        ['deflate', deflateSync],
        ['br', brotliCompressSync],
      ] as const) {
        const res = await post(encoding, compress(JSON.stringify({ name: `enc-${encoding}`, tier: 'teams' })));
        expect(res.status, await res.clone().text()).to.equal(201);
      }
    });

    it('counts refused bodies in goclaw_errors_total and keeps serving', async () => {
      await post('gzip', GARBAGE);
      const metrics = await (await server.request('/metrics')).text();
      expect(metrics).to.match(/goclaw_errors_total\{type="malformed_json"\} [1-9]/);
      expect((await server.request('/health/live')).status).to.equal(200);
    });
  });
});
