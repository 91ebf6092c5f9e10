import { createHash, randomUUID } from 'node:crypto';
import { LessThan, type DataSource, type EntityManager, type EntityTarget } from 'typeorm';
import { DEFAULT_LOCALE, ErrorCode, idempotencyKeyReusedMessage } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import { AppError } from '../../app/errors';
import { currentScope } from '../../app/request-context';
import { IdempotencyKey } from './idempotency-key.entity';
import { inTransaction } from '../../app/transaction';

/** How long a key is remembered: long enough for any client's retries (Stripe keeps them 24 hours too). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

/** What a create was asked to do, with its key: the key, and everything else it carries. */
export interface IdempotentRequest {
  idempotencyKey?: string | null;
}

/**
 * The same request, whatever the order of its fields: SHA-256 of its JSON with
 * keys sorted, the key itself left out. Absent and undefined fields are one.
 */
export function fingerprintOf(request: IdempotentRequest): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value instanceof Date) return value.toISOString();
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return value;
  };
  const { idempotencyKey: _key, ...rest } = request;
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex');
}

function keyReused(key: string): AppError {
  const locale = currentScope()?.locale ?? DEFAULT_LOCALE;
  return new AppError(ErrorCode.IDEMPOTENCY_KEY_REUSED, {
    message: idempotencyKeyReusedMessage[locale](key),
    details: { idempotencyKey: key },
  });
}

/**
 * Runs a create in a transaction, once per (operation, actor, key), as Stripe
 * and the IETF's Idempotency-Key draft define it: a retry, even one racing the
 * first call, gets what the first call created; the same key with a different
 * request is refused (`IDEMPOTENCY_KEY_REUSED`) and writes nothing; a key is
 * remembered for 24 hours from `now`, the moment of the create by the caller's
 * clock, and is a new key after that.
 */
export async function withIdempotency<T extends { id: string }>(
  dataSource: DataSource,
  caller: Caller,
  operation: string,
  request: IdempotentRequest,
  entity: EntityTarget<T>,
  now: Date,
  create: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const key = request.idempotencyKey;
  if (!key) return inTransaction(dataSource, create);
  const scope = `${operation}:${caller.actor.type}:${caller.actor.id ?? '-'}`;
  const fingerprint = fingerprintOf(request);
  const live = (row: IdempotencyKey | null) =>
    row && row.createdAt.getTime() > now.getTime() - IDEMPOTENCY_TTL_MS ? row : null;
  /** What the key's first request created; refused if the key came with another request. */
  const resultOf = (manager: EntityManager, row: IdempotencyKey): Promise<T | null> => {
    if (row.fingerprint !== null && row.fingerprint !== fingerprint) throw keyReused(key);
    return manager.getRepository(entity).findOneBy({ id: row.resultId } as never);
  };
  try {
    return await inTransaction(dataSource, async (manager) => {
      const row = await manager.findOneBy(IdempotencyKey, { scope, key });
      if (live(row)) {
        const done = await resultOf(manager, row!);
        if (done) return done;
        // What it created has been deleted since: the key stays spent, and the retry is told so.
        throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'DELETED', idempotencyKey: key } });
      }
      // A key past its 24 hours (the nightly purge had not reached it yet) starts afresh.
      if (row) await manager.delete(IdempotencyKey, { id: row.id });
      const result = await create(manager);
      await manager.insert(IdempotencyKey, {
        id: randomUUID(),
        scope,
        key,
        resultId: result.id,
        fingerprint,
        createdAt: now,
      });
      return result;
    });
  } catch (error) {
    // A concurrent call with the same key committed first (our insert of the
    // key collided, or a uniqueness check saw its result): theirs stands, or,
    // if it was another request, ours is refused.
    if (error instanceof AppError && error.code === ErrorCode.IDEMPOTENCY_KEY_REUSED) throw error;
    const row = live(await dataSource.manager.findOneBy(IdempotencyKey, { scope, key }));
    const done = row && (await resultOf(dataSource.manager, row));
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
