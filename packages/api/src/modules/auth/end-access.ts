import { IsNull, MoreThan, type EntityManager } from 'typeorm';
import { ActorType } from '@clientele/shared';
import type { FieldChange } from '../activity/activity.entity';
import { ApiToken } from './api-token.entity';
import { OneTimeToken } from './one-time-token.entity';
import { Session } from './session.entity';

/** How much a deactivation ended, for the activity log. */
export interface AccessEnded {
  sessions: number;
  tokens: number;
}

/**
 * Ends everything a deactivated person held, staff user or partner's user
 * alike: their sessions, API tokens and unused set-password or reset links,
 * so turning someone away takes effect at once rather than when a cookie
 * expires.
 */
export async function endAccess(
  manager: EntityManager,
  principalType: ActorType,
  principalId: string,
  now: Date,
): Promise<AccessEnded> {
  const own = await manager.update(
    Session,
    { principalType, principalId, actingForUserId: IsNull(), revokedAt: IsNull() },
    { revokedAt: now },
  );
  // An administrator acting as a client contact holds a contact's session on their behalf
  // (only staff act as someone else). It ends now, and the hourly job records the end on the
  // file it looked at, like an acting hour that ran out.
  if (principalType === ActorType.STAFF) {
    await manager.update(
      Session,
      { actingForUserId: principalId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      { expiresAt: now },
    );
  }
  const tokens = await manager.update(
    ApiToken,
    { ownerType: principalType, ownerId: principalId, revokedAt: IsNull() },
    { revokedAt: now },
  );
  await manager.update(OneTimeToken, { principalType, principalId, usedAt: IsNull() }, { usedAt: now });
  return { sessions: own.affected ?? 0, tokens: tokens.affected ?? 0 };
}

/** The log's lines for what was ended, leaving out what there was none of. */
export function accessEndedChanges(ended: AccessEnded): FieldChange[] {
  return [
    ...(ended.sessions ? [{ field: 'sessionsRevoked', before: null, after: String(ended.sessions) }] : []),
    ...(ended.tokens ? [{ field: 'apiTokensRevoked', before: null, after: String(ended.tokens) }] : []),
  ];
}
