import { describeEachDialect } from '../../test/db';
import { TestClock } from '../../test/clock';
import { BoundedCounts, EXACT_COUNT_UP_TO, RECOUNT_AFTER_MS } from './bounded-count';

describeEachDialect('a bounded count', (db) => {
  const clock = new TestClock();
  const counts = new BoundedCounts(clock);
  let next = 0;

  beforeAll(async () => {
    await db().dataSource.query('CREATE TABLE bounded_row (id INT NOT NULL PRIMARY KEY, kept INT NOT NULL)');
  });

  async function addRows(n: number): Promise<void> {
    for (let left = n; left > 0; left -= 500) {
      const values = Array.from({ length: Math.min(left, 500) }, () => `(${(next += 1)}, 1)`);
      await db().dataSource.query(`INSERT INTO bounded_row (id, kept) VALUES ${values.join(', ')}`);
    }
  }

  const rows = () =>
    db().dataSource.createQueryBuilder().from('bounded_row', 'r').where('r.kept = :kept', { kept: 1 });

  /** The total as a page asks for it: the bounded count within its own statement, then `total`. */
  async function countedAlong(key: string): Promise<number> {
    const [sql, parameters] = counts.boundedQuery(rows());
    const [{ n }] = await db().dataSource.query(`SELECT (${sql}) AS n`, parameters);
    return counts.total(Number(n), rows(), key);
  }

  it('is exact up to the bound, and beyond it says the last full count for a minute', async () => {
    await addRows(EXACT_COUNT_UP_TO);
    expect(await counts.count(rows(), 'alone')).toBe(EXACT_COUNT_UP_TO);
    expect(await countedAlong('along')).toBe(EXACT_COUNT_UP_TO);

    await addRows(5);
    expect(await counts.count(rows(), 'alone')).toBe(EXACT_COUNT_UP_TO + 5);
    expect(await countedAlong('along')).toBe(EXACT_COUNT_UP_TO + 5);

    // Within the minute, the remembered total; once it is over, counted again.
    await addRows(10);
    clock.advance(RECOUNT_AFTER_MS - 1);
    expect(await counts.count(rows(), 'alone')).toBe(EXACT_COUNT_UP_TO + 5);
    expect(await countedAlong('along')).toBe(EXACT_COUNT_UP_TO + 5);
    clock.advance(1);
    expect(await counts.count(rows(), 'alone')).toBe(EXACT_COUNT_UP_TO + 15);
    expect(await countedAlong('along')).toBe(EXACT_COUNT_UP_TO + 15);

    // Back under the bound, exact again at once.
    await db().dataSource.query('UPDATE bounded_row SET kept = 0 WHERE id > 10');
    expect(await counts.count(rows(), 'alone')).toBe(10);
    expect(await countedAlong('along')).toBe(10);
  });
});
