/**
 * How listing clients scales: the first page, a page deep in the list (keyset,
 * as the API reads it, and OFFSET for comparison), and a search, over a book
 * of BENCH_CLIENTS clients (20 000 by default) on SQLite, and on MySQL/MariaDB
 * when TEST_MYSQL_URL is set. Prints medians and ratios; asserts nothing.
 *
 *   pnpm bench
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { foldText, formatClientCode } from '@clientele/shared';
import { createTestDatabase, testDialects, type TestDatabase } from '../test/db';
import { systemClock } from '../src/app/clock';
import { Client } from '../src/modules/clients/client.entity';
import { ClientService, NEW_CLIENT_DEFAULTS } from '../src/modules/clients/client.service';

const TOTAL = Number(process.env.BENCH_CLIENTS ?? 20_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PAGE = 50;

const CITIES = ['Montréal', 'Québec', 'Lévis', 'Paris', 'Lyon', 'Sherbrooke', 'Marseille', 'Gatineau'];
const WORDS = ['Boulangerie', 'Érablière', 'Atelier', 'Société', 'Groupe', 'Cabinet', 'Clinique', 'Hôtel'];

async function fill(db: TestDatabase): Promise<void> {
  const repo = db.dataSource.getRepository(Client);
  const now = Date.now();
  for (let start = 0; start < TOTAL; start += 500) {
    const rows = Array.from({ length: Math.min(500, TOTAL - start) }, (_, i) => {
      const n = start + i + 1;
      const name = `${WORDS[n % WORDS.length]} ${CITIES[n % CITIES.length]} ${n}`;
      const at = new Date(now - n * 1000);
      const code = formatClientCode(n);
      const empty = { line1: null, line2: null, city: null, region: null, postalCode: null, country: null };
      return {
        ...NEW_CLIENT_DEFAULTS,
        id: randomUUID(),
        code,
        name,
        nameKey: foldText(name),
        liveNameKey: foldText(name),
        searchKey: foldText(`${code} ${name}`),
        billingAddress: { ...empty, city: CITIES[n % CITIES.length]!, country: 'CA' },
        shippingAddress: empty,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    });
    await repo.insert(rows);
  }
}

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function main(): Promise<void> {
  process.stdout.write(`clients list, ${TOTAL} clients, pages of ${PAGE}, median of ${RUNS} runs\n`);
  for (const dialect of testDialects()) {
    const db = await createTestDatabase(dialect);
    try {
      await fill(db);
      const service = new ClientService(db.dataSource, systemClock);
      // The cursor just before the last page, found once (as a user paging would have it).
      const deepOffset = TOTAL - PAGE;
      const before = await db.dataSource
        .getRepository(Client)
        .createQueryBuilder('c')
        .orderBy('c.name_key', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .skip(deepOffset - 1)
        .take(1)
        .getOneOrFail();
      const { encodeCursor } = await import('../src/app/connection');
      const after = encodeCursor({ value: before.nameKey, id: before.id });

      const first = await median(() => service.list({ first: PAGE }));
      const deep = await median(() => service.list({ first: PAGE, after }));
      const offset = await median(() =>
        db.dataSource
          .getRepository(Client)
          .createQueryBuilder('c')
          .orderBy('c.name_key', 'ASC')
          .addOrderBy('c.id', 'ASC')
          .offset(deepOffset)
          .limit(PAGE)
          .getMany(),
      );
      const search = await median(() => service.list({ first: PAGE, filter: { search: 'erabliere levis' } }));
      const row = (label: string, ms: number, note = '') =>
        process.stdout.write(
          `  ${dialect.padEnd(6)} ${label.padEnd(34)} ${ms.toFixed(2).padStart(8)} ms ${note}\n`,
        );
      row('first page (with totalCount)', first);
      row(`page at ${deepOffset} by keyset (API)`, deep, `×${(deep / first).toFixed(2)} of first page`);
      row(`page at ${deepOffset} by OFFSET (rows only)`, offset);
      row('search "erabliere levis"', search);
    } finally {
      await db.drop();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
