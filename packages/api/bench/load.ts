/**
 * Load rounds with autocannon's programmatic API, on loopback, and what each
 * server says it spent meanwhile (asked over IPC before and after a round).
 */
import autocannon from 'autocannon';
import type { Operation } from './operations';
import type { RunningServer, ServerStats } from './servers';

export interface RoundOptions {
  seconds: number;
  connections: number;
  /**
   * A number of requests instead of a duration, for operations that take
   * seconds: the round ends when the last is answered, so none is cut off
   * and left running on the database into the next round.
   */
  amount?: number;
  /** Requests per second for all connections together; none: as fast as the server answers. */
  rate?: number;
}

export interface RoundResult {
  server: RunningServer['name'];
  seconds: number;
  /** Requests answered, as the load generator counted them. */
  answered: number;
  rps: number;
  p50: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers, and 200s that carry GraphQL `errors`. */
  failures: { errors: number; timeouts: number; non2xx: number; graphqlErrors: number };
  /** What the server spent on the requests it received during the round. */
  spent: { requests: number; statements: number; cpuMicros: number; rss: number };
}

/** Every request's body is new for Q4; sequence numbers stay unique across rounds. */
const sequences = new Map<string, number>();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function loadRound(
  server: RunningServer,
  op: Operation,
  options: RoundOptions,
): Promise<RoundResult> {
  let graphqlErrors = 0;
  let lastAnswer = 0;
  const key = `${server.name}:${op.id}:${op.role}`;
  const request: autocannon.Request = {
    method: 'POST',
    path: '/graphql',
    headers: op.headers,
    body: op.body(server.name, 0),
    // Answers are read only to count GraphQL errors (a 200 that failed); a cheap test, the same for both.
    onResponse: (_status, body) => {
      lastAnswer = performance.now();
      if (body.includes('"errors"')) graphqlErrors += 1;
    },
  };
  if (!op.fixed) {
    request.setupRequest = (req) => {
      const seq = (sequences.get(key) ?? 0) + 1;
      sequences.set(key, seq);
      return { ...req, body: op.body(server.name, seq) };
    };
  }
  const before = await server.stats();
  const started = performance.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount, timeout: 600 } : { duration: options.seconds }),
    ...(options.rate ? { overallRate: options.rate } : {}),
    requests: [request],
  });
  // Let the last answers leave before reading what the round cost.
  await pause(100);
  const after = await server.stats();
  // A round of `amount` ends on autocannon's next one-second tick: its own duration would round the rate.
  const seconds = options.amount ? (lastAnswer - started) / 1000 : result.duration;
  return {
    server: server.name,
    seconds,
    answered: result.requests.total,
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: {
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphqlErrors,
    },
    spent: delta(before, after),
  };
}

function delta(before: ServerStats, after: ServerStats): RoundResult['spent'] {
  return {
    requests: after.requests - before.requests,
    statements: after.statements - before.statements,
    cpuMicros: after.cpuUserMicros + after.cpuSystemMicros - before.cpuUserMicros - before.cpuSystemMicros,
    rss: after.rss,
  };
}
