import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Starts the built entry point as `pnpm start` does (node, no compiler on the
 * way) and checks what the person at the terminal sees.
 */
const API = path.resolve(__dirname, '..');
const SHARED = path.resolve(API, '../shared');
const ENTRY = path.join(API, 'dist/main.js');

const modifiedAt = (file: string): number => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** When the newest source the build compiles under `dir` was changed (tests are not built). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, modifiedAt(file));
  }
  return newest;
}

/**
 * `pnpm test` builds before the tests run; run alone, this file builds what is
 * missing or older than its sources first, so it never starts a stale build.
 */
async function buildIfStale(): Promise<void> {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [API] });
  const build = (cwd: string) =>
    promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd });
  if (modifiedAt(path.join(SHARED, 'dist/index.js')) < newestSource(path.join(SHARED, 'src')))
    await build(SHARED);
  if (modifiedAt(ENTRY) < newestSource(path.join(API, 'src'))) await build(API);
}

interface Started extends ChildProcessWithoutNullStreams {
  output: () => { stdout: string; stderr: string };
  /** The exit code, once the process has ended and its output is all read ('close', not 'exit'). */
  closed: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn(process.execPath, [ENTRY], {
    cwd: API,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return Object.assign(child, { output: () => ({ stdout, stderr }), closed });
}

/** Resolves when the process has written `text` on `stream`; rejects if it ends first. */
function written(child: Started, stream: 'stdout' | 'stderr', text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!child.output()[stream].includes(text)) return;
      child[stream].off('data', check);
      resolve();
    };
    child[stream].on('data', check);
    check();
    void child.closed.then((code) => {
      child[stream].off('data', check);
      // A no-op if the text came first.
      reject(new Error(`exited (${code}) before writing "${text}":\n${child.output().stderr}`));
    });
  });
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

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
    const child = start(env);
    expect(await child.closed).toBe(1);
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
