import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Reads raw rows into entity-shaped objects, for the read paths that list
 * many rows (pages, their contacts): TypeORM's hydration groups, re-parses and
 * re-creates through its metadata for every row and every value, which was the
 * largest cost of a page. Each value here still goes through the driver's own
 * conversion (dates, booleans, JSON, the columns' transformers), so an object
 * read this way equals the one TypeORM would make, prototype included.
 */
export interface EntityRows<T> {
  /** The SELECT list of every column for `alias`, each as `<alias>__<column>`. */
  select(alias: string): string;
  /** The object of `alias` in a row selected with `select(alias)`; null when a LEFT JOIN found none. */
  read(row: Record<string, unknown>, alias: string): T | null;
  /**
   * The same for some properties only (an embedded value by its own name, `billingAddress`), the
   * primary key always: a page reads the columns its query asks for, not the whole row.
   */
  only(properties: Iterable<string>): EntityRows<T>;
}

interface ColumnReader {
  name: string;
  /** The property and, for an embedded value (an address), the object that holds it. */
  embedded: { property: string; prototype: object | null } | null;
  property: string;
  /** The value as the entity holds it, from the value as the driver gave it. */
  convert: (value: unknown) => unknown;
}

/** Column types the drivers hand back as they are: TypeORM changes nothing of them either. */
const AS_GIVEN = new Set(['varchar', 'text', 'char', 'int', 'integer', 'bigint', 'smallint', 'tinyint']);
/** SQLite's `datetime(3)` as we write it: `2026-12-02 10:48:05.123`, UTC. */
const SQLITE_INSTANT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$/;

/**
 * How a column's values are read: exactly as the driver's `prepareHydratedValue`
 * would, with the common cases (text and numbers, booleans, SQLite instants)
 * done without its chain of type tests on every value.
 */
function converterOf(dataSource: DataSource, column: ColumnMetadata): (value: unknown) => unknown {
  const { driver } = dataSource;
  const general = (value: unknown) => driver.prepareHydratedValue(value, column);
  if (column.transformer) return general;
  if (typeof column.type === 'string' && AS_GIVEN.has(column.type)) return (value) => value;
  if (column.type === 'boolean' || column.type === Boolean) {
    return (value) => (value === null || value === undefined ? value : Boolean(value));
  }
  if (column.type === 'datetime' && dataSource.options.type === 'better-sqlite3') {
    return (value) =>
      typeof value === 'string' && SQLITE_INSTANT.test(value)
        ? new Date(`${value.slice(0, 10)}T${value.slice(11)}Z`)
        : general(value);
  }
  return general;
}

const cache = new WeakMap<DataSource, Map<unknown, EntityRows<unknown>>>();
const MAX_SUBSETS = 200;

export function entityRows<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
): EntityRows<T> {
  let forSource = cache.get(dataSource);
  if (!forSource) cache.set(dataSource, (forSource = new Map()));
  const known = forSource.get(entity);
  if (known) return known as EntityRows<T>;

  const metadata = dataSource.getMetadata(entity);
  const { driver } = dataSource;
  const readers: ColumnReader[] = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => {
      const holder = column.embeddedMetadata;
      const target = holder?.type;
      return {
        name: column.databaseName,
        embedded: holder
          ? {
              property: holder.propertyName,
              prototype: typeof target === 'function' ? (target.prototype as object) : null,
            }
          : null,
        property: column.propertyName,
        convert: converterOf(dataSource, column),
      };
    });
  const prototype = (metadata.target as { prototype?: object }).prototype ?? Object.prototype;
  const primary = metadata.primaryColumns[0]!.databaseName;
  const subsets = new Map<string, EntityRows<T>>();

  const rowsOf = (chosen: ColumnReader[]): EntityRows<T> => {
    // The row's keys for an alias (`c__name`…), made once per alias rather than per value of every row.
    const keysByAlias = new Map<string, { primary: string; columns: string[] }>();
    const keysOf = (alias: string) => {
      let keys = keysByAlias.get(alias);
      if (!keys) {
        keys = { primary: `${alias}__${primary}`, columns: chosen.map(({ name }) => `${alias}__${name}`) };
        keysByAlias.set(alias, keys);
      }
      return keys;
    };
    return {
      select: (alias) =>
        chosen
          .map(
            ({ name }) =>
              `${driver.escape(alias)}.${driver.escape(name)} AS ${driver.escape(`${alias}__${name}`)}`,
          )
          .join(', '),
      read: (row, alias) => {
        const keys = keysOf(alias);
        if (row[keys.primary] === null || row[keys.primary] === undefined) return null;
        const object = Object.create(prototype) as Record<string, unknown>;
        for (let i = 0; i < chosen.length; i += 1) {
          const reader = chosen[i]!;
          const value = reader.convert(row[keys.columns[i]!]);
          if (!reader.embedded) {
            object[reader.property] = value;
            continue;
          }
          const holder = (object[reader.embedded.property] ??= Object.create(
            reader.embedded.prototype ?? Object.prototype,
          )) as Record<string, unknown>;
          holder[reader.property] = value;
        }
        return object as T;
      },
      only: (properties) => {
        const wanted = new Set(properties);
        const key = [...wanted].sort().join(',');
        let subset = subsets.get(key);
        if (!subset) {
          subset = rowsOf(
            readers.filter(
              (reader) => reader.name === primary || wanted.has(reader.embedded?.property ?? reader.property),
            ),
          );
          // As many as queries have shapes: a few dozen; past a bound (a caller inventing shapes), not kept.
          if (subsets.size < MAX_SUBSETS) subsets.set(key, subset);
        }
        return subset;
      },
    };
  };
  const rows = rowsOf(readers);
  forSource.set(entity, rows);
  return rows;
}
