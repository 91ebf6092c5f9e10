import type { EntityManager } from 'typeorm';
import { Client } from './client.entity';

/**
 * Moves clients on in the update order (`updatedAt`) when something of their
 * file changes outside the client row — a contact linked or edited, the
 * partner's access answered — so a mirror reading `updatedSince` reads them
 * again. Their version stays as it is: the Info, Terms and CRM tabs someone
 * is editing are not stale for it. Never backwards: a transaction stamped
 * earlier that commits later leaves a later stamp in place.
 */
export async function touchClientFiles(
  manager: EntityManager,
  of: { clientId: string } | { contactId: string },
  now: Date,
): Promise<void> {
  // Plain SQL: TypeORM's update would raise the version column with it.
  const stamp = manager.connection.driver.preparePersistentValue(
    now,
    manager.connection.getMetadata(Client).findColumnWithPropertyName('updatedAt')!,
  );
  const set = 'UPDATE client SET updated_at = CASE WHEN updated_at < ? THEN ? ELSE updated_at END';
  await ('clientId' in of
    ? manager.query(`${set} WHERE id = ?`, [stamp, stamp, of.clientId])
    : manager.query(
        `${set} WHERE id IN (SELECT cc.client_id FROM client_contact cc WHERE cc.contact_id = ?)`,
        [stamp, stamp, of.contactId],
      ));
}
