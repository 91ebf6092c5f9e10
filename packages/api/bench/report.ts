/**
 * The results of a run as a table: on the terminal, and in Markdown beside
 * the JSON (bench/results/). `results/latest.md` gathers the latest table of
 * every data set. Run alone, it renders the tables again from the JSON:
 *
 *   node -r ts-node/register/transpile-only bench/report.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BenchDialect } from './dataset';
import type { DeepPage, OperationId, Role, SchemaFeatures } from './operations';

export const RESULTS_DIR = path.join(__dirname, 'results');

export interface Side {
  /** Requests per second of each full-speed round; `rps` is the best of them. */
  roundsRps: number[];
  rps: number;
  /** At the fixed rate: achieved rate and latencies (ms); null when there was no fixed-rate round. */
  fixedRps: number | null;
  p50: number;
  p99: number;
  sqlPerRequest: number;
  cpuMsPerRequest: number;
  rssMB: number;
  failures: number;
}

export interface OperationResult {
  id: OperationId;
  role: Role;
  title: string;
  same: boolean;
  differences: string[];
  /** The fixed rate of the latency rounds: half the twin's best; null when too low to hold (see `mode`). */
  rate: number | null;
  /**
   * `duration`: rounds of --duration seconds. `amount`: an operation so slow
   * that a round is one request per connection (none cut off at the end),
   * and the latencies are those of the fastest full-speed round.
   */
  mode: 'duration' | 'amount';
  /** How long one request took alone, before the load (ms). */
  aloneMs: { api: number; twin: number };
  api: Side;
  twin: Side;
  /** api rps / twin rps. */
  R: number;
  /** twin p99 / api p99, at the fixed rate. */
  L: number;
}

// ---------------------------------------------------------------- the table

const HEADINGS = [
  'op',
  'role',
  'api rps',
  'twin rps',
  'R',
  'api p50/p99',
  'twin p50/p99',
  'L',
  'sql/req api|twin',
  'cpu ms/req api|twin',
  'rss MB api|twin',
  'same?',
];

const num = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 0.1 ? 3 : 2) : '–');
export const rps = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function cells(r: OperationResult, notes: Map<string, number>): string[] {
  // An API that cannot keep to the rate reports its latency at saturation: marked *;
  // latencies at full speed (no fixed rate to hold): marked †.
  const saturated = r.rate === null ? '†' : (r.api.fixedRps ?? 0) < r.rate * 0.95 ? '*' : '';
  let same = 'yes';
  if (!r.same) {
    const note = notes.get(`${r.id} ${r.role}`)!;
    same = `NO [${note}]`;
  }
  return [
    r.id,
    r.role,
    rps(r.api.rps),
    rps(r.twin.rps),
    ratio(r.R),
    `${num(r.api.p50)}/${num(r.api.p99)}${saturated}`,
    `${num(r.twin.p50)}/${num(r.twin.p99)}${r.rate === null ? '†' : ''}`,
    ratio(r.L),
    `${num(r.api.sqlPerRequest)} | ${num(r.twin.sqlPerRequest)}`,
    `${num(r.api.cpuMsPerRequest, 2)} | ${num(r.twin.cpuMsPerRequest, 2)}`,
    `${num(r.api.rssMB, 0)} | ${num(r.twin.rssMB, 0)}`,
    same,
  ];
}

function noteNumbers(results: OperationResult[]): Map<string, number> {
  const notes = new Map<string, number>();
  for (const r of results.filter((x) => !x.same)) notes.set(`${r.id} ${r.role}`, notes.size + 1);
  return notes;
}

export function textTable(results: OperationResult[]): string {
  const notes = noteNumbers(results);
  const rows = [HEADINGS, ...results.map((r) => cells(r, notes))];
  const widths = HEADINGS.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')).join('\n');
}

export interface Report {
  generator: number;
  dataset: string;
  dialect: BenchDialect;
  clients: number;
  rows: Record<string, number>;
  generatedSeconds: number | null;
  commit: string;
  date: string;
  machine: {
    cores: number;
    cpu: string;
    memoryGB: number;
    node: string;
    platform: string;
    loadAverageBefore: number[];
    loadAverageAfter: number[];
  };
  settings: { seconds: number; warmup: number; rounds: number; connections: number; rps: string };
  schema: SchemaFeatures;
  deepPages: Record<Role, DeepPage>;
  wallSeconds: number;
  results: OperationResult[];
}

