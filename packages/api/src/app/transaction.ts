import type { DataSource, EntityManager } from 'typeorm';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** Work a transaction runs once its own is done, just before it commits (see `beforeCommit`). */
const commitHooks = new WeakMap<EntityManager, (() => Promise<void>)[]>();

/**
 * Runs `hook` in the manager's transaction once the rest of its work is
 * done, just before it commits, so it sees the state that commits — an event
 * announcing a change describes the change whole. Outside a transaction, now.
 */
export async function beforeCommit(manager: EntityManager, hook: () => Promise<void>): Promise<void> {
  const hooks = commitHooks.get(manager);
  if (hooks) hooks.push(hook);
  else await hook();
}

/** The transaction's work, then what it asked to run before committing (which may ask for more). */
async function withCommitHooks<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>) {
  const hooks: (() => Promise<void>)[] = [];
  commitHooks.set(manager, hooks);
  try {
    const result = await work(manager);
    for (let next = hooks.shift(); next; next = hooks.shift()) await next();
    return result;
  } finally {
    commitHooks.delete(manager);
  }
}

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
  if (dataSource.options.type !== 'better-sqlite3') return readCommitted(dataSource, work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const turn = previous.then(() => dataSource.transaction((manager) => withCommitHooks(manager, work)));
  sqliteQueues.set(
    dataSource,
    turn.catch(() => undefined),
  );
  return turn;
}

/** Connections already told to run READ COMMITTED for the rest of their life. */
const readCommittedConnections = new WeakSet<object>();

/**
 * A MySQL transaction at READ COMMITTED. The level is set once per pooled
 * connection, for its session, rather than before each transaction (as
 * `dataSource.transaction(level, …)` does): one round trip less on every write.
 */
async function readCommitted<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const connection = (runner as unknown as { databaseConnection: object }).databaseConnection;
    if (!readCommittedConnections.has(connection)) {
      await runner.query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED');
      readCommittedConnections.add(connection);
    }
    await runner.startTransaction();
    try {
      const result = await withCommitHooks(runner.manager, work);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      // The failure is what the caller needs to hear; a rollback that fails too (the connection is
      // gone) must not hide it.
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    }
  } finally {
    await runner.release();
  }
}
