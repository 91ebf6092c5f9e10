// The first-load budget: the JavaScript index.html makes the browser fetch
// before any route is chosen (entry script and module preloads), gzipped.
// Route chunks (the clients grid, the client file) load on demand and are
// listed for information. Exits 1 over budget.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = path.resolve(import.meta.dirname, '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
// A build whose page names no script would pass any budget: it is a broken build, not a small one.
if (initial.length === 0) {
  process.stderr.write(`no script found in ${path.join(dist, 'index.html')}: is the console built?\n`);
  process.exit(1);
}
const gz = (file) => gzipSync(fs.readFileSync(path.join(dist, file))).length / 1024;

// The first screen also waits for its language's texts (lib/i18n): count the larger of the two.
const languages = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => /^(en|fr)-[\w-]+\.js$/.test(f))
  .map((f) => `assets/${f}`);
if (languages.length !== 2) {
  process.stderr.write(
    `expected one French and one English chunk, found: ${languages.join(', ') || 'none'}\n`,
  );
  process.exit(1);
}
const language = languages.reduce((max, file) => Math.max(max, gz(file)), 0);
const firstLoad = initial.reduce((sum, file) => sum + gz(file), 0) + language;
const rest = fs
  .readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`) && !languages.includes(`assets/${f}`))
  .map((f) => [f, gz(`assets/${f}`)])
  .sort((a, b) => b[1] - a[1]);

process.stdout.write(
  `first load: ${initial.length} scripts and one language (${language.toFixed(1)} KB), ${firstLoad.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)\n`,
);
for (const [file, kb] of rest.slice(0, 5)) process.stdout.write(`  on demand: ${file} ${kb.toFixed(1)} KB\n`);
if (firstLoad > BUDGET_KB) {
  process.stderr.write(`first load over budget by ${(firstLoad - BUDGET_KB).toFixed(1)} KB\n`);
  process.exit(1);
}