export function markdown(report: Report): string {
  const notes = noteNumbers(report.results);
  // A | inside a cell ("9.0 | 4.0") would end it, and two * would make italics: escaped.
  const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/[|*]/g, '\\$&')).join(' | ')} |`;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const lines = [
    `## ${report.dataset}: ${report.clients.toLocaleString('en')} clients on ${report.dialect === 'sqlite' ? 'SQLite' : 'MySQL/MariaDB'}`,
    '',
    `Commit ${report.commit}, ${report.date}; ${report.machine.cores} cores (${report.machine.cpu}), Node ${report.machine.node};` +
      ` load average ${load(report.machine.loadAverageBefore)} before, ${load(report.machine.loadAverageAfter)} after.` +
      ` ${report.settings.rounds} alternating rounds of ${report.settings.seconds} s per server (after ${report.settings.warmup} s of warm-up),` +
      ` ${report.settings.connections} connections; rps is the best round; latencies at a fixed rate of half the twin's best.` +
      ` Data set ${report.generatedSeconds === null ? 'reused' : `generated in ${report.generatedSeconds.toFixed(0)} s`};` +
      ` run took ${report.wallSeconds.toFixed(0)} s.`,
    '',
    line(HEADINGS),
    line(HEADINGS.map(() => '---')),
    ...report.results.map((r) => line(cells(r, notes))),
    '',
  ];
  const failing = report.results.filter((r) => r.api.failures || r.twin.failures);
  if (failing.length) {
    lines.push(
      `Failed requests during load (errors, timeouts, non-2xx or GraphQL errors): ${failing
        .map((r) => `${r.id} ${r.role} api ${r.api.failures} twin ${r.twin.failures}`)
        .join('; ')}.`,
      '',
    );
  }
  if (report.results.some((r) => r.rate !== null && (r.api.fixedRps ?? 0) < r.rate * 0.95)) {
    lines.push('\\* the API could not keep to the fixed rate: its latency there is at saturation.', '');
  }
  const slow = report.results.filter((r) => r.rate === null);
  if (slow.length) {
    lines.push(
      `† no fixed-rate round (${slow
        .map(
          (r) =>
            `${r.id} ${r.role}: ${(r.aloneMs.api / 1000).toFixed(1)} s alone on the API, ${(r.aloneMs.twin / 1000).toFixed(1)} s on the twin${r.mode === 'amount' ? `, rounds of ${report.settings.connections} requests` : ''}`,
        )
        .join(
          '; ',
        )}): latencies of the best full-speed round, at ${report.settings.connections} connections.`,
      '',
    );
  }
  for (const r of report.results.filter((x) => !x.same)) {
    lines.push(
      `[${notes.get(`${r.id} ${r.role}`)}] ${r.id} ${r.role} (${r.title}): ${r.differences.join('; ')}`,
      '',
    );
  }
  return lines.join('\n');
}

export function writeLatest(): void {
  const reports = fs
    .readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, f), 'utf8')) as Report)
    .sort((a, b) => (a.dialect === b.dialect ? a.clients - b.clients : a.dialect === 'sqlite' ? -1 : 1));
  const text = [
    '# Benchmark: the API against its raw twin',
    '',
    'Written by `pnpm bench` (see bench/README.md); the latest run of each data set on the machine that ran it.',
    '',
    ...reports.map(markdown),
  ].join('\n');
  fs.writeFileSync(path.join(RESULTS_DIR, 'latest.md'), text);
}

/** Renders every table again from the JSON results (after a change to this file). */
export function rewriteTables(): void {
  for (const file of fs.readdirSync(RESULTS_DIR).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(fs.readFileSync(path.join(RESULTS_DIR, file), 'utf8')) as Report;
    fs.writeFileSync(path.join(RESULTS_DIR, file.replace(/\.json$/, '.md')), markdown(report));
  }
  writeLatest();
}

if (require.main === module) rewriteTables();
