import type { DataSource, EntityManager } from 'typeorm';
import { ActivityAction, ActorType, ErrorCode } from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, notFound } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { accessEndedChanges, endAccess } from '../auth/end-access';
import { PartnerUser } from './partner.entity';
import type { PartnerUserRefInput } from './partner-user.input';

/**
 * An administrator turns a partner's user away (they left the partner, a
 * shared password leaked) or lets them back in, as with staff users: a
 * deactivated user's sign-in is refused like a wrong password, and every
 * session, API token and reset link they held ends at once.
 */
export class PartnerUserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async deactivate(input: PartnerUserRefInput, caller: Caller): Promise<PartnerUser> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.current(manager, input);
      if (current.deactivatedAt) return current;
      const now = this.clock.now();
      await this.write(manager, input, { deactivatedAt: now });
      const ended = await endAccess(manager, ActorType.PARTNER, current.id, now);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'PartnerUser',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes: [
          { field: 'deactivatedAt', before: null, after: now.toISOString() },
          ...accessEndedChanges(ended),
        ],
      });
      return manager.findOneByOrFail(PartnerUser, { id: current.id });
    });
  }

  /** Lets them sign in again, with a clean slate of failures; tokens revoked stay revoked. */
  async reactivate(input: PartnerUserRefInput, caller: Caller): Promise<PartnerUser> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.current(manager, input);
      if (!current.deactivatedAt) return current;
      await this.write(manager, input, { deactivatedAt: null, failedSignIns: 0, lockedUntil: null });
      await recordActivity(manager, caller, {
        at: this.clock.now(),
        clientId: null,
        entityType: 'PartnerUser',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'deactivatedAt', before: current.deactivatedAt.toISOString(), after: null }],
      });
      return manager.findOneByOrFail(PartnerUser, { id: current.id });
    });
  }

  private async current(manager: EntityManager, input: PartnerUserRefInput): Promise<PartnerUser> {
    const current = await manager.findOneBy(PartnerUser, { id: input.id });
    if (!current) throw notFound();
    if (current.version !== input.version) {
      throw new AppError(ErrorCode.CONFLICT, {
        details: { currentVersion: current.version, yourVersion: input.version },
      });
    }
    return current;
  }

  /** Only over the version read: of two administrators at once, the second gets CONFLICT. */
  private async write(manager: EntityManager, input: PartnerUserRefInput, values: Partial<PartnerUser>) {
    const result = await manager.update(PartnerUser, { id: input.id, version: input.version }, values);
    if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
  }
}
