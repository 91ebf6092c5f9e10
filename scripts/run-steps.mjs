// Runs `pnpm <script>` for each script named, in order, stopping at the first
// that fails, and ends with how long each took: `pnpm test` uses it, so every
// run (and CI's) shows where its time goes against the budget in the README.
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const took = [];
let failed = null;
for (const step of steps) {
  const started = process.hrtime.bigint();
  const { status, signal } = spawnSync('pnpm', ['run', step], { stdio: 'inherit' });
  took.push([step, Number(process.hrtime.bigint() - started) / 1e9]);
  if (status !== 0) {
    failed = `${step} ${signal ? `was stopped by ${signal}` : `exited with ${status}`}`;
    break;
  }
}

const minutes = (seconds) =>
  seconds < 60 ? `${seconds.toFixed(0)} s` : `${Math.floor(seconds / 60)} min ${(seconds % 60).toFixed(0)} s`;
const total = took.reduce((sum, [, seconds]) => sum + seconds, 0);
const width = Math.max(...steps.map((step) => step.length));
const lines = took.map(([step, seconds]) => `  ${step.padEnd(width)}  ${minutes(seconds).padStart(10)}`);
lines.push(`  ${'total'.padEnd(width)}  ${minutes(total).padStart(10)}`);
process.stdout.write(`\nTime per step of \`pnpm test\`:\n${lines.join('\n')}\n`);
if (failed) {
  process.stderr.write(`\n${failed}; the steps after it did not run.\n`);
  process.exit(1);
}
