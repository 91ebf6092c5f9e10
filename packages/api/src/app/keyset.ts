import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import {
  Brackets,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import {
  decodeCursor,
  encodeCursor,
  pageOffset,
  pageSize,
  type Connection,
  type CursorKey,
} from './connection';
import { entityRows } from './row-mapper';

/**
 * How long a change waits before an `updatedSince` list shows it: its
 * transaction stamps `updated_at` when it starts and commits a little later,
 * so a change stamped before another may commit after it; a mirror's cursor,
 * already past the later one, would never see it. Writes here commit in
 * milliseconds; one held longer than this (a lock wait, instances whose
 * clocks differ by more) could still be missed, which is why mirrors are told
 * to read everything again now and then (docs/partners.md).
 */
export const SYNC_SETTLE_MS = 5_000;

export interface KeysetOrder {
  /** SQL of the sort key, on the query's alias (`c.name_key`). */
  sql: string;
  /** Set when the key is an instant column: cursor values round-trip through it. */
  instantColumn?: ColumnMetadata;
  direction: 'ASC' | 'DESC';
  /** The key alone orders the list (a unique column): no tie on the id to break, so its index serves. */
  unique?: boolean;
}

/** A one-to-one row read with each row of the page: `LEFT JOIN <entity's table> <alias> ON <on>`. */
export interface PageJoin {
  alias: string;
  entity: EntityTarget<ObjectLiteral>;
  on: string;
}

export interface KeysetPageOptions<T extends ObjectLiteral> {
  /** The entity's properties to read (the primary key always); every column when omitted. */
  properties?: Iterable<string>;
  joins?: readonly PageJoin[];
  /** Called with each node and its raw row: where the joined rows are read (`entityRows`). */
  withRow?: (node: T, row: Record<string, unknown>) => void;
  /** How to count the matches, when `totalCount` is asked; an exact COUNT(*) by default. */
  count?: (filtered: SelectQueryBuilder<T>) => Promise<number>;
  /**
   * A count read in the page's own statement, for a query known to ask for
   * `totalCount`: `query` is its SQL (one row, `n`), `total` says the total
   * from that answer. A page without rows brings no answer back, and is
   * counted by `count`.
   */
  countAlong?: { query: [string, unknown[]]; total: (n: number) => Promise<number> };
}

/**
 * One page of a filtered query, read by keyset in one statement: the keys of
 * the page straight off the index that gives the order (a derived table,
 * `LIMIT first + 1`), then their rows and whatever one-to-one rows the caller
 * joins (MariaDB's optimizer, asked for whole rows at once, would rather sort
 * the table). The count is one more column of that statement when the caller
 * knows it is asked (`countAlong`), or one more statement, made only if
 * `totalCount` is read: a lazy property, so a page that does not ask does not count.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  filtered: SelectQueryBuilder<T>,
  order: KeysetOrder,
  args: { first?: number | null; after?: string | null; offset?: number | null },
  options: KeysetPageOptions<T> = {},
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const alias = filtered.alias;
  const { driver } = dataSource;
  const keys = filtered.clone().select(`${alias}.id`, 'k_id').addSelect(order.sql, 'k_sort').orderBy();
  if (args.after) {
    const key = decodeCursor(args.after);
    const value = order.instantColumn ? new Date(String(key.value)) : key.value;
    const op = order.direction === 'ASC' ? '>' : '<';
    keys.andWhere(
      order.unique
        ? `${order.sql} ${op} :cursorValue`
        : new Brackets((qb) => {
            qb.where(`${order.sql} ${op} :cursorValue`).orWhere(
              new Brackets((tie) => {
                tie.where(`${order.sql} = :cursorValue`).andWhere(`${alias}.id ${op} :cursorId`);
              }),
            );
          }),
      { cursorValue: value, cursorId: key.id },
    );
  }
  keys.orderBy(order.sql, order.direction);
  if (!order.unique) keys.addOrderBy(`${alias}.id`, order.direction);
  // One more key than asked tells whether another page follows; an offset jumps ahead along the index.
  const offset = pageOffset(args.offset);
  if (offset) keys.offset(offset);
  const [keysSql, parameters] = keys.limit(first + 1).getQueryAndParameters();

  const table = (target: EntityTarget<ObjectLiteral>) =>
    driver.escape(dataSource.getMetadata(target).tablePath);
  const joins = options.joins ?? [];
  const all = entityRows(dataSource, entity);
  const read = options.properties ? all.only(options.properties) : all;
  const columns = [read.select(alias), ...joins.map((j) => entityRows(dataSource, j.entity).select(j.alias))];
  const along = options.countAlong;
  const sql = [
    `SELECT ${columns.join(', ')}, k.k_sort AS k_sort${along ? `, (${along.query[0]}) AS k_count` : ''}`,
    `FROM (${keysSql}) k`,
    `INNER JOIN ${table(entity)} ${driver.escape(alias)} ON ${driver.escape(alias)}.${driver.escape('id')} = k.k_id`,
    ...joins.map((j) => `LEFT JOIN ${table(j.entity)} ${driver.escape(j.alias)} ON ${j.on}`),
    `ORDER BY k.k_sort ${order.direction}${order.unique ? '' : `, k.k_id ${order.direction}`}`,
  ].join(' ');
  // The count's subquery comes first in the statement's text, so its parameters come first too.
  const rows: Record<string, unknown>[] = await dataSource.query(
    sql,
    along ? [...along.query[1], ...parameters] : parameters,
  );

  const edges = rows.slice(0, first).map((row) => {
    const node = read.read(row, alias)!;
    options.withRow?.(node, row);
    const raw = order.instantColumn
      ? driver.prepareHydratedValue(row.k_sort, order.instantColumn)
      : row.k_sort;
    const value: CursorKey['value'] = raw instanceof Date ? raw.toISOString() : String(raw);
    return { cursor: encodeCursor({ value, id: node.id }), node };
  });
  const count = options.count ?? exactCount;
  let counted: Promise<number> | undefined;
  return lazyTotalCount(
    {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(args.after) || offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    },
    () =>
      (counted ??=
        // Nothing from the start of the list: nothing matches.
        !rows.length && !args.after && !offset
          ? Promise.resolve(0)
          : along && rows.length
            ? along.total(Number(rows[0]!.k_count))
            : count(filtered)),
  );
}

/** A plain COUNT(*): getCount() counts DISTINCT ids, which MySQL answers with a full scan. Our joins are one-to-one. */
export async function exactCount<T extends ObjectLiteral>(filtered: SelectQueryBuilder<T>): Promise<number> {
  const counted = await filtered
    .clone()
    .select('COUNT(*)', 'n')
    .orderBy()
    .getRawOne<{ n: string | number }>();
  return Number(counted?.n ?? 0);
}

/**
 * A connection whose `totalCount` is counted when, and only if, it is read.
 * Never spread one (`{ ...page }`): spreading reads it.
 */
export function lazyTotalCount<T>(
  page: Omit<Connection<T>, 'totalCount'>,
  count: () => Promise<number>,
): Connection<T> {
  return Object.defineProperty(page, 'totalCount', { get: count, enumerable: true }) as Connection<T>;
}

/**
 * Escapes LIKE wildcards so a search for `50%` finds "50%", not everything.
 * `!` is the escape character: a backslash is read differently by MySQL and SQLite.
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
