// @ts-check
const path = require('node:path');

/**
 * A Jest reporter, after the default one: the ten test files that took the
 * longest, so a suite that grows is seen before the run outgrows its budget
 * (see the README's "Time budget").
 * @implements {import('@jest/reporters').Reporter}
 */
class SlowestTestFiles {
  /** @param {import('@jest/types').Config.GlobalConfig} globalConfig */
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  /**
   * @param {unknown} _contexts
   * @param {import('@jest/test-result').AggregatedResult} results
   */
  onRunComplete(_contexts, results) {
    const files = results.testResults
      .map((file) => ({
        file: path.relative(this.rootDir, file.testFilePath),
        ms: file.perfStats.end - file.perfStats.start,
        tests: file.numPassingTests + file.numFailingTests,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10);
    if (files.length === 0) return;
    const name = path.basename(this.rootDir);
    const lines = files.map(
      ({ file, ms, tests }) =>
        `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file} (${tests} test${tests === 1 ? '' : 's'})`,
    );
    process.stderr.write(`\nSlowest test files of ${name}:\n${lines.join('\n')}\n`);
  }
}

module.exports = SlowestTestFiles;
