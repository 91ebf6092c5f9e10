/**
 * `pnpm bench`: the API against a raw twin (node:http + the driver, the
 * minimal SQL, the same JSON), per operation and role, on a generated data
 * set. Prints a table per data set and writes it with everything measured to
 * bench/results/. Asserts nothing: a benchmark informs, it never fails a build.
 *
 *   pnpm bench                                  10k clients on SQLite (+ MariaDB when TEST_MYSQL_URL is set)
 *   pnpm bench --clients 10000,100000 --dialect mysql --duration 5 --only Q1a,Q3 --role staff
 *
 * See bench/README.md for what each column means.
 */
import 'reflect-metadata';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { encodeCursor } from '../src/app/connection';
import { differences, shapeOf } from './compare';
import {
  ensureDataset,
  queryDataset,
  resetWrites,
  sizeLabel,
  GENERATOR_VERSION,
  type BenchDialect,
  type Dataset,
} from './dataset';
import { loadRound, type RoundOptions, type RoundResult } from './load';
import {
  buildOperations,
  schemaFeatures,
  OPERATION_IDS,
  type DeepPage,
  type Operation,
  type OperationId,
  type Role,
} from './operations';
import {
  markdown,
  ratio,
  rps,
  textTable,
  writeLatest,
  RESULTS_DIR,
  type OperationResult,
  type Report,
  type Side,
} from './report';
import { startServer, type RunningServer } from './servers';
const PAGE = 50;
const DEEP_PAGE = 40;

interface Args {
  clients: number[];
  dialects: BenchDialect[];
  seconds: number;
  warmup: number;
  rounds: number;
  connections: number;
  only: OperationId[] | null;
  roles: Role[];
  regenerate: boolean;
  /** Compare the answers only: no load, nothing written. */
  check: boolean;
}

function usage(problem: string): never {
  process.stderr.write(
    `bench: ${problem}\nusage: pnpm bench [--clients 10000[,100000]] [--dialect sqlite|mysql] [--duration <s>]` +
      ` [--only Q1a,Q1b,Q2a,Q2b,Q3,Q4 (or Q1,…)] [--role staff|partner] [--rounds 2] [--connections 10]` +
      ` [--warmup <s>] [--regenerate] [--check]\n`,
  );
  process.exit(2);
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    clients: [10_000],
    dialects: process.env.TEST_MYSQL_URL ? ['sqlite', 'mysql'] : ['sqlite'],
    seconds: 5,
    warmup: 2,
    rounds: 2,
    connections: 10,
    only: null,
    roles: ['staff', 'partner'],
    regenerate: false,
    check: false,
  };
  // pnpm hands a lone `--` through when one is typed before the arguments.
  const list = argv.filter((a) => a !== '--');
  for (let i = 0; i < list.length; i += 1) {
    const flag = list[i]!;
    const value = () => {
      const next = list[(i += 1)];
      if (next === undefined) usage(`${flag} needs a value`);
      return next;
    };
    const number = (text: string, min: number) => {
      const n = Number(text.replace(/_/g, ''));
      if (!Number.isFinite(n) || n < min) usage(`${flag} ${text}: expected a number ≥ ${min}`);
      return n;
    };
    if (flag === '--clients')
      args.clients = value()
        .split(',')
        .map((v) => Math.round(number(v, 100)));
    else if (flag === '--dialect') {
      const d = value();
      if (d !== 'sqlite' && d !== 'mysql') usage(`--dialect ${d}: expected sqlite or mysql`);
      if (d === 'mysql' && !process.env.TEST_MYSQL_URL)
        usage('--dialect mysql needs TEST_MYSQL_URL (mariadb://root@127.0.0.1:3306)');
      args.dialects = [d];
    } else if (flag === '--duration') args.seconds = number(value(), 1);
    else if (flag === '--warmup') args.warmup = number(value(), 0);
    else if (flag === '--rounds') args.rounds = Math.round(number(value(), 1));
    else if (flag === '--connections') args.connections = Math.round(number(value(), 1));
    else if (flag === '--only') {
      const wanted = value().toUpperCase().split(',');
      args.only = OPERATION_IDS.filter((id) =>
        wanted.some((w) => id.toUpperCase() === w || (w.length === 2 && id.startsWith(w))),
      );
      if (!args.only.length)
        usage(`--only: none of ${wanted.join(', ')} is one of ${OPERATION_IDS.join(', ')}`);
    } else if (flag === '--role') {
      const r = value();
      if (r !== 'staff' && r !== 'partner') usage(`--role ${r}: expected staff or partner`);
      args.roles = [r];
    } else if (flag === '--regenerate') args.regenerate = true;
    else if (flag === '--check') args.check = true;
    else usage(`unknown argument ${flag}`);
  }
  return args;
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Page 40's cursor (the end of page 39), the same for both servers; a partner with fewer pages gets its last. */
async function deepPage(dataset: Dataset, role: Role): Promise<DeepPage> {
  const where = `live_name_key IS NOT NULL${role === 'partner' ? ' AND partner_id = ?' : ''}`;
  const params = role === 'partner' ? [dataset.fixtures.partnerId] : [];
  const [counted] = await queryDataset(
    dataset.config,
    `SELECT COUNT(*) AS n FROM client WHERE ${where}`,
    params,
  );
  const page = Math.max(2, Math.min(DEEP_PAGE, Math.ceil(Number(counted!.n) / PAGE)));
  const [row] = await queryDataset(
    dataset.config,
    `SELECT live_name_key, id FROM client WHERE ${where} ORDER BY live_name_key, id LIMIT 1 OFFSET ${(page - 1) * PAGE - 1}`,
    params,
  );
  return { page, after: encodeCursor({ value: String(row!.live_name_key), id: String(row!.id) }) };
}

