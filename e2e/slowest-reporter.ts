import path from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * After the list reporter: the ten spec files that took the most time, summed
 * over their tests, so a spec that grows is seen before the run outgrows its
 * budget (see the README's "Time budget").
 */
export default class SlowestSpecFiles implements Reporter {
  private readonly perFile = new Map<string, { ms: number; tests: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const file = path.relative(path.resolve(__dirname, '..'), test.location.file);
    const seen = this.perFile.get(file) ?? { ms: 0, tests: 0 };
    this.perFile.set(file, { ms: seen.ms + result.duration, tests: seen.tests + 1 });
  }

  onEnd(result: FullResult): void {
    const slowest = [...this.perFile.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 10);
    const lines = slowest.map(
      ([file, { ms, tests }]) =>
        `  ${(ms / 1000).toFixed(1).padStart(7)} s  ${file} (${tests} test${tests === 1 ? '' : 's'})`,
    );
    const wall = (result.duration / 1000).toFixed(0);
    process.stdout.write(
      `\nSlowest browser spec files (test time summed; the run took ${wall} s on its workers):\n${lines.join('\n')}\n`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
