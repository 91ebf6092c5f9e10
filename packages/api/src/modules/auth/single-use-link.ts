import type { EntityManager } from 'typeorm';
import { OneTimeToken } from './one-time-token.entity';

/**
 * Marks a single-use link used, unless it already was or has expired, in one
 * conditional UPDATE: of two uses at the same moment exactly one gets `true`.
 */
export async function spendOnce(manager: EntityManager, token: OneTimeToken, now: Date): Promise<boolean> {
  const spent = await manager
    .createQueryBuilder()
    .update(OneTimeToken)
    .set({ usedAt: now })
    .where('id = :id AND used_at IS NULL AND expires_at > :now', { id: token.id, now })
    .execute();
  return Boolean(spent.affected);
}
