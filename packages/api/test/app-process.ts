import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * The built entry point run as `pnpm start` runs it (node, no compiler on the
 * way), in a process of its own: what the person at the terminal sees, and an
 * instance a test can kill.
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
export async function buildIfStale(): Promise<void> {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [API] });
  const build = (cwd: string) =>
    promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd });
  if (modifiedAt(path.join(SHARED, 'dist/index.js')) < newestSource(path.join(SHARED, 'src')))
    await build(SHARED);
  if (modifiedAt(ENTRY) < newestSource(path.join(API, 'src'))) await build(API);
}

export interface Started extends ChildProcessWithoutNullStreams {
  output: () => { stdout: string; stderr: string };
  /** The exit code, once the process has ended and its output is all read ('close', not 'exit'). */
  closed: Promise<number | null>;
}

export function startApp(env: Record<string, string>): Started {
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
export function written(child: Started, stream: 'stdout' | 'stderr', text: string): Promise<void> {
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

export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
