import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Clock } from './clock';

/** Up to this many matches, a list's total is counted exactly, every time. */
export const EXACT_COUNT_UP_TO = 1_000;
/** Beyond it, the exact total is counted again when the last count is older than this. */
export const RECOUNT_AFTER_MS = 60_000;
/** Distinct filters whose large totals are remembered (the oldest forgotten first). */
const REMEMBERED = 500;

/**
 * Totals for long lists that stay cheap: an exact count stops looking after
 * `EXACT_COUNT_UP_TO + 1` rows (an index range read, whatever the table's
 * size); a larger total is counted in full at most once a minute per filter,
 * in this process, and said as that count meanwhile. The schema's description
 * of `totalCount` promises exactly this.
 */
export class BoundedCounts {
  private readonly large = new Map<string, { total: number; at: number }>();

  constructor(private readonly clock: Clock) {}

  async count<T extends ObjectLiteral>(filtered: SelectQueryBuilder<T>, key: string): Promise<number> {
    const [sql, parameters] = this.boundedQuery(filtered);
    const [bounded] = await filtered.connection.query(sql, parameters);
    return this.total(Number((bounded as { n: number | string }).n), filtered, key);
  }

  /** The count up to `EXACT_COUNT_UP_TO + 1` matches, as SQL (`n`): alone, or inside a page's own statement. */
  boundedQuery<T extends ObjectLiteral>(filtered: SelectQueryBuilder<T>): [string, unknown[]] {
    const [sql, parameters] = filtered
      .clone()
      .select('1', 'one')
      .orderBy()
      .limit(EXACT_COUNT_UP_TO + 1)
      .getQueryAndParameters();
    return [`SELECT COUNT(*) AS n FROM (${sql}) matches`, parameters];
  }

  /** The total, from the bounded count: itself when exact, else the remembered total or a full count. */
  async total<T extends ObjectLiteral>(
    bounded: number,
    filtered: SelectQueryBuilder<T>,
    key: string,
  ): Promise<number> {
    if (bounded <= EXACT_COUNT_UP_TO) return bounded;

    const now = this.clock.now().getTime();
    const known = this.large.get(key);
    if (known && now - known.at < RECOUNT_AFTER_MS) return known.total;
    const [all] = await filtered.connection.query(
      ...filtered.clone().select('COUNT(*)', 'n').orderBy().getQueryAndParameters(),
    );
    const total = Number((all as { n: number | string }).n);
    this.large.delete(key);
    this.large.set(key, { total, at: now });
    if (this.large.size > REMEMBERED) this.large.delete(this.large.keys().next().value!);
    return total;
  }
}
