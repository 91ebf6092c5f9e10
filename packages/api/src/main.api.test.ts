import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, freePort, startApp, written } from '../test/app-process';

/** Starts the built entry point as `pnpm start` does and checks what the person at the terminal sees. */

describe('start-up', () => {
  // Compiling both packages takes a while on a slow machine; it happens only when a source changed.
  beforeAll(buildIfStale, 300_000);

  it.each([
    [{ DATABASE_URL: 'nonsense' }, /^clientele: Invalid DATABASE_URL "nonsense": expected mysql:\/\//],
    [{ PORT: 'eighty' }, /^clientele: Invalid PORT "eighty"/],
    [
      { MAIL_POLL_INTERVAL_MS: '10' },
      /^clientele: Invalid MAIL_POLL_INTERVAL_MS "10": expected a whole number/,
    ],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:1/clientele' },
      /^clientele: cannot open the database at mysql:\/\/root@127\.0\.0\.1:1\/clientele: /,
    ],
  ])('with %j prints one clear line and exits non-zero', async (env, line) => {
    const child = startApp(env);
    expect(await child.closed).toBe(1);
    const { stderr } = child.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(line);
  });

  it('creates, migrates and seeds an embedded database, serves, and stops on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientele-start-'));
    const port = await freePort();
    const child = startApp({
      DATABASE_URL: `sqlite:${dir}/nested/clientele.sqlite`,
      PORT: String(port),
      SEED_DEMO: 'true',
    });
    const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: any; errors?: unknown };
    };
    // Gathered while it runs, checked once it has stopped: a failed check never leaves it running.
    let stderr = '';
    let databaseCreated = false;
    let ready = 0;
    let clients: number | undefined;
    let logLines: Record<string, unknown>[] = [];
    let exitCode: number | null = null;
    try {
      await written(child, 'stderr', 'running on');
      stderr = child.output().stderr;
      databaseCreated = fs.existsSync(path.join(dir, 'nested/clientele.sqlite'));
      ready = (await fetch(`http://127.0.0.1:${port}/readyz`)).status;
      // The printed demo sign-in works.
      const [, email, password] = /Demo sign-in: (\S+) \/ (\S+)/.exec(stderr) ?? [];
      const signIn = await graphql('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
        i: { login: email, password, kind: 'BEARER' },
      });
      const token: string | undefined = signIn.data?.signIn?.token;
      clients = token
        ? (await graphql('{ all: clients { totalCount } }', {}, token)).data?.all?.totalCount
        : undefined;
      // A request's log line is written when its response has finished, maybe after we read it.
      await written(child, 'stdout', '"path":"/graphql"');
      logLines = child
        .output()
        .stdout.split('\n')
        .slice(0, -1) // whole lines only: the last one may still be on its way
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    } finally {
      if (child.exitCode === null) child.kill('SIGTERM');
      exitCode = await child.closed;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(stderr).toContain(`Clientele is running on http://localhost:${port}`);
    expect(stderr).toMatch(/Demo sign-in: admin@clientele\.demo \/ \S+/);
    expect(databaseCreated).toBe(true);
    expect(ready).toBe(200);
    expect(clients).toBeGreaterThanOrEqual(20);
    expect(logLines.find((l) => l.msg === 'request completed' && l.path === '/graphql')?.requestId).toEqual(
      expect.any(String),
    );
    expect(exitCode).toBe(0);
  });
});
