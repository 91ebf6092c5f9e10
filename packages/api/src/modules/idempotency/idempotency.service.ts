import { randomUUID } from 'node:crypto';
import { LessThan, type DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import type { Caller } from '../../app/actor';
import { IdempotencyKey } from './idempotency-key.entity';
import { inTransaction } from '../../app/transaction';

/** How long a key is remembered: long enough for any client's retries. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

/**
 * Runs a create in a transaction, once per (operation, actor, key): a retry,
 * even one racing the first call, gets what the first call created. `now` is
 * the moment of the create, from the caller's clock; the key is remembered
 * from then.
 */
export async function withIdempotency<T extends { id: string }>(
  dataSource: DataSource,
  caller: Caller,
  operation: string,
  key: string | null | undefined,
  entity: EntityTarget<T>,
  now: Date,
  create: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (!key) return inTransaction(dataSource, create);
  const scope = `${operation}:${caller.actor.type}:${caller.actor.id ?? '-'}`;
  const earlier = async (manager: EntityManager): Promise<T | null> => {
    const row = await manager.findOneBy(IdempotencyKey, { scope, key });
    return row ? manager.getRepository(entity).findOneBy({ id: row.resultId } as never) : null;
  };
  try {
    return await inTransaction(dataSource, async (manager) => {
      const done = await earlier(manager);
      if (done) return done;
      const result = await create(manager);
      await manager.insert(IdempotencyKey, {
        id: randomUUID(),
        scope,
        key,
        resultId: result.id,
        createdAt: now,
      });
      return result;
    });
  } catch (error) {
    // A concurrent call with the same key committed first (our insert of the
    // key collided, or a uniqueness check saw its result): theirs stands.
    const done = await earlier(dataSource.manager);
    if (done) return done;
    throw error;
  }
}

export async function purgeIdempotencyKeys(dataSource: DataSource, now: Date): Promise<number> {
  const result = await dataSource
    .getRepository(IdempotencyKey)
    .delete({ createdAt: LessThan(new Date(now.getTime() - IDEMPOTENCY_TTL_MS)) });
  return result.affected ?? 0;
}
