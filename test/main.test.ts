import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import type { Handled } from '../generated/server/index.js';
import { readLogLines } from './support/log-lines.js';
import { forEachBackend } from './support/backends.js';
import { startTestServer, type TestServer } from './support/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('startServer', function () {
  // Each test starts one or two real servers (embedded PostgreSQL included).
  this.timeout(60_000);
  forEachBackend(
    (backend) => {
      const dirs: string[] = [];
      const tempDir = (): string => {
        const dir = mkdtempSync(path.join(tmpdir(), 'clawgate-main-'));
        dirs.push(dir);
        return dir;
      };
      after(() => {
        for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
      });

      describe('start-up line', () => {
        it('names the address actually bound, and where a local client reaches a wildcard bind', async () => {
          const server = await startTestServer(backend, { config: { host: '0.0.0.0', log: { level: 'info' } } });
          const { port } = server.running;
          try {
            expect(server.running.boundUrl).to.equal(`http://0.0.0.0:${port}`);
            // The url clients and tools dial stays connectable.
            expect(server.url).to.equal(`http://127.0.0.1:${port}`);
            expect((await server.request('/health/live')).status).to.equal(200);
          } finally {
            await server.close();
          }
          const line = readLogLines(server.config.log.file).find((l) => String(l.message).startsWith('listening on'));
          expect(line).to.include({
            level: 'info',
            message: `listening on http://0.0.0.0:${port} (reachable at http://127.0.0.1:${port})`,
            host: '0.0.0.0',
            port,
          });
        });

        it('adds no hint when the bound address is itself connectable', async () => {
          const server = await startTestServer(backend, { config: { log: { level: 'info' } } });
          await server.close();
          const line = readLogLines(server.config.log.file).find((l) => String(l.message).startsWith('listening on'));
          expect(line?.message).to.equal(`listening on http://127.0.0.1:${server.running.port}`);
          expect(server.running.boundUrl).to.equal(server.url);
        });
      });

      describe('admin token', () => {
        it('generates one into <stateDir>/admin-token (0600), prints it once and reuses it', async () => {
          const printed: string[] = [];
          const first = await startTestServer(backend, {
            config: { adminToken: undefined },
            print: (line) => printed.push(line),
          });
          const { stateDir } = first.config;
          try {
            const file = path.join(stateDir, 'admin-token');
            const token = readFileSync(file, 'utf8').trim();
            expect(token).to.have.length.greaterThan(30);
            expect(statSync(file).mode & 0o777).to.equal(0o600);
            expect(printed.join('\n')).to.contain(token);
            const res = await first.request('/v1/orgs', { headers: { authorization: `Bearer ${token}` } });
            expect(res.status).to.equal(200);
          } finally {
            await first.close();
          }

          const second = await startTestServer(backend, {
            deps: await backend.restart(first.deps),
            print: (line) => printed.push(line),
          });
          try {
            expect(printed).to.have.length(1);
            const token = readFileSync(path.join(stateDir, 'admin-token'), 'utf8').trim();
            expect(
              (await second.request('/v1/orgs', { headers: { authorization: `Bearer ${token}` } })).status,
            ).to.equal(200);
          } finally {
            await second.close();
          }
        });
      });

      describe('graceful shutdown ', () => {
        it('turns readiness 503 before it stops accepting', async () => {
          const server = await startTestServer(backend);
          let during: { status: number; body: unknown } | undefined;
          try {
            expect((await server.request('/health/ready')).status).to.equal(200);
            server.running.onShutdown(async () => {
              const res = await server.request('/health/ready');
              during = { status: res.status, body: await res.json() };
            });
          } finally {
            await server.close();
          }
          expect(during?.status).to.equal(503);
          expect(during?.body).to.deep.include({ status: 'not_ready' });
          expect((during?.body as { checks: { shutdown: { status: string } } }).checks.shutdown.status).to.equal(
            'down',
          );
        });

        it('lets an in-flight request finish, then refuses new connections', async () => {
          let release!: () => void;
          const gate = new Promise<void>((resolve) => (release = resolve));
          let started!: () => void;
          const inHandler = new Promise<void>((resolve) => (started = resolve));
          const server = await startTestServer(backend, {
            app: {
              handlers: {
                async getInfo() {
                  started();
                  await gate;
                  return {
                    status: 200,
                    body: {
                      name: 'slow',
                      version: '0',
                      commit: null,
                      uptimeSeconds: 0,
                      mode: { database: 'pglite', bus: 'memory' },
                      env: 'test',
                    },
                  };
                },
              },
            },
          });
          const slow = server.request('/info');
          await inHandler;
          const closing = server.running.close('test');
          await new Promise((resolve) => setImmediate(resolve));
          release();
          const res = await slow;
          expect(res.status).to.equal(200);
          expect(((await res.json()) as { name: string }).name).to.equal('slow');
          expect(await closing).to.equal(true);
          let refused = false;
          await server.request('/health/live').catch(() => (refused = true));
          expect(refused).to.equal(true);
          await server.close();
        });

        it('cuts off requests still running at the deadline and reports it', async () => {
          let started!: () => void;
          const inHandler = new Promise<void>((resolve) => (started = resolve));
          const server = await startTestServer(backend, {
            config: { shutdownTimeoutMs: 300 },
            app: {
              handlers: {
                getInfo: () => {
                  started();
                  return new Promise<Handled>(() => {}); // never answers
                },
              },
            },
          });
          const hanging = server.request('/info').then(
            () => 'answered',
            () => 'cut off',
          );
          await inHandler;
          expect(await server.running.close('test')).to.equal(false);
          expect(await hanging).to.equal('cut off');
          await server.close();
        });

        it('`clawgate serve` exits 0 on SIGTERM', async () => {
          const stateDir = tempDir();
          const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'serve'], {
            cwd: ROOT,
            env: {
              PATH: process.env.PATH,
              NODE_ENV: 'test',
              HOST: '127.0.0.1',
              PORT: '0',
              CLAWGATE_STATE_DIR: stateDir,
              CLAWGATE_ADMIN_TOKEN: 'sigterm-test-token-0123456789',
              CLAWGATE_SHUTDOWN_TIMEOUT_MS: '5000',
            },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let output = '';
          child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
          const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
          const url = await new Promise<string>((resolve, reject) => {
            child.stdout.on('data', (chunk: Buffer) => {
              output += chunk.toString();
              const match = /listening on (\S+)/.exec(output);
              if (match?.[1] !== undefined) resolve(match[1]);
            });
            void exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${output}`)));
          });
          expect((await fetch(`${url}/health/ready`)).status).to.equal(200);
          child.kill('SIGTERM');
          expect(await exited, output).to.equal(0);
          expect(output).to.contain('shutting down: SIGTERM');
        });
      });

      describe('TLS ', () => {
        it('serves HTTPS with the configured certificate and key', async function () {
          const dir = tempDir();
          const certFile = path.join(dir, 'cert.pem');
          const keyFile = path.join(dir, 'key.pem');
          try {
            execFileSync(
              'openssl',
              [
                'req',
                '-x509',
                '-newkey',
                'rsa:2048',
                '-nodes',
                '-keyout',
                keyFile,
                '-out',
                certFile,
                '-days',
                '1',
                '-subj',
                '/CN=127.0.0.1',
                '-addext',
                'subjectAltName=IP:127.0.0.1',
              ],
              { stdio: 'ignore' },
            );
          } catch {
            this.skip(); // no openssl binary
          }
          const server: TestServer = await startTestServer(backend, { config: { tls: { certFile, keyFile } } });
          try {
            expect(server.url).to.match(/^https:\/\/127\.0\.0\.1:\d+$/);
            const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
              https
                .get(`${server.url}/health/live`, { ca: readFileSync(certFile) }, (res) => {
                  let body = '';
                  res.on('data', (chunk: Buffer) => (body += chunk.toString()));
                  res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
                })
                .on('error', reject);
            });
            expect(status).to.equal(200);
            expect(JSON.parse(body)).to.include({ status: 'ok' });
            // Plain HTTP on the TLS port does not get an answer.
            const plain = await fetch(server.url.replace('https:', 'http:') + '/health/live').then(
              (res) => res.status,
              () => 'failed',
            );
            expect(plain).to.not.equal(200);
          } finally {
            await server.close();
          }
        });
      });

      it('runs plugins: their handlers answer, they attach before listening and close at shutdown', async () => {
        const seen: string[] = [];
        const server = await startTestServer(backend, {
          plugins: [
            {
              name: 'probe',
              app: (deps) => ({
                handlers: {
                  getInfo: () => ({
                    status: 200,
                    body: {
                      name: 'from-plugin',
                      version: '1',
                      commit: null,
                      uptimeSeconds: 0,
                      mode: { database: deps.db.kind, bus: deps.bus.kind },
                      env: 'test',
                    },
                  }),
                },
              }),
              attach: ({ httpServer, onShutdown }) => {
                seen.push(`attached while listening=${httpServer.listening}`);
                onShutdown((reason) => {
                  seen.push(`shutdown: ${reason}`);
                });
              },
            },
          ],
        });
        try {
          const info = (await (await server.request('/info')).json()) as { name: string };
          expect(info.name).to.equal('from-plugin');
        } finally {
          await server.close();
        }
        expect(seen).to.deep.equal(['attached while listening=false', 'shutdown: test finished']);
      });

      it('refuses to start on a port already in use, and says so', async () => {
        const first = await startTestServer(backend);
        try {
          let error: unknown;
          await startTestServer(backend, { config: { port: first.running.port } }).then(
            (s) => s.close(),
            (err: unknown) => (error = err),
          );
          expect(String(error)).to.contain('EADDRINUSE');
        } finally {
          await first.close();
        }
      });
    },
    { backends: ['embedded'] },
  );
});
