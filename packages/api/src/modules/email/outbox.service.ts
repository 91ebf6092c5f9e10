import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ActivityAction, EmailStatus, type EmailTemplate, type Locale } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Connection } from '../../app/connection';
import { keysetPage } from '../../app/keyset';
import { recordActivity } from '../activity/activity.service';
import { Client } from '../clients/client.entity';
import type { RenderedEmail } from './email-templates';
import { OutboxEmail } from './outbox-email.entity';

export interface EmailToQueue {
  to: string;
  toName: string | null;
  locale: Locale;
  template: EmailTemplate;
  rendered: RenderedEmail;
  /** The client whose user receives it: their notifications switch decides. */
  clientId: string | null;
}

export type QueueOutcome =
  { queued: true; email: OutboxEmail } | { queued: false; reason: 'NOTIFICATIONS_OFF' };

/**
 * Queues an email in the caller's transaction. While a client's notifications
 * are off (the default), nothing goes to that client's users — password
 * resets included — and the withheld email is recorded in the activity log.
 * `now` is the moment of the change that sends it, from the caller's clock.
 */
export async function queueEmail(
  manager: EntityManager,
  caller: Caller,
  email: EmailToQueue,
  now: Date,
): Promise<QueueOutcome> {
  const client = email.clientId ? await manager.findOneBy(Client, { id: email.clientId }) : null;
  const entry = {
    at: now,
    clientId: email.clientId,
    entityType: 'Email',
    changes: [
      { field: 'to', before: null, after: email.to },
      { field: 'template', before: null, after: email.template },
    ],
  };
  if (client && !client.notificationsEnabled) {
    await recordActivity(manager, caller, {
      ...entry,
      entityId: client.id,
      action: ActivityAction.EMAIL_SUPPRESSED,
    });
    return { queued: false, reason: 'NOTIFICATIONS_OFF' };
  }
  const row = manager.create(OutboxEmail, {
    id: randomUUID(),
    to: email.to,
    toName: email.toName,
    locale: email.locale,
    template: email.template,
    subject: email.rendered.subject,
    text: email.rendered.text,
    html: email.rendered.html,
    clientId: email.clientId,
    status: EmailStatus.PENDING,
    attempts: 0,
    nextAttemptAt: now,
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    createdAt: now,
    sentAt: null,
  });
  await manager.insert(OutboxEmail, row);
  await recordActivity(manager, caller, { ...entry, entityId: row.id, action: ActivityAction.EMAIL_QUEUED });
  return { queued: true, email: row };
}

/** The outbox, newest first, for the console's Outbox page. */
export function listOutbox(
  dataSource: DataSource,
  args: { first?: number | null; after?: string | null; status?: EmailStatus | null },
): Promise<Connection<OutboxEmail>> {
  const qb = dataSource.getRepository(OutboxEmail).createQueryBuilder('e');
  if (args.status) qb.andWhere('e.status = :status', { status: args.status });
  return keysetPage(
    dataSource,
    OutboxEmail,
    qb,
    {
      sql: 'e.created_at',
      direction: 'DESC',
      instantColumn: dataSource.getMetadata(OutboxEmail).findColumnWithPropertyName('createdAt'),
    },
    args,
  );
}
