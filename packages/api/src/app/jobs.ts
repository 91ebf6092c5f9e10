import { SYSTEM_ACTOR } from './actor';
import type { Services } from './context';
import { logger } from './logger';
import { purgeIdempotencyKeys } from '../modules/idempotency/idempotency.service';

export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * One pass of housekeeping: clients past their retention, old idempotency
 * keys, invitations gone stale, reset requests counted out, acting sessions
 * that ended, sessions and links long dead.
 */
export async function runPurge(services: Services, now = services.clock.now()): Promise<void> {
  const clients = await services.clients.purgeDeleted({ actor: SYSTEM_ACTOR, requestId: null }, now);
  const keys = await purgeIdempotencyKeys(services.dataSource, now);
  const invitations =
    (await services.access.expireInvitations(now)) + (await services.partners.expireInvitations(now));
  const resetRequests = await services.auth.purgeResetRequests(now);
  // Acting sessions are closed (and recorded) before ended sessions are forgotten.
  const actingSessionsClosed = await services.auth.closeEndedActing(now);
  const forgotten = await services.auth.purgeEndedSessionsAndLinks(now);
  if (
    clients ||
    keys ||
    invitations ||
    resetRequests ||
    actingSessionsClosed ||
    forgotten.sessions ||
    forgotten.links
  ) {
    logger.info(
      {
        clients,
        idempotencyKeys: keys,
        expiredInvitations: invitations,
        resetRequests,
        actingSessionsClosed,
        endedSessions: forgotten.sessions,
        expiredLinks: forgotten.links,
      },
      'purged expired data',
    );
  }
}

/**
 * Runs the purge now and every hour. Several API instances may run it at
 * once: each pass deletes only what has expired, so a second pass finds
 * nothing left to do.
 */
export function startPurgeJob(services: Services, intervalMs = PURGE_INTERVAL_MS): () => void {
  const pass = () => {
    runPurge(services).catch((error: unknown) =>
      logger.error({ err: error }, 'purge failed; retrying next hour'),
    );
  };
  pass();
  const timer = setInterval(pass, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