async function ask(server: RunningServer, op: Operation, seq = 0): Promise<{ answer: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${server.port}/graphql`, {
    method: 'POST',
    headers: op.headers,
    body: op.body(server.name, seq),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  try {
    return { answer: JSON.parse(text) as unknown, ms };
  } catch {
    return { answer: { status: response.status, text: text.slice(0, 200) }, ms };
  }
}

function side(full: RoundResult[], fixed: RoundResult | null): Side {
  const requests = full.reduce((sum, r) => sum + r.spent.requests, 0) || 1;
  const failures = (r: RoundResult) =>
    r.failures.errors + r.failures.timeouts + r.failures.non2xx + r.failures.graphqlErrors;
  const best = full.reduce((a, b) => (b.rps > a.rps ? b : a));
  return {
    roundsRps: full.map((r) => r.rps),
    rps: best.rps,
    fixedRps: fixed?.rps ?? null,
    p50: (fixed ?? best).p50,
    p99: (fixed ?? best).p99,
    sqlPerRequest: full.reduce((sum, r) => sum + r.spent.statements, 0) / requests,
    cpuMsPerRequest: full.reduce((sum, r) => sum + r.spent.cpuMicros, 0) / 1000 / requests,
    rssMB: full.at(-1)!.spent.rss / 1024 / 1024,
    failures: [...full, ...(fixed ? [fixed] : [])].reduce((sum, r) => sum + failures(r), 0),
  };
}

/** Q4 creates a new client each time: its answers are compared by shape (keys and types). */
/** The answer's data and errors: `extensions` (what the query cost) are about the answer, not in it. */
const contentOf = (answer: unknown): unknown => {
  if (!answer || typeof answer !== 'object') return answer;
  const { extensions: _cost, ...content } = answer as Record<string, unknown>;
  return content;
};

function differencesOf(op: Operation, api: unknown, twin: unknown): string[] {
  return op.compare === 'shape'
    ? differences(shapeOf(contentOf(api) as never), shapeOf(twin as never))
    : differences(contentOf(api), twin);
}

async function measure(
  op: Operation,
  api: RunningServer,
  twin: RunningServer,
  args: Args,
): Promise<OperationResult> {
  const fromApi = await ask(api, op);
  const fromTwin = await ask(twin, op);
  const diff = differencesOf(op, fromApi.answer, fromTwin.answer);
  // Requests that take seconds (a search scanning 100k rows on MariaDB) would see few answers in a
  // round of --duration, and leave queries running when it ends: those rounds send a fixed number.
  // Timed on a second request each: a server's first answer pays for compiling and caching.
  const alone = { api: (await ask(api, op, 1e9)).ms, twin: (await ask(twin, op, 1e9)).ms };
  const underLoad = (Math.max(alone.api, alone.twin) * args.connections) / os.cpus().length;
  const mode = 3 * underLoad > args.seconds * 1000 ? 'amount' : 'duration';
  const full: RoundOptions =
    mode === 'amount'
      ? { seconds: 0, connections: args.connections, amount: args.connections }
      : { seconds: args.seconds, connections: args.connections };
  if (args.warmup > 0 && mode === 'duration') {
    await loadRound(api, op, { ...full, seconds: args.warmup });
    await loadRound(twin, op, { ...full, seconds: args.warmup });
  }
  // Alternating, so a slow spell of the machine falls on both.
  const apiRounds: RoundResult[] = [];
  const twinRounds: RoundResult[] = [];
  for (let round = 0; round < args.rounds; round += 1) {
    apiRounds.push(await loadRound(api, op, full));
    twinRounds.push(await loadRound(twin, op, full));
  }
  // Half the twin's best, as a whole number of requests per second: below 2, there is nothing to hold.
  const half = Math.floor(Math.max(...twinRounds.map((r) => r.rps)) / 2);
  const rate = mode === 'duration' && half >= 2 ? half : null;
  const apiFixed = rate ? await loadRound(api, op, { ...full, rate }) : null;
  const twinFixed = rate ? await loadRound(twin, op, { ...full, rate }) : null;
  const a = side(apiRounds, apiFixed);
  const t = side(twinRounds, twinFixed);
  return {
    id: op.id,
    role: op.role,
    title: op.title,
    same: diff.length === 0,
    differences: diff,
    rate,
    mode,
    aloneMs: alone,
    api: a,
    twin: t,
    R: a.rps / t.rps,
    L: t.p99 / a.p99,
  };
}

function commitOf(): string {
  try {
    const cwd = path.resolve(__dirname, '..');
    const hash = execSync('git rev-parse --short HEAD', { cwd }).toString().trim();
    const dirty = execSync('git status --porcelain -- src', { cwd }).toString().trim();
    return dirty ? `${hash}+uncommitted` : hash;
  } catch {
    return 'unknown';
  }
}

/**
 * The SQL statements each operation may cost per request, by dialect (`Q1a staff`: 3): what
 * `--check` holds the API to, so a change that adds a statement to a page fails CI. Lower it
 * when a change saves one.
 */
const SQL_BUDGET = path.join(__dirname, 'sql-budget.json');
const sqlBudget = (): Partial<Record<BenchDialect, Record<string, number>>> =>
  JSON.parse(fs.readFileSync(SQL_BUDGET, 'utf8')) as Partial<Record<BenchDialect, Record<string, number>>>;

/**
 * Statements per request, the fewest of three after the first: the first may count a large total
 * in full, and a session is touched once a minute; neither is what a request usually costs.
 */
async function statementsPerRequest(server: RunningServer, op: Operation): Promise<number> {
  const counts: number[] = [];
  for (let i = 1; i <= 3; i += 1) {
    const before = (await server.stats()).statements;
    await ask(server, op, i);
    counts.push((await server.stats()).statements - before);
  }
  return Math.min(...counts);
}

async function runDataset(dialect: BenchDialect, clients: number, args: Args): Promise<void> {
  const started = Date.now();
  const loadAverageBefore = os.loadavg();
  const dataset = await ensureDataset(
    {
      dialect,
      clients,
      mysqlUrl: process.env.TEST_MYSQL_URL ? new URL(process.env.TEST_MYSQL_URL) : undefined,
    },
    { regenerate: args.regenerate, log },
  );
  const deepPages = { staff: await deepPage(dataset, 'staff'), partner: await deepPage(dataset, 'partner') };
  const features = schemaFeatures();
  const operations = buildOperations(dataset.fixtures, features, deepPages, Date.now().toString(36)).filter(
    (op) => (!args.only || args.only.includes(op.id)) && args.roles.includes(op.role),
  );
  const [api, twin] = await Promise.all([
    startServer('api', dataset.config),
    startServer('twin', dataset.config, features.countRule),
  ]);
  if (args.check) {
    try {
      const budget = sqlBudget()[dialect] ?? {};
      const grown: string[] = [];
      for (const op of operations) {
        const diff = differencesOf(op, (await ask(api, op)).answer, (await ask(twin, op)).answer);
        const statements = await statementsPerRequest(api, op);
        const allowed = budget[`${op.id} ${op.role}`];
        if (allowed !== undefined && statements > allowed)
          grown.push(`${op.id} ${op.role}: ${statements} > ${allowed}`);
        log(
          `  ${op.id} ${op.role.padEnd(7)} ${diff.length ? `answers differ: ${diff.join('; ')}` : 'same answer'}` +
            `; ${statements} SQL statements per request (budget ${allowed ?? 'none'})`,
        );
      }
      if (grown.length) {
        process.exitCode = 1;
        log(
          `\nSQL statements per request grew beyond ${path.relative(process.cwd(), SQL_BUDGET)}: ${grown.join(', ')}`,
        );
      }
    } finally {
      await Promise.all([api.stop(), twin.stop()]);
      await resetWrites(dataset.config, dataset.fixtures);
    }
    return;
  }
  const results: OperationResult[] = [];
  try {
    for (const op of operations) {
      const result = await measure(op, api, twin, args);
      results.push(result);
      log(
        `  ${op.id} ${op.role.padEnd(7)} api ${rps(result.api.rps)} rps, twin ${rps(result.twin.rps)} rps, R ${ratio(result.R)}` +
          `, L ${ratio(result.L)}${result.same ? '' : `, answers differ: ${result.differences.slice(0, 3).join('; ')}`}`,
      );
    }
  } finally {
    await Promise.all([api.stop(), twin.stop()]);
  }
  const report: Report = {
    generator: GENERATOR_VERSION,
    dataset: dataset.label,
    dialect,
    clients,
    rows: dataset.rows,
    generatedSeconds: dataset.generatedSeconds,
    commit: commitOf(),
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    },
    settings: {
      seconds: args.seconds,
      warmup: args.warmup,
      rounds: args.rounds,
      connections: args.connections,
      rps: 'best of the full-speed rounds',
    },
    schema: features,
    deepPages,
    wallSeconds: (Date.now() - started) / 1000,
    results,
  };
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const base = path.join(RESULTS_DIR, `${dialect}-${sizeLabel(clients)}`);
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`);
  fs.writeFileSync(`${base}.md`, markdown(report));
  writeLatest();
  // Q4's clients removed now rather than at the next run, so the data set is left as generated.
  await resetWrites(dataset.config, dataset.fixtures);
  log(
    `\n${dataset.label} (commit ${report.commit}, ${report.wallSeconds.toFixed(0)} s)\n${textTable(results)}\n`,
  );
  for (const r of results.filter((x) => !x.same))
    log(`  ${r.id} ${r.role} differs: ${r.differences.join('; ')}`);
  log(`  written: ${path.relative(process.cwd(), base)}.json and .md\n`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  for (const dialect of args.dialects) {
    for (const clients of args.clients) await runDataset(dialect, clients, args);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
