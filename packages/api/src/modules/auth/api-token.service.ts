import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ActivityAction, ActorType, LIMITS, checkRequiredText } from '@clientele/shared';
import { Partner, PartnerUser } from '../partners/partner.entity';
import type { PartnerViewer } from './auth.service';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { entityRows } from '../../app/row-mapper';
import { badUserInput, fieldError, notFound } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { User } from '../users/user.entity';
import { ApiToken, type ApiTokenScope } from './api-token.entity';
import { hashSecret, newSecret } from './secret-token';

const TOUCH_EVERY_MS = 60_000;

export class ApiTokenService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Every token (administrators), or one owner's (a partner user sees its own). */
  list(ownerId?: string): Promise<ApiToken[]> {
    return this.dataSource
      .getRepository(ApiToken)
      .find({ where: ownerId ? { ownerId } : {}, order: { createdAt: 'DESC' } });
  }

  /** Creates a token for `owner`; the secret is returned here and never again. */
  async create(
    owner: { type: ActorType; id: string },
    name: string,
    scope: ApiTokenScope,
    caller: Caller,
  ): Promise<{ apiToken: ApiToken; secret: string }> {
    const problem = checkRequiredText(name, LIMITS.listItemName);
    if (problem) throw badUserInput([fieldError('input.name', problem.code, problem.params)]);
    return inTransaction(this.dataSource, async (manager) => {
      const { secret, hash } = newSecret('ct');
      const now = this.clock.now();
      const apiToken = manager.create(ApiToken, {
        id: randomUUID(),
        name: name.trim(),
        scope,
        tokenHash: hash,
        prefix: secret.slice(0, 10),
        ownerType: owner.type,
        ownerId: owner.id,
        createdAt: now,
        lastUsedAt: null,
        revokedAt: null,
      });
      await manager.insert(ApiToken, apiToken);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'ApiToken',
        entityId: apiToken.id,
        action: ActivityAction.CREATED,
        changes: [
          { field: 'name', before: null, after: apiToken.name },
          { field: 'scope', before: null, after: scope },
        ],
      });
      return { apiToken, secret };
    });
  }

  async revoke(id: string, caller: Caller, ownerId?: string): Promise<ApiToken> {
    return inTransaction(this.dataSource, async (manager) => {
      const token = await manager.findOneBy(ApiToken, { id });
      if (!token || (ownerId && token.ownerId !== ownerId)) throw notFound();
      if (token.revokedAt) return token;
      const revokedAt = this.clock.now();
      await manager.update(ApiToken, { id }, { revokedAt });
      await recordActivity(manager, caller, {
        at: revokedAt,
        clientId: null,
        entityType: 'ApiToken',
        entityId: id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'revokedAt', before: null, after: revokedAt.toISOString() }],
      });
      return { ...token, revokedAt };
    });
  }

  /** The live token and its owner for a secret, recording its use; null for anything else. */
  async resolve(
    secret: string,
  ): Promise<{ token: ApiToken; owner: User | null; partner: PartnerViewer | null } | null> {
    // Every call of a program asks this first: the token and whoever holds it, in one read.
    const tokens = entityRows(this.dataSource, ApiToken);
    const partnerUsers = entityRows(this.dataSource, PartnerUser);
    const partners = entityRows(this.dataSource, Partner);
    const staff = entityRows(this.dataSource, User);
    const [row] = await this.dataSource
      .createQueryBuilder()
      .select(
        [tokens.select('t'), partnerUsers.select('pu'), partners.select('p'), staff.select('u')].join(', '),
      )
      .from(ApiToken, 't')
      .leftJoin(PartnerUser, 'pu', 't.owner_type = :partner AND pu.id = t.owner_id', {
        partner: ActorType.PARTNER,
      })
      .leftJoin(Partner, 'p', 'p.id = pu.partner_id')
      .leftJoin(User, 'u', 't.owner_type <> :partner AND u.id = t.owner_id')
      .where('t.token_hash = :hash', { hash: hashSecret(secret) })
      .andWhere('t.revoked_at IS NULL')
      .getRawMany<Record<string, unknown>>();
    const token = row ? tokens.read(row, 't') : null;
    if (!token) return null;
    let owner: User | null = null;
    let partner: PartnerViewer | null = null;
    if (token.ownerType === ActorType.PARTNER) {
      const user = partnerUsers.read(row!, 'pu');
      const organisation = partners.read(row!, 'p');
      if (!user || user.deactivatedAt || !organisation) return null;
      partner = { user, partner: organisation };
    } else {
      owner = staff.read(row!, 'u');
      if (!owner || owner.deactivatedAt) return null;
    }
    const now = this.clock.now();
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.getRepository(ApiToken).update({ id: token.id }, { lastUsedAt: now });
    }
    return { token, owner, partner };
  }
}
