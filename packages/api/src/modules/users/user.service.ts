import { randomUUID } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import {
  ActivityAction,
  ActorType,
  EmailTemplate,
  ErrorCode,
  FieldErrorCode,
  StaffRole,
  UserStatus,
  normalizeEmail,
  userRuleMessages,
  type Locale,
  type UserRule,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { currentScope } from '../../app/request-context';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { accessEndedChanges, endAccess } from '../auth/end-access';
import { OneTimePurpose, OneTimeToken } from '../auth/one-time-token.entity';
import { newSecret } from '../auth/secret-token';
import { staffInvitation } from '../email/email-templates';
import { queueEmail } from '../email/outbox.service';
import { withIdempotency } from '../idempotency/idempotency.service';
import { User } from './user.entity';
import type { CreateUserInput, UpdateMeInput, UpdateUserInput } from './user.input';

/** A new user has a week to choose a password (the link is the password-reset one). */
export const USER_INVITATION_TTL_MS = 7 * 86_400_000;

/** What the activity log records of a user's changes. */
const FIELDS = ['email', 'displayName', 'role', 'locale'];

/** Where an account stands, from what is stored: no status column to drift. */
export function userStatus(user: Pick<User, 'deactivatedAt' | 'passwordHash'>): UserStatus {
  if (user.deactivatedAt) return UserStatus.DEACTIVATED;
  return user.passwordHash ? UserStatus.ACTIVE : UserStatus.INVITED;
}

/** A rule about who may change whom, refused in the caller's language on the field concerned. */
function ruleBroken(rule: UserRule, path: string): AppError {
  const message = userRuleMessages[currentScope()?.locale ?? 'en'][rule];
  return new AppError(ErrorCode.BAD_USER_INPUT, {
    message,
    fields: [{ path, code: FieldErrorCode.INVALID_CHOICE, message }],
    details: { rule },
  });
}

const cleanName = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * The operator's staff: administrators add them (they choose their own
 * password from an emailed link), change their role, and deactivate them. A
 * deactivated user cannot sign in and every session and token they held ends.
 * One active administrator always remains, and nobody locks themselves out.
 */
