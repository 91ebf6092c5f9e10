/**
 * The two servers under load run as child processes, so each has its own
 * CPU time and memory to report, and the load generator's work is not
 * counted as theirs. They speak to the parent over IPC: `ready` with the
 * port once listening, then `stats` whenever asked.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { DatabaseConfig } from '../src/app/config';
import type { CountRule } from './operations';

export type ServerName = 'api' | 'twin';

export interface ServerStats {
  /** POST /graphql requests answered since start. */
  requests: number;
  /** SQL statements sent to the database since start. */
  statements: number;
  cpuUserMicros: number;
  cpuSystemMicros: number;
  rss: number;
}

type ToChild = { type: 'stats' } | { type: 'stop' };
type FromChild = { type: 'ready'; port: number } | ({ type: 'stats' } & ServerStats);

export interface RunningServer {
  name: ServerName;
  port: number;
  pid: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const SCRIPTS: Record<ServerName, string> = {
  api: path.join(__dirname, 'api-server.ts'),
  twin: path.join(__dirname, 'raw-twin.ts'),
};

/** Starts a server on a free loopback port, as `pnpm dev` runs the API: ts-node, no type-check. */
export function startServer(
  name: ServerName,
  database: DatabaseConfig,
  countRule: CountRule | null = null,
): Promise<RunningServer> {
  const child: ChildProcess = fork(SCRIPTS[name], [], {
    execArgv: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'],
    cwd: path.resolve(__dirname, '..'),
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      TS_NODE_PROJECT: path.resolve(__dirname, '../tsconfig.json'),
      BENCH_DATABASE: JSON.stringify(database),
      BENCH_COUNT_RULE: JSON.stringify(countRule),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const failed = (code: number | null) =>
      reject(new Error(`${name} server exited (${code}) before it was ready`));
    child.once('exit', failed);
    child.once('message', (message: FromChild) => {
      if (message.type !== 'ready') return;
      child.off('exit', failed);
      resolve({
        name,
        port: message.port,
        pid: child.pid!,
        stats: () =>
          new Promise((done) => {
            const listen = (reply: FromChild) => {
              if (reply.type !== 'stats') return;
              child.off('message', listen);
              const { type: _type, ...stats } = reply;
              done(stats);
            };
            child.on('message', listen);
            child.send({ type: 'stats' } satisfies ToChild);
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
            child.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            child.send({ type: 'stop' } satisfies ToChild);
          }),
      });
    });
  });
}

/** The child's side: announces its port and answers the parent's questions. */
export function serveParent(
  port: number,
  counters: () => { requests: number; statements: number },
  stop: () => Promise<void>,
): void {
  const send = (message: FromChild) => process.send?.(message);
  process.on('message', (message: ToChild) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      send({
        type: 'stats',
        ...counters(),
        cpuUserMicros: cpu.user,
        cpuSystemMicros: cpu.system,
        rss: process.memoryUsage().rss,
      });
    } else if (message.type === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
  // The parent gone (interrupted run), nothing is left listening.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}

/** The list's counting rule, as the printed schema states it (see `schemaFeatures`). */
export function benchCountRule(): CountRule | null {
  return JSON.parse(process.env.BENCH_COUNT_RULE ?? 'null') as CountRule | null;
}

export function benchDatabase(): DatabaseConfig {
  const raw = process.env.BENCH_DATABASE;
  if (!raw) throw new Error('BENCH_DATABASE is not set: this file is started by bench/run.ts');
  return JSON.parse(raw) as DatabaseConfig;
}
