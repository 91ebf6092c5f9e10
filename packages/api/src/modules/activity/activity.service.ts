import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { ActivityAction } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import { beforeCommit } from '../../app/transaction';
import { announceActivity, type EventSubject } from '../webhooks/webhook-outbox';
import { Activity, type FieldChange } from './activity.entity';

export interface ActivityEntry {
  /**
   * When it happened: the moment of the change recorded (its `updatedAt`),
   * from the caller's clock, so the entry and the row it describes agree.
   */
  at: Date;
  clientId: string | null;
  entityType: string;
  entityId: string;
  action: ActivityAction;
  changes?: FieldChange[];
  clientVersion?: number | null;
  /** Ids the webhook event this entry announces carries (the contact a link names). */
  eventSubject?: EventSubject;
}

/**
 * Appends to the activity log with the caller's manager, so the entry commits
 * or rolls back with the change it records — and, in the same transaction,
 * queues the webhook event the change announces, if any (see announceActivity).
 */
export async function recordActivity(
  manager: EntityManager,
  caller: Caller,
  entry: ActivityEntry,
): Promise<Activity> {
  const activity = manager.create(Activity, {
    id: randomUUID(),
    at: entry.at,
    actorType: caller.actor.type,
    actorId: caller.actor.id,
    actorName: caller.actor.name,
    onBehalfOfType: caller.actor.onBehalfOf?.type ?? null,
    onBehalfOfId: caller.actor.onBehalfOf?.id ?? null,
    clientId: entry.clientId,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? [],
    clientVersion: entry.clientVersion ?? null,
    requestId: caller.requestId,
  });
  await manager.insert(Activity, activity);
  // Once the transaction's work is done: the event shows the change whole (a client and its invitation).
  await beforeCommit(manager, () => announceActivity(manager, activity, entry.eventSubject));
  return activity;
}