export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  list(includeDeactivated: boolean): Promise<User[]> {
    return this.dataSource.getRepository(User).find({
      where: includeDeactivated ? {} : { deactivatedAt: IsNull() },
      order: { displayName: 'ASC' },
    });
  }

  async create(input: CreateUserInput, caller: Caller): Promise<User> {
    const email = normalizeEmail(input.email).toLowerCase();
    const now = this.clock.now();
    return withIdempotency(this.dataSource, caller, 'createUser', input, User, now, async (manager) => {
      if (await manager.existsBy(User, { email })) {
        throw badUserInput([fieldError('input.email', FieldErrorCode.ALREADY_TAKEN, { value: email })]);
      }
      const user = manager.create(User, {
        id: randomUUID(),
        email,
        displayName: cleanName(input.displayName),
        role: input.role,
        // Nothing matches an empty hash: the account opens once they choose a password.
        passwordHash: '',
        locale: input.locale,
        createdAt: now,
        updatedAt: now,
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: null,
        deactivatedAt: null,
      });
      await manager.insert(User, user);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'User',
        entityId: user.id,
        action: ActivityAction.CREATED,
        changes: fieldChanges(null, user as unknown as Record<string, unknown>, FIELDS),
      });
      await this.invite(manager, user, caller, now);
      return manager.findOneByOrFail(User, { id: user.id });
    });
  }

  /** The welcome email with a single-use set-password link: the password-reset flow, with a week to use it. */
  private async invite(manager: EntityManager, user: User, caller: Caller, now: Date): Promise<void> {
    const { secret, hash } = newSecret('pr');
    await manager.insert(OneTimeToken, {
      id: randomUUID(),
      tokenHash: hash,
      purpose: OneTimePurpose.PASSWORD_RESET,
      principalType: ActorType.STAFF,
      principalId: user.id,
      subjectId: null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + USER_INVITATION_TTL_MS),
      usedAt: null,
    });
    const locale = (user.locale === 'en' ? 'en' : 'fr') as Locale;
    await queueEmail(
      manager,
      caller,
      {
        to: user.email,
        toName: user.displayName,
        locale,
        template: EmailTemplate.STAFF_INVITATION,
        rendered: staffInvitation(locale, {
          name: user.displayName,
          invitedBy: caller.actor.name,
          email: user.email,
          link: `${this.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`,
          expiresInDays: USER_INVITATION_TTL_MS / 86_400_000,
        }),
        clientId: null,
      },
      now,
    );
  }

  async update(input: UpdateUserInput, caller: Caller, self: User): Promise<User> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(User, { id: input.id });
      if (!current) throw notFound();
      if (current.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: current.version, yourVersion: input.version },
        });
      }
      const values: Partial<User> = {};
      if (input.displayName) values.displayName = cleanName(input.displayName);
      if (input.locale) values.locale = input.locale;
      if (input.role && input.role !== current.role) {
        if (current.role === StaffRole.ADMIN) {
          if (current.id === self.id) throw ruleBroken('SELF_DEMOTE', 'input.role');
          if (!current.deactivatedAt) await this.assertAnotherActiveAdmin(manager, current.id, 'input.role');
        }
        values.role = input.role;
      }
      return this.apply(manager, current, values, caller);
    });
  }

  /**
   * Sends a user who has not chosen a password yet a new link (the old one
   * stops working): lost, expired, or sent to a mistyped address since fixed.
   */
  async resendInvitation(id: string, caller: Caller): Promise<User> {
    return inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOneBy(User, { id });
      if (!user) throw notFound();
      if (userStatus(user) !== UserStatus.INVITED) throw ruleBroken('NOT_INVITED', 'input.id');
      const now = this.clock.now();
      await manager.update(
        OneTimeToken,
        { principalType: ActorType.STAFF, principalId: user.id, usedAt: IsNull() },
        { usedAt: now },
      );
      await this.invite(manager, user, caller, now);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'User',
        entityId: user.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'invitation', before: null, after: 'resent' }],
      });
      return user;
    });
  }

  /** Their own name and language, for any signed-in staff user (the language menu). */
  async updateMe(self: User, input: UpdateMeInput, caller: Caller): Promise<User> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneByOrFail(User, { id: self.id });
      const values: Partial<User> = {};
      if (input.displayName) values.displayName = cleanName(input.displayName);
      if (input.locale) values.locale = input.locale;
      return this.apply(manager, current, values, caller);
    });
  }

  async deactivate(id: string, caller: Caller, self: User): Promise<User> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(User, { id });
      if (!current) throw notFound();
      if (current.id === self.id) throw ruleBroken('SELF_DEACTIVATE', 'input.id');
      if (current.deactivatedAt) return current;
      if (current.role === StaffRole.ADMIN)
        await this.assertAnotherActiveAdmin(manager, current.id, 'input.id');
      const now = this.clock.now();
      await manager.update(User, { id: current.id }, { deactivatedAt: now, updatedAt: now });
      const ended = await endAccess(manager, ActorType.STAFF, current.id, now);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'User',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes: [
          { field: 'deactivatedAt', before: null, after: now.toISOString() },
          ...accessEndedChanges(ended),
        ],
      });
      return manager.findOneByOrFail(User, { id: current.id });
    });
  }

  async reactivate(id: string, caller: Caller): Promise<User> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(User, { id });
      if (!current) throw notFound();
      if (!current.deactivatedAt) return current;
      const now = this.clock.now();
      await manager.update(
        User,
        { id: current.id },
        { deactivatedAt: null, failedSignIns: 0, lockedUntil: null, updatedAt: now },
      );
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'User',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'deactivatedAt', before: current.deactivatedAt.toISOString(), after: null }],
      });
      return manager.findOneByOrFail(User, { id: current.id });
    });
  }

  private async apply(
    manager: EntityManager,
    current: User,
    values: Partial<User>,
    caller: Caller,
  ): Promise<User> {
    const changes = fieldChanges(
      current as unknown as Record<string, unknown>,
      { ...current, ...values } as unknown as Record<string, unknown>,
      FIELDS,
    );
    if (changes.length === 0) return current;
    const now = this.clock.now();
    await manager.update(User, { id: current.id }, { ...values, updatedAt: now });
    await recordActivity(manager, caller, {
      at: now,
      clientId: null,
      entityType: 'User',
      entityId: current.id,
      action: ActivityAction.UPDATED,
      changes,
    });
    return manager.findOneByOrFail(User, { id: current.id });
  }

  /**
   * Refuses to take away the last active administrator. On MySQL the active
   * administrators' rows are locked first, so two administrators demoting
   * each other at the same moment cannot both succeed; SQLite transactions
   * already take turns (see `inTransaction`).
   */
  private async assertAnotherActiveAdmin(
    manager: EntityManager,
    leaving: string,
    path: string,
  ): Promise<void> {
    const query = manager
      .createQueryBuilder(User, 'u')
      .select('u.id')
      // Active: may sign in now (an invited administrator has no password yet).
      .where("u.role = :role AND u.deactivated_at IS NULL AND u.password_hash <> ''", {
        role: StaffRole.ADMIN,
      });
    if (this.dataSource.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const admins = await query.getMany();
    if (!admins.some((admin) => admin.id !== leaving)) throw ruleBroken('LAST_ADMIN', path);
  }
}
