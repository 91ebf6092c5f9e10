import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import {
  ActivityAction,
  ActorType,
  ErrorCode,
  FieldErrorCode,
  authMessages,
  checkPassword,
  type Locale,
} from '@clientele/shared';
import type { Actor, Caller } from '../../app/actor';
import { AppError, badUserInput, fieldError } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { passwordReset } from '../email/email-templates';
import { queueEmail } from '../email/outbox.service';
import { User } from '../users/user.entity';
import { OneTimePurpose, OneTimeToken } from './one-time-token.entity';
import { hashPassword, needsRehash, verifyPassword } from './password-hashing';
import { hashSecret, newSecret } from './secret-token';
import { Session, SessionKind } from './session.entity';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;
/** Console sessions end after 12 hours unused; app sessions after 30 days unused. */
export const SESSION_IDLE_MS: Record<SessionKind, number> = {
  COOKIE: 12 * 3600_000,
  BEARER: 30 * 86_400_000,
};
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedIn {
  session: Session;
  /** The session token: set as the cookie, or handed to the app once. */
  secret: string;
  user: User;
}

export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

const invalidCredentials = (locale: Locale) =>
  new AppError(ErrorCode.UNAUTHENTICATED, { message: authMessages[locale].INVALID_CREDENTIALS });
export const invalidLink = (locale: Locale) =>
  new AppError(ErrorCode.BAD_USER_INPUT, {
    message: authMessages[locale].INVALID_LINK,
    fields: [
      {
        path: 'input.token',
        code: FieldErrorCode.INVALID_REFERENCE,
        message: authMessages[locale].INVALID_LINK,
      },
    ],
  });

export const staffActor = (user: User): Actor => ({
  type: ActorType.STAFF,
  id: user.id,
  name: user.displayName,
});

