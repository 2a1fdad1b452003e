/**
 * Mocha global fixtures (run once per `mocha` run, also in parallel mode). The teardown tells a
 * user who ran `npm test` without the service URLs which tests did not run and how to run them.
 */
export function mochaGlobalTeardown(): void {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  process.stdout.write(
    `\nNote: ${missing.join(' and ')} not set, so the tests on real PostgreSQL and Redis were skipped ` +
      '(the embedded backend ran).\nTo run them too: ' +
      'DATABASE_URL=postgres://user@host:5432/db REDIS_URL=redis://host:6379 npm test ' +
      '(or `bash .ci/run`, which starts local services; see README.md).\n',
  );
}
