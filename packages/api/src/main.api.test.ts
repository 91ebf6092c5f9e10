import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * Starts the real entry point as a newcomer would, compiled on the fly, and
 * checks what the person at the terminal sees.
 */
const ROOT = path.resolve(__dirname, '..');
const RUN = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/main.ts'];

function start(
  env: Record<string, string>,
): ChildProcess & { output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, RUN, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', TS_NODE_PROJECT: 'tsconfig.json', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('start-up', () => {
  it.each([
    [{ DATABASE_URL: 'nonsense' }, /^clientele: Invalid DATABASE_URL "nonsense": expected mysql:\/\//],
    [{ PORT: 'eighty' }, /^clientele: Invalid PORT "eighty"/],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:1/clientele' },
      /^clientele: cannot open the database at mysql:\/\/root@127\.0\.0\.1:1\/clientele: /,
    ],
  ])('with %j prints one clear line and exits non-zero', async (env, line) => {
    const child = start(env);
    expect(await exitOf(child)).toBe(1);
    const { stderr } = child.output();
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(line);
  });

  it('creates, migrates and seeds an embedded database, serves, and stops on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clientele-start-'));
    const port = await freePort();
    const child = start({
      DATABASE_URL: `sqlite:${dir}/nested/clientele.sqlite`,
      PORT: String(port),
      SEED_DEMO: 'true',
    });
    try {
      for (let i = 0; i < 200 && !child.output().stderr.includes('running on'); i += 1) {
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const { stderr } = child.output();
      expect(stderr).toContain(`Clientele is running on http://localhost:${port}`);
      expect(stderr).toMatch(/Demo sign-in: admin@clientele\.demo \/ \S+/);
      expect(fs.existsSync(path.join(dir, 'nested/clientele.sqlite'))).toBe(true);

      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      const graphql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as { data: any };
      };
      // The printed demo sign-in works.
      const [, email, password] = /Demo sign-in: (\S+) \/ (\S+)/.exec(stderr)!;
      const signIn = await graphql('mutation($i: SignInInput!) { signIn(input: $i) { token } }', {
        i: { login: email, password, kind: 'BEARER' },
      });
      const body = await graphql('{ all: clients { totalCount } }', {}, signIn.data.signIn.token);
      expect(body.data.all.totalCount).toBeGreaterThanOrEqual(20);

      for (let i = 0; i < 50 && !child.output().stdout.includes('"path":"/graphql"'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const logLines = child
        .output()
        .stdout.trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(logLines.find((l) => l.msg === 'request completed' && l.path === '/graphql')?.requestId).toEqual(
        expect.any(String),
      );
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        expect(await exitOf(child)).toBe(0);
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
