/**
 * Says once, plainly, when the MySQL/MariaDB suites will not run; in CI their
 * absence is an error, not a skip.
 */
export default function globalSetup(): void {
  if (process.env.TEST_MYSQL_URL) return;
  if (process.env.CI) {
    throw new Error('CI is set but TEST_MYSQL_URL is not: the MySQL/MariaDB suites must run in CI.');
  }
  process.stdout.write(
    '\n[clientele] MySQL/MariaDB suites SKIPPED: TEST_MYSQL_URL is not set. ' +
      'Set it (e.g. TEST_MYSQL_URL=mariadb://root@127.0.0.1:3306) to run every API test on both dialects; `.ci/run` does.\n\n',
  );
}
