import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in a transaction, the same way on every dialect:
 *
 * - MySQL/MariaDB: READ COMMITTED, so a statement that waited on a row lock
 *   and a read after it see what the other transaction committed (under
 *   REPEATABLE READ a version check could read its own stale snapshot).
 * - SQLite: one connection carries every transaction, so they take turns;
 *   two interleaved on it would be one.
 *
 * Never call it from inside `work`: the SQLite turn would wait on itself.
 */
export function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction('READ COMMITTED', work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const turn = previous.then(() => dataSource.transaction(work));
  sqliteQueues.set(
    dataSource,
    turn.catch(() => undefined),
  );
  return turn;
}
