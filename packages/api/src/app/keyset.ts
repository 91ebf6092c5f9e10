import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import {
  Brackets,
  In,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
} from 'typeorm';
import { decodeCursor, encodeCursor, pageSize, type Connection, type CursorKey } from './connection';

export interface KeysetOrder {
  /** SQL of the sort key, on the query's alias (`c.name_key`). */
  sql: string;
  /** Set when the key is an instant column: cursor values round-trip through it. */
  instantColumn?: ColumnMetadata;
  direction: 'ASC' | 'DESC';
}

/**
 * One page of a filtered query, read by keyset: the ids and sort values come
 * straight off the indexes, then the rows by id (MariaDB's optimizer otherwise
 * sorts the whole table for `SELECT *`; see `pnpm bench`). `alias.id` breaks
 * ties. Costs three statements whatever the page: count, keys, rows.
 */
export async function keysetPage<T extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  filtered: SelectQueryBuilder<T>,
  order: KeysetOrder,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<T>> {
  const first = pageSize(args.first);
  const alias = filtered.alias;
  // A plain COUNT(*): getCount() counts DISTINCT ids, which MySQL answers with a full scan.
  // Our joins are one-to-one, so no row is counted twice.
  const counted = await filtered
    .clone()
    .select('COUNT(*)', 'n')
    .orderBy()
    .getRawOne<{ n: string | number }>();
  const totalCount = Number(counted?.n ?? 0);

  const page = filtered.clone().select(`${alias}.id`, 'id').addSelect(order.sql, 'sort_value');
  if (args.after) {
    const key = decodeCursor(args.after);
    const value = order.instantColumn ? new Date(String(key.value)) : key.value;
    const op = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(
      new Brackets((qb) => {
        qb.where(`${order.sql} ${op} :cursorValue`).orWhere(
          new Brackets((tie) => {
            tie.where(`${order.sql} = :cursorValue`).andWhere(`${alias}.id ${op} :cursorId`);
          }),
        );
      }),
      { cursorValue: value, cursorId: key.id },
    );
  }
  // One more key than asked tells whether another page follows.
  const keys = await page
    .orderBy(order.sql, order.direction)
    .addOrderBy(`${alias}.id`, order.direction)
    .limit(first + 1)
    .getRawMany<{ id: string; sort_value: unknown }>();
  const pageKeys = keys.slice(0, first);

  const rows = pageKeys.length
    ? await dataSource.getRepository(entity).findBy({ id: In(pageKeys.map((k) => k.id)) } as never)
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const edges = pageKeys.flatMap(({ id, sort_value }) => {
    const node = byId.get(id);
    if (!node) return [];
    const raw = order.instantColumn
      ? dataSource.driver.prepareHydratedValue(sort_value, order.instantColumn)
      : sort_value;
    const value: CursorKey['value'] = raw instanceof Date ? raw.toISOString() : String(raw);
    return [{ cursor: encodeCursor({ value, id }), node }];
  });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: keys.length > first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * Escapes LIKE wildcards so a search for `50%` finds "50%", not everything.
 * `!` is the escape character: a backslash is read differently by MySQL and SQLite.
 */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