/**
 * Sign-in, sessions and passwords for staff users. Unknown accounts, wrong
 * passwords and locked accounts get the same answer in about the same time.
 */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publicUrl: string,
  ) {}

  async signIn(
    login: string,
    password: string,
    kind: SessionKind,
    origin: RequestOrigin,
    locale: Locale,
  ): Promise<SignedIn> {
    const users = this.dataSource.getRepository(User);
    const user = await users.findOneBy({ email: login.trim().toLowerCase() });
    const now = new Date();
    const locked = Boolean(user?.lockedUntil && user.lockedUntil > now);
    const valid = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || locked || !valid) {
      if (user && !locked) await this.recordFailure(user, origin);
      throw invalidCredentials(locale);
    }
    return inTransaction(this.dataSource, async (manager) => {
      await manager.update(
        User,
        { id: user.id },
        {
          failedSignIns: 0,
          lockedUntil: null,
          lastSignInAt: now,
          ...(needsRehash(user.passwordHash) ? { passwordHash: await hashPassword(password) } : {}),
        },
      );
      const { session, secret } = await this.openSession(manager, user, kind, origin);
      return { session, secret, user };
    });
  }

  private async recordFailure(user: User, origin: RequestOrigin): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const failures = user.failedSignIns + 1;
      const lock = failures >= MAX_FAILED_SIGN_INS;
      await manager.update(
        User,
        { id: user.id },
        {
          failedSignIns: lock ? 0 : failures,
          lockedUntil: lock ? new Date(Date.now() + LOCKOUT_MS) : null,
        },
      );
      if (lock) {
        await recordActivity(
          manager,
          { actor: staffActor(user), requestId: null },
          {
            clientId: null,
            entityType: 'User',
            entityId: user.id,
            action: ActivityAction.UPDATED,
            changes: [
              { field: 'lockedUntil', before: null, after: new Date(Date.now() + LOCKOUT_MS).toISOString() },
              { field: 'signInIp', before: null, after: origin.ip },
            ],
          },
        );
      }
    });
  }

  private async openSession(
    manager: EntityManager,
    user: User,
    kind: SessionKind,
    origin: RequestOrigin,
  ): Promise<{ session: Session; secret: string }> {
    const { secret, hash } = newSecret(kind === SessionKind.COOKIE ? 'cs' : 'cb');
    const now = new Date();
    const session = manager.create(Session, {
      id: randomUUID(),
      tokenHash: hash,
      principalType: ActorType.STAFF,
      principalId: user.id,
      kind,
      userAgent: origin.userAgent?.slice(0, 200) ?? null,
      ip: origin.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS[kind]),
      revokedAt: null,
    });
    await manager.insert(Session, session);
    return { session, secret };
  }

  /** The live session a token opens, sliding its expiry; null for anything else. */
  async resolve(secret: string): Promise<{ session: Session; user: User } | null> {
    const now = new Date();
    const session = await this.dataSource
      .getRepository(Session)
      .findOneBy({ tokenHash: hashSecret(secret), revokedAt: IsNull(), expiresAt: MoreThan(now) });
    if (!session || session.principalType !== ActorType.STAFF) return null;
    const user = await this.dataSource.getRepository(User).findOneBy({ id: session.principalId });
    if (!user) return null;
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource
        .getRepository(Session)
        .update(
          { id: session.id },
          { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS[session.kind]) },
        );
    }
    return { session, user };
  }

  openSessions(userId: string): Promise<Session[]> {
    return this.dataSource.getRepository(Session).find({
      where: { principalId: userId, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      order: { lastSeenAt: 'DESC' },
    });
  }

  async signOut(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { revokedAt: new Date() });
  }

  /** Ends every session of a user but `keep` (after a password change, or from the console). */
  async revokeSessions(manager: EntityManager, userId: string, keep?: string): Promise<void> {
    const sessions = await manager.findBy(Session, { principalId: userId, revokedAt: IsNull() });
    const now = new Date();
    for (const session of sessions) {
      if (session.id !== keep) await manager.update(Session, { id: session.id }, { revokedAt: now });
    }
  }

  async changePassword(
    user: User,
    current: string,
    next: string,
    sessionId: string | null,
    caller: Caller,
  ): Promise<void> {
    const problem = checkPassword(next, user.email);
    if (problem) throw badUserInput([fieldError('input.newPassword', problem.code, problem.params)]);
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw badUserInput([fieldError('input.currentPassword', FieldErrorCode.INVALID_REFERENCE)]);
    }
    await inTransaction(this.dataSource, async (manager) => {
      await manager.update(
        User,
        { id: user.id },
        { passwordHash: await hashPassword(next), updatedAt: new Date() },
      );
      await this.revokeSessions(manager, user.id, sessionId ?? undefined);
      await recordActivity(manager, caller, {
        clientId: null,
        entityType: 'User',
        entityId: user.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'password', before: '••••', after: '••••' }],
      });
    });
  }

  /**
   * Sends a reset link if the address is a user's; answers the same either
   * way, so the form tells nobody who has an account.
   */
  async requestPasswordReset(email: string, caller: Caller): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
    if (!user) return;
    await inTransaction(this.dataSource, async (manager) => {
      const { secret, hash } = newSecret('pr');
      const now = new Date();
      await manager.insert(OneTimeToken, {
        id: randomUUID(),
        tokenHash: hash,
        purpose: OneTimePurpose.PASSWORD_RESET,
        principalType: ActorType.STAFF,
        principalId: user.id,
        subjectId: null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
        usedAt: null,
      });
      const locale = (user.locale === 'en' ? 'en' : 'fr') as Locale;
      await queueEmail(manager, caller, {
        to: user.email,
        toName: user.displayName,
        locale,
        template: 'password-reset',
        rendered: passwordReset(locale, {
          name: user.displayName,
          link: `${this.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`,
          expiresInMinutes: PASSWORD_RESET_TTL_MS / 60_000,
        }),
        clientId: null,
      });
    });
  }

  /**
   * Spends a single-use link: expired, used and unknown links all get the
   * same refusal, and of two simultaneous uses exactly one gets through.
   */
  async spendToken(
    manager: EntityManager,
    secret: string,
    purpose: OneTimePurpose,
    locale: Locale,
  ): Promise<OneTimeToken> {
    const now = new Date();
    const token = await manager.findOneBy(OneTimeToken, { tokenHash: hashSecret(secret), purpose });
    if (!token) throw invalidLink(locale);
    const spent = await manager
      .createQueryBuilder()
      .update(OneTimeToken)
      .set({ usedAt: now })
      .where('id = :id AND used_at IS NULL AND expires_at > :now', { id: token.id, now })
      .execute();
    if (!spent.affected) throw invalidLink(locale);
    return token;
  }

  async resetPassword(secret: string, password: string, caller: Caller, locale: Locale): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const token = await this.spendToken(manager, secret, OneTimePurpose.PASSWORD_RESET, locale);
      const user = await manager.findOneByOrFail(User, { id: token.principalId });
      const problem = checkPassword(password, user.email);
      if (problem) throw badUserInput([fieldError('input.password', problem.code, problem.params)]);
      await manager.update(
        User,
        { id: user.id },
        {
          passwordHash: await hashPassword(password),
          failedSignIns: 0,
          lockedUntil: null,
          updatedAt: new Date(),
        },
      );
      await this.revokeSessions(manager, user.id);
      await recordActivity(
        manager,
        { ...caller, actor: staffActor(user) },
        {
          clientId: null,
          entityType: 'User',
          entityId: user.id,
          action: ActivityAction.UPDATED,
          changes: [{ field: 'password', before: '••••', after: '••••' }],
        },
      );
    });
  }
}
