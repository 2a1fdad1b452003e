import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';

/** Under CI=true every service-backed test must run: a missing service is a failure, not a skip. */
export const IN_CI = process.env.CI === 'true';

function requireService(ctx: Mocha.Context, variable: 'DATABASE_URL' | 'REDIS_URL'): string {
  const url = process.env[variable];
  if (url !== undefined && url !== '') return url;
  if (IN_CI) throw new Error(`${variable} must be set when CI=true: this test needs the real service`);
  ctx.skip();
}

/**
 * The PostgreSQL URL for a test (`DATABASE_URL`); skips the test when unset, fails under CI=true.
 *
 * @example before(function () { url = requirePostgres(this); });
 */
export function requirePostgres(ctx: Mocha.Context): string {
  return requireService(ctx, 'DATABASE_URL');
}

/** The Redis URL for a test (`REDIS_URL`); skips the test when unset, fails under CI=true. */
export function requireRedis(ctx: Mocha.Context): string {
  return requireService(ctx, 'REDIS_URL');
}

/** A short random suffix for table, schema and key names, so parallel runs do not collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/**
 * A fresh PostgreSQL schema `t_<random>`: `url` points at it through `search_path` (so a pool or
 * `DATABASE_URL` built from it sees only that schema), `drop()` removes it and everything in it.
 */
export async function createScratchSchema(
  databaseUrl: string,
): Promise<{ schema: string; url: string; drop(): Promise<void> }> {
  const schema = uniqueName('t_');
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A TCP port on 127.0.0.1 nothing listens on (it was free a moment ago): for unreachable services. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
