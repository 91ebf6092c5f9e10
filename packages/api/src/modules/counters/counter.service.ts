import type { EntityManager } from 'typeorm';
import { Counter } from './counter.entity';

/** Advances the named counter and returns its new value; call inside a transaction. */
export async function nextCounterValue(manager: EntityManager, name: string): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const result = await manager
      .createQueryBuilder()
      .update(Counter)
      .set({ value: () => 'value + 1' })
      .where('name = :name', { name })
      .execute();
    if (result.affected) {
      const row = await manager.findOneByOrFail(Counter, { name });
      return row.value;
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
