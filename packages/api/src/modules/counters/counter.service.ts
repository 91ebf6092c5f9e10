import type { EntityManager } from 'typeorm';
import { Counter } from './counter.entity';

/** Advances the named counter and returns its new value, in one statement; call inside a transaction. */
export async function nextCounterValue(manager: EntityManager, name: string): Promise<number> {
  const mysql = manager.connection.driver.options.type !== 'better-sqlite3';
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // MySQL hands back LAST_INSERT_ID(expr) as the update's insert id; SQLite says it with RETURNING.
    if (mysql) {
      const done = (await manager.query(
        'UPDATE counter SET value = LAST_INSERT_ID(value + 1) WHERE name = ?',
        [name],
      )) as { affectedRows: number; insertId: number };
      if (done.affectedRows) return Number(done.insertId);
    } else {
      const [row] = (await manager.query(
        'UPDATE counter SET value = value + 1 WHERE name = ? RETURNING value',
        [name],
      )) as { value: number }[];
      if (row) return Number(row.value);
    }
    try {
      await manager.insert(Counter, { name, value: 1 });
      return 1;
    } catch {
      // Another transaction created the counter first: advance it instead.
    }
  }
  throw new Error(`Could not advance counter ${name}`);
}
