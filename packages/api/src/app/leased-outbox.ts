import { randomUUID } from 'node:crypto';
import {
  Brackets,
  LessThan,
  LessThanOrEqual,
  type DataSource,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';

/** The columns an outbox row is claimed through: emails and webhook deliveries alike. */
export interface LeasedRow {
  id: string;
  status: string;
  nextAttemptAt: Date;
  lockedBy: string | null;
  lockedUntil: Date | null;
}

/**
 * A table of work sent once by whichever instance claims it: each row is
 * claimed by one conditional UPDATE, which only one instance can win, under a
 * token of that claim alone; an instance that dies holding a claim loses it
 * when the lease ends, and the row is taken again. The outcome is written only
 * over the same token, so a worker that lost its claim writes nothing.
 */
export class LeasedOutbox<T extends LeasedRow & ObjectLiteral> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
    /** The status of a row waiting for an attempt, and of one being sent. */
    private readonly states: { pending: string; sending: string },
  ) {}

  /** Rows due at `now`: waiting and due, or claimed by an instance whose lease has run out. */
  due(now: Date, take: number): Promise<T[]> {
    return this.dataSource.getRepository(this.entity).find({
      where: [
        { status: this.states.pending, nextAttemptAt: LessThanOrEqual(now) },
        { status: this.states.sending, lockedUntil: LessThan(now) },
      ] as never,
      order: { nextAttemptAt: 'ASC' } as never,
      take,
    });
  }

  /** The token of this claim for `worker`, or null when another instance holds the row. */
  async claim(id: string, worker: string, now: Date, lockMs: number): Promise<string | null> {
    // One token per claim, not per worker: a stale outcome of this same worker never lands either.
    const claim = `${worker}:${randomUUID().slice(0, 8)}`;
    const result = await this.dataSource
      .createQueryBuilder()
      .update(this.entity)
      .set({
        status: this.states.sending,
        lockedBy: claim,
        lockedUntil: new Date(now.getTime() + lockMs),
      } as never)
      .where('id = :id', { id })
      .andWhere(
        new Brackets((qb) => {
          // Due still: another instance may have tried it since it was read, and set it back to wait.
          qb.where('status = :pending AND next_attempt_at <= :now', {
            pending: this.states.pending,
            now,
          }).orWhere('status = :sending AND locked_until < :now', { sending: this.states.sending, now });
        }),
      )
      .execute();
    return result.affected ? claim : null;
  }

  /** Writes over the row only while `claim` still holds it; false when it no longer does. */
  async whileClaimed(id: string, claim: string, values: Partial<T>): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(this.entity)
      .update({ id, lockedBy: claim, status: this.states.sending } as never, values as never);
    return Boolean(result.affected);
  }
}

/** The wait before attempt `attempts + 1`: doubling from `firstMs`, at most `maxMs`. */
export function backoff(attempts: number, firstMs: number, maxMs: number): number {
  return Math.min(firstMs * 2 ** (attempts - 1), maxMs);
}
