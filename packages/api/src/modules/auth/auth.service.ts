import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThanOrEqual, MoreThan, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  AccessStatus,
  ActivityAction,
  DEFAULT_LOCALE,
  ActorType,
  EmailTemplate,
  ipInRange,
  parseCidr,
  parseIp,
  ErrorCode,
  FieldErrorCode,
  SignInRefusalReason,
  authMessages,
  checkPassword,
  type Locale,
} from '@clientele/shared';
import { SYSTEM_ACTOR, type Actor, type Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { logger } from '../../app/logger';
import { currentScope } from '../../app/request-context';
import { entityRows } from '../../app/row-mapper';
import { recordActivity } from '../activity/activity.service';
import { passwordReset } from '../email/email-templates';
import { queueEmail } from '../email/outbox.service';
import { User } from '../users/user.entity';
import { AccessGrant } from '../access/access-grant.entity';
import { PortalAccount } from '../access/portal-account.entity';
import { Client } from '../clients/client.entity';
import { Contact } from '../contacts/contact.entity';
import { Partner, PartnerUser } from '../partners/partner.entity';
import { OneTimePurpose, OneTimeToken } from './one-time-token.entity';
import { spendOnce } from './single-use-link';
import { PasswordResetRequest } from './reset-request.entity';
import { hashPassword, makeDecoyHash, needsRehash, verifyPassword } from './password-hashing';
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
/**
 * Password reset requests accepted per hour, per address asked for (a
 * mailbox is not flooded) and per address of origin (nobody sweeps the
 * address book); the ones past a limit are answered alike and send nothing.
 */
export const RESET_LIMITS = { perAddress: 3, perOrigin: 20, windowMs: 3_600_000 } as const;
/**
 * Ended sessions and dead single-use links are kept this long after they end
 * (a question about who was signed in from where last month can still be
 * answered), then forgotten by the hourly job.
 */
export const ENDED_SESSIONS_AND_LINKS_KEPT_MS = 90 * 86_400_000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

/** A contact as the activity log names them. */
const personName = (contact: Contact): string => `${contact.firstName} ${contact.lastName}`;

export interface SignedIn {
  session: Session;
  /** The session token: set as the cookie, or handed to the app once. */
  secret: string;
  /** The staff user signed in, or null for a client contact. */
  user: User | null;
  /** The client contact signed in, or null for staff. */
  account: PortalAccount | null;
  /** The partner user signed in, if that is who it is. */
  partnerUser?: PartnerUser | null;
}

/** A client contact's session: who, and which client files they may see from where they are. */
export interface PortalViewer {
  account: PortalAccount;
  contact: Contact;
  /** Clients whose access is active and whose IP allow-list admits this request. */
  clientIds: string[];
  /** The administrator acting as this contact, if that is what is happening. */
  actingFor: User | null;
}

/** Who a password reset email goes to, and the client it is sent on behalf of (for a contact). */
interface ResetRecipient {
  type: ActorType;
  id: string;
  email: string;
  name: string;
  locale: Locale;
  clientId: string | null;
}

/** Whose sessions and password: a staff user, a partner user or a contact's portal account. */
export interface Principal {
  type: ActorType;
  id: string;
}

/** A partner user's session: who, and for which organisation. */
export interface PartnerViewer {
  user: PartnerUser;
  partner: Partner;
}

/** An administrator acting as a contact sees every active access, wherever they sit. */
const ACTING_AS = 'acting-as';

/** Acting sessions are short: an administrator looks, then comes back. */
export const ACTING_TTL_MS = 60 * 60_000;

/** Whether an access admits a request from `ip` (no list: anywhere). */
export function admits(grant: AccessGrant, ip: string | null): boolean {
  if (ip === ACTING_AS) return true;
  if (grant.ipAllowList.length === 0) return true;
  const address = ip ? parseIp(ip) : null;
  return Boolean(
    address &&
    grant.ipAllowList.some((range) => {
      const cidr = parseCidr(range);
      return cidr ? ipInRange(address, cidr) : false;
    }),
  );
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
  /** Verified in place of a missing hash; started now, so it is ready before the first sign-in. */
  private readonly decoy = makeDecoyHash();

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publicUrl: string,
  ) {}

  /**
   * Resolves once the decoy hash is made: from then on, an unknown account's
   * sign-in costs one argon2 verification, as a wrong password does. Start-up
   * waits for it before it listens, and tests before they count the work.
   */
  async ready(): Promise<void> {
    await this.decoy;
  }

  async signIn(
    login: string,
    password: string,
    kind: SessionKind,
    origin: RequestOrigin,
    locale: Locale,
  ): Promise<SignedIn> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: login.trim().toLowerCase() });
    if (!user) {
      const partnerUser = await this.dataSource
        .getRepository(PartnerUser)
        .findOneBy({ email: login.trim().toLowerCase() });
      if (partnerUser) return this.signInPartner(partnerUser, password, kind, origin, locale);
      const account = await this.dataSource.getRepository(PortalAccount).findOne({
        where: [{ userCode: login.trim().toUpperCase() }, { emailKey: login.trim().toLowerCase() }],
      });
      if (account) return this.signInContact(account, password, kind, origin, locale);
    }
    const now = this.clock.now();
    const locked = Boolean(user?.lockedUntil && user.lockedUntil > now);
    const valid = await verifyPassword(user?.passwordHash ?? null, password, this.decoy);
    // A deactivated account is refused like a wrong password: the answer tells nobody it exists.
    if (!user || locked || !valid || user.deactivatedAt) {
      if (user && !locked && !valid) await this.recordFailure(User, user, origin);
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
          // Signing in is bookkeeping, not an edit: an administrator editing this user meanwhile
          // must not get a conflict for it (TypeORM would bump the version otherwise).
          version: () => 'version',
        },
      );
      const { session, secret } = await this.openSession(manager, ActorType.STAFF, user.id, kind, origin);
      return { session, secret, user, account: null };
    });
  }

  private async signInPartner(
    partnerUser: PartnerUser,
    password: string,
    kind: SessionKind,
    origin: RequestOrigin,
    locale: Locale,
  ): Promise<SignedIn> {
    const now = this.clock.now();
    const locked = Boolean(partnerUser.lockedUntil && partnerUser.lockedUntil > now);
    // Verified even when locked: a locked account must not answer faster than a wrong password.
    const valid = await verifyPassword(partnerUser.passwordHash, password, this.decoy);
    // A deactivated user is refused like a wrong password: the answer tells nobody the account exists.
    if (locked || !valid || partnerUser.deactivatedAt) {
      if (!locked && !valid) await this.recordFailure(PartnerUser, partnerUser, origin);
      throw invalidCredentials(locale);
    }
    return inTransaction(this.dataSource, async (manager) => {
      await manager.update(
        PartnerUser,
        { id: partnerUser.id },
        // Bookkeeping, not an edit: an administrator deactivating this user meanwhile gets no conflict for it.
        { failedSignIns: 0, lockedUntil: null, lastSignInAt: now, version: () => 'version' },
      );
      const { session, secret } = await this.openSession(
        manager,
        ActorType.PARTNER,
        partnerUser.id,
        kind,
        origin,
      );
      return { session, secret, user: null, account: null, partnerUser };
    });
  }

  /**
   * A client contact signs in only to clients whose access is active and
   * whose IP allow-list admits them; a right password from the wrong place is
   * refused like a wrong one, and recorded on each client concerned.
   */
  private async signInContact(
    account: PortalAccount,
    password: string,
    kind: SessionKind,
    origin: RequestOrigin,
    locale: Locale,
  ): Promise<SignedIn> {
    const now = this.clock.now();
    const locked = Boolean(account.lockedUntil && account.lockedUntil > now);
    const valid = await verifyPassword(account.passwordHash, password, this.decoy);
    if (locked || !valid) {
      if (!locked && account.passwordHash) await this.recordFailure(PortalAccount, account, origin);
      throw invalidCredentials(locale);
    }
    const grants = await this.dataSource
      .getRepository(AccessGrant)
      .findBy({ accountId: account.id, status: AccessStatus.ACTIVE });
    const admitted = grants.filter((g) => admits(g, origin.ip));
    if (admitted.length === 0) {
      const contact = await this.dataSource.getRepository(Contact).findOneBy({ id: account.contactId });
      await inTransaction(this.dataSource, async (manager) => {
        const actor = {
          type: ActorType.CONTACT,
          id: account.id,
          name: contact ? personName(contact) : account.userCode,
        };
        for (const grant of grants) {
          await recordActivity(
            manager,
            { actor, requestId: null },
            {
              at: now,
              clientId: grant.clientId,
              entityType: 'AccessGrant',
              entityId: grant.id,
              action: ActivityAction.SIGN_IN_REFUSED,
              changes: [
                { field: 'ip', before: null, after: origin.ip },
                { field: 'reason', before: null, after: SignInRefusalReason.IP_NOT_ALLOWED },
              ],
            },
          );
        }
      });
      throw invalidCredentials(locale);
    }
    return inTransaction(this.dataSource, async (manager) => {
      await manager.update(
        PortalAccount,
        { id: account.id },
        { failedSignIns: 0, lockedUntil: null, lastSignInAt: now },
      );
      for (const grant of admitted)
        // Bookkeeping, not an edit: staff changing this access meanwhile get no conflict for it.
        await manager.update(AccessGrant, { id: grant.id }, { lastSignInAt: now, version: () => 'version' });
      const { session, secret } = await this.openSession(
        manager,
        ActorType.CONTACT,
        account.id,
        kind,
        origin,
      );
      return { session, secret, user: null, account };
    });
  }

  /**
   * Counts a wrong password; the fifth in a row locks the account a while.
   * The count is raised in SQL and read back in the same transaction, so
   * guesses fired in parallel each count (a value read before verifying
   * would be stale by the time it is written back).
   */
  private async recordFailure(
    entity: typeof User | typeof PortalAccount | typeof PartnerUser,
    principal: { id: string },
    origin: RequestOrigin,
  ): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      // Bookkeeping, not an edit: an administrator editing this account meanwhile gets no conflict for it.
      const keepVersion = manager.connection.getMetadata(entity).versionColumn
        ? { version: () => 'version' }
        : {};
      const counted = await manager
        .createQueryBuilder()
        .update(entity)
        .set({ failedSignIns: () => 'failed_sign_ins + 1', ...keepVersion })
        // A locked account counts nothing more: its lock does not slide with each guess.
        .where('id = :id AND (locked_until IS NULL OR locked_until <= :now)', { id: principal.id, now })
        .execute();
      if (!counted.affected) return;
      // Read after our own UPDATE: the row is ours until commit (MySQL), or the turn is (SQLite).
      const { failedSignIns } = await manager
        .getRepository<{ id: string; failedSignIns: number }>(entity)
        .findOneOrFail({ where: { id: principal.id }, select: { failedSignIns: true } });
      if (failedSignIns < MAX_FAILED_SIGN_INS) return;
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ failedSignIns: 0, lockedUntil, ...keepVersion })
        .where('id = :id', { id: principal.id })
        .execute();
      await recordActivity(
        manager,
        { actor: SYSTEM_ACTOR, requestId: null },
        {
          at: now,
          clientId: null,
          entityType: entity.name,
          entityId: principal.id,
          action: ActivityAction.UPDATED,
          changes: [
            { field: 'lockedUntil', before: null, after: lockedUntil.toISOString() },
            { field: 'signInIp', before: null, after: origin.ip },
          ],
        },
      );
    });
  }

  private async openSession(
    manager: EntityManager,
    principalType: ActorType,
    principalId: string,
    kind: SessionKind,
    origin: RequestOrigin,
  ): Promise<{ session: Session; secret: string }> {
    const { secret, hash } = newSecret(kind === SessionKind.COOKIE ? 'cs' : 'cb');
    const now = this.clock.now();
    const session = manager.create(Session, {
      id: randomUUID(),
      tokenHash: hash,
      principalType,
      principalId,
      kind,
      userAgent: origin.userAgent?.slice(0, 200) ?? null,
      ip: origin.ip,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_IDLE_MS[kind]),
      revokedAt: null,
      actingForUserId: null,
    });
    await manager.insert(Session, session);
    return { session, secret };
  }

  /**
   * The live session a token opens, and who holds it, sliding its expiry; null
   * for anything else. A client contact's visible clients are worked out here,
   * from this request's address, on every request.
   */
  async resolve(
    secret: string,
    ip: string | null = null,
  ): Promise<{
    session: Session;
    user: User | null;
    portal: PortalViewer | null;
    partner: PartnerViewer | null;
  } | null> {
    const now = this.clock.now();
    // Every request asks this first: the session and, for staff (most requests), its user, in one read.
    const sessions = entityRows(this.dataSource, Session);
    const staff = entityRows(this.dataSource, User);
    const [row] = await this.dataSource
      .createQueryBuilder()
      .select(`${sessions.select('s')}, ${staff.select('u')}`)
      .from(Session, 's')
      .leftJoin(User, 'u', 's.principal_type = :staff AND u.id = s.principal_id', { staff: ActorType.STAFF })
      .where('s.token_hash = :hash', { hash: hashSecret(secret) })
      .andWhere('s.revoked_at IS NULL')
      .andWhere('s.expires_at > :now', { now })
      .getRawMany<Record<string, unknown>>();
    const session = row ? sessions.read(row, 's') : null;
    if (!session) return null;
    let user: User | null = null;
    let portal: PortalViewer | null = null;
    let partner: PartnerViewer | null = null;
    if (session.principalType === ActorType.STAFF) {
      user = staff.read(row!, 'u');
      if (!user || user.deactivatedAt) return null;
    } else if (session.principalType === ActorType.CONTACT) {
      const { account, contact } = await this.accountWithContact(session.principalId);
      if (!account || !contact) return null;
      const grants = await this.dataSource
        .getRepository(AccessGrant)
        .findBy({ accountId: account.id, status: AccessStatus.ACTIVE });
      const actingFor = session.actingForUserId
        ? await this.dataSource.getRepository(User).findOneBy({ id: session.actingForUserId })
        : null;
      if (session.actingForUserId && (!actingFor || actingFor.deactivatedAt)) return null;
      const from = actingFor ? ACTING_AS : ip;
      portal = {
        account,
        contact,
        clientIds: grants.filter((g) => admits(g, from)).map((g) => g.clientId),
        actingFor,
      };
    } else if (session.principalType === ActorType.PARTNER) {
      const partnerUser = await this.dataSource
        .getRepository(PartnerUser)
        .findOneBy({ id: session.principalId });
      const organisation = partnerUser
        ? await this.dataSource.getRepository(Partner).findOneBy({ id: partnerUser.partnerId })
        : null;
      if (!partnerUser || partnerUser.deactivatedAt || !organisation) return null;
      partner = { user: partnerUser, partner: organisation };
    } else {
      return null;
    }
    if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
      // Acting as a contact (seed 003) ends an hour after it began, however busy: it never slides.
      const expiresAt = session.actingForUserId
        ? session.expiresAt
        : new Date(now.getTime() + SESSION_IDLE_MS[session.kind]);
      await this.dataSource.getRepository(Session).update({ id: session.id }, { lastSeenAt: now, expiresAt });
    }
    return { session, user, portal, partner };
  }

  /**
   * Opens a short session in which an administrator sees the console exactly
   * as a client contact does (seed 003); every action in it is recorded as
   * the contact, on behalf of the administrator.
   */
  async actAs(
    admin: User,
    grantId: string,
    origin: RequestOrigin,
    caller: Caller,
  ): Promise<{ session: Session; secret: string }> {
    return inTransaction(this.dataSource, async (manager) => {
      const grant = await manager.findOneBy(AccessGrant, { id: grantId, status: AccessStatus.ACTIVE });
      if (!grant) throw badUserInput([fieldError('input.accessId', FieldErrorCode.INVALID_REFERENCE)]);
      const { session, secret } = await this.openSession(
        manager,
        ActorType.CONTACT,
        grant.accountId,
        SessionKind.COOKIE,
        origin,
      );
      const expiresAt = new Date(session.createdAt.getTime() + ACTING_TTL_MS);
      await manager.update(
        Session,
        { id: session.id },
        { actingForUserId: admin.id, actingGrantId: grant.id, expiresAt },
      );
      const contact = await manager.findOneByOrFail(Contact, { id: grant.contactId });
      await recordActivity(manager, caller, {
        at: session.createdAt,
        clientId: grant.clientId,
        entityType: 'AccessGrant',
        entityId: grant.id,
        action: ActivityAction.ACTING_AS_STARTED,
        changes: [{ field: 'actingAs', before: null, after: personName(contact) }],
      });
      return {
        session: { ...session, actingForUserId: admin.id, actingGrantId: grant.id, expiresAt },
        secret,
      };
    });
  }

  /**
   * Ends an acting session and records the return on the file it was opened
   * from, as the contact on behalf of the administrator, like everything done
   * in it.
   */
  async stopActing(session: Session, caller: Caller): Promise<void> {
    const now = this.clock.now();
    await this.endActing(session, caller, ActivityAction.ACTING_AS_STOPPED, now, now);
  }

  /**
   * Closes the acting sessions that ended without the administrator coming
   * back (their hour ran out; or `endAccess`, or an access no longer live,
   * cut them short) and records each on its file, as the contact on behalf
   * of the administrator: without this the file would show an administrator
   * who never left. Written when found (the log only appends), within the
   * hour of the end. Answers how many were closed.
   */
  async closeEndedActing(now = this.clock.now()): Promise<number> {
    const ended = await this.dataSource.getRepository(Session).find({
      // Every acting session has both; the grant says which file to record the end on.
      where: {
        actingForUserId: Not(IsNull()),
        actingGrantId: Not(IsNull()),
        revokedAt: IsNull(),
        expiresAt: LessThanOrEqual(now),
      },
    });
    let closed = 0;
    for (const session of ended) {
      const { account, contact } = await this.accountWithContact(session.principalId);
      const actor: Actor = {
        type: ActorType.CONTACT,
        id: session.principalId,
        name: contact ? personName(contact) : (account?.userCode ?? `#${session.principalId.slice(0, 8)}`),
        onBehalfOf: { type: ActorType.STAFF, id: session.actingForUserId! },
      };
      const caller = { actor, requestId: null };
      if (await this.endActing(session, caller, ActivityAction.ACTING_AS_ENDED, session.expiresAt, now))
        closed += 1;
    }
    return closed;
  }

  /** A contact's portal account and the contact it belongs to, either null when gone. */
  private async accountWithContact(
    accountId: string,
  ): Promise<{ account: PortalAccount | null; contact: Contact | null }> {
    const account = await this.dataSource.getRepository(PortalAccount).findOneBy({ id: accountId });
    const contact = account
      ? await this.dataSource.getRepository(Contact).findOneBy({ id: account.contactId })
      : null;
    return { account, contact };
  }

  /**
   * Ends one acting session as of `endedAt` and records it once, as found at
   * `now`: a second tab coming back, or another instance's job, finds it
   * ended and records nothing.
   */
  private endActing(
    session: Session,
    caller: Caller,
    action: ActivityAction.ACTING_AS_STOPPED | ActivityAction.ACTING_AS_ENDED,
    endedAt: Date,
    now: Date,
  ): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const { affected } = await manager.update(
        Session,
        { id: session.id, revokedAt: IsNull() },
        { revokedAt: endedAt },
      );
      if (!affected) return false;
      const grant = session.actingGrantId
        ? await manager.findOneBy(AccessGrant, { id: session.actingGrantId })
        : null;
      if (!grant) return true;
      const contact = await manager.findOneBy(Contact, { id: grant.contactId });
      await recordActivity(manager, caller, {
        at: now,
        clientId: grant.clientId,
        entityType: 'AccessGrant',
        entityId: grant.id,
        action,
        changes: [{ field: 'actingAs', before: contact ? personName(contact) : null, after: null }],
      });
      return true;
    });
  }

  /**
   * A person's open sessions: the ones they signed in to themselves. An
   * administrator acting as a contact holds a session in the contact's name;
   * it is the administrator's, not the contact's to see or end.
   */
  openSessions(principal: Principal): Promise<Session[]> {
    return this.dataSource.getRepository(Session).find({
      where: {
        principalType: principal.type,
        principalId: principal.id,
        actingForUserId: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(this.clock.now()),
      },
      order: { lastSeenAt: 'DESC' },
    });
  }

  /** Ends every open session of the person but `keep`, at once; answers how many ended. */
  async endOtherSessions(principal: Principal, keep: string | null): Promise<number> {
    const now = this.clock.now();
    const query = this.dataSource
      .createQueryBuilder()
      .update(Session)
      .set({ revokedAt: now })
      .where('principal_type = :type AND principal_id = :id', principal)
      .andWhere('acting_for_user_id IS NULL AND revoked_at IS NULL AND expires_at > :now', { now });
    if (keep) query.andWhere('id <> :keep', { keep });
    const { affected } = await query.execute();
    return affected ?? 0;
  }

  async signOut(sessionId: string): Promise<void> {
    await this.dataSource.getRepository(Session).update({ id: sessionId }, { revokedAt: this.clock.now() });
  }

  /**
   * Ends every session of a person but `keep` (after a password change, or
   * from the console). An administrator acting as them holds a session in
   * their name that is not theirs to end.
   */
  async revokeSessions(manager: EntityManager, principalId: string, now: Date, keep?: string): Promise<void> {
    const sessions = await manager.findBy(Session, {
      principalId,
      actingForUserId: IsNull(),
      revokedAt: IsNull(),
    });
    for (const session of sessions) {
      if (session.id !== keep) await manager.update(Session, { id: session.id }, { revokedAt: now });
    }
  }

  /** Changes a staff user's, partner user's or contact's password, ending their sessions but `keepSessionId`. */
  async changePassword(
    who: Principal,
    keepSessionId: string | null,
    current: string,
    next: string,
    caller: Caller,
  ): Promise<void> {
    const entity =
      who.type === ActorType.CONTACT ? PortalAccount : who.type === ActorType.PARTNER ? PartnerUser : User;
    const principal = await this.dataSource
      .getRepository<User | PortalAccount | PartnerUser>(entity)
      .findOneByOrFail({ id: who.id });
    const problem = checkPassword(next, principal.email);
    if (problem) throw badUserInput([fieldError('input.newPassword', problem.code, problem.params)]);
    if (!(await verifyPassword(principal.passwordHash, current, this.decoy))) {
      const message = authMessages[currentScope()?.locale ?? DEFAULT_LOCALE].WRONG_PASSWORD;
      throw badUserInput([
        { path: 'input.currentPassword', code: FieldErrorCode.INVALID_REFERENCE, message },
      ]);
    }
    await inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      await manager.update(
        entity,
        { id: principal.id },
        {
          passwordHash: await hashPassword(next),
          ...(entity === PartnerUser ? {} : { updatedAt: now }),
        },
      );
      await this.revokeSessions(manager, principal.id, now, keepSessionId ?? undefined);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: entity.name,
        entityId: principal.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'password', before: '••••', after: '••••' }],
      });
    });
  }

  /**
   * Sends a reset link if the address is a user's; answers the same either
   * way, so the form tells nobody who has an account. An unknown address
   * costs what a known one does: a link is made and hashed all the same, and
   * one transaction writes the request into the rate limits in both cases
   * (the email and the link's row are the only extra writes). Past a limit —
   * per address asked for, per address of origin — nothing is sent, and the
   * answer is the same again.
   */
  async requestPasswordReset(email: string, caller: Caller, ip: string | null = null): Promise<void> {
    const address = email.trim().toLowerCase();
    const recipient = await this.resetRecipient(address);
    const { secret, hash } = newSecret('pr');
    await inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const limited = await this.countResetRequest(manager, address, ip, now);
      if (limited) logger.info({ ip }, 'password reset request over the limit: nothing sent');
      if (!recipient || limited) return;
      await manager.insert(OneTimeToken, {
        id: randomUUID(),
        tokenHash: hash,
        purpose: OneTimePurpose.PASSWORD_RESET,
        principalType: recipient.type,
        principalId: recipient.id,
        subjectId: null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS),
        usedAt: null,
      });
      // A contact's client with notifications off gets no email, this one included (seed 001); it is recorded.
      await queueEmail(
        manager,
        caller,
        {
          to: recipient.email,
          toName: recipient.name,
          locale: recipient.locale,
          template: EmailTemplate.PASSWORD_RESET,
          rendered: passwordReset(recipient.locale, {
            name: recipient.name,
            link: `${this.publicUrl}/reset-password?token=${encodeURIComponent(secret)}`,
            expiresInMinutes: PASSWORD_RESET_TTL_MS / 60_000,
          }),
          clientId: recipient.clientId,
        },
        now,
      );
    });
  }

  /**
   * Forgets reset requests older than the window they count in (the hourly
   * job): done apart from the requests themselves, so none of them waits on a
   * range delete's locks.
   */
  async purgeResetRequests(now = this.clock.now()): Promise<number> {
    const since = new Date(now.getTime() - RESET_LIMITS.windowMs);
    const { affected } = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(PasswordResetRequest)
      .where('at <= :since', { since })
      .execute();
    return affected ?? 0;
  }

  /**
   * Forgets sessions that ended (signed out, revoked or expired) and
   * single-use links that expired, longer ago than ENDED_SESSIONS_AND_LINKS_KEPT_MS:
   * neither can be used again, and without this both tables only grow. A
   * link forgotten is refused like the expired one it was. Found by a plain
   * read and deleted by id in batches, so sign-ins never wait on the locks of
   * a range delete over the whole table.
   */
  async purgeEndedSessionsAndLinks(now = this.clock.now()): Promise<{ sessions: number; links: number }> {
    const before = new Date(now.getTime() - ENDED_SESSIONS_AND_LINKS_KEPT_MS);
    const sessions = await this.deleteInBatches(
      Session,
      'expires_at <= :before OR revoked_at <= :before',
      before,
    );
    const links = await this.deleteInBatches(OneTimeToken, 'expires_at <= :before', before);
    return { sessions, links };
  }

  private async deleteInBatches(
    entity: typeof Session | typeof OneTimeToken,
    where: string,
    before: Date,
  ): Promise<number> {
    const BATCH = 500;
    let deleted = 0;
    for (;;) {
      const rows: { id: string }[] = await this.dataSource
        .getRepository(entity)
        .createQueryBuilder('row')
        .select('row.id', 'id')
        .where(where, { before })
        .limit(BATCH)
        .getRawMany();
      if (rows.length === 0) return deleted;
      const { affected } = await this.dataSource
        .getRepository(entity)
        .delete({ id: In(rows.map((r) => r.id)) });
      deleted += affected ?? 0;
      if (rows.length < BATCH) return deleted;
    }
  }

  /**
   * Counts a reset request against the address asked for and the address of
   * origin, and says whether either is over its limit. Counted after its own
   * insert, so requests racing each other never all slip under it.
   */
  private async countResetRequest(
    manager: EntityManager,
    address: string,
    ip: string | null,
    now: Date,
  ): Promise<boolean> {
    const since = new Date(now.getTime() - RESET_LIMITS.windowMs);
    const counted: [string, number][] = [[hashSecret(`email:${address}`), RESET_LIMITS.perAddress]];
    if (ip) counted.push([hashSecret(`ip:${ip}`), RESET_LIMITS.perOrigin]);
    let limited = false;
    for (const [keyHash, max] of counted) {
      await manager.insert(PasswordResetRequest, { id: randomUUID(), keyHash, at: now });
      if ((await manager.countBy(PasswordResetRequest, { keyHash, at: MoreThan(since) })) > max)
        limited = true;
    }
    return limited;
  }

  /**
   * Whose password a reset link for this address would change: a staff user,
   * else a partner user, else a client contact with an active access (one
   * still invited uses their invitation link). For a contact, the client the
   * email is sent on behalf of: one whose notifications are on, if any.
   */
  private async resetRecipient(address: string): Promise<ResetRecipient | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email: address });
    if (user) {
      if (user.deactivatedAt) return null;
      const locale = (user.locale === 'en' ? 'en' : 'fr') as Locale;
      return {
        type: ActorType.STAFF,
        id: user.id,
        email: user.email,
        name: user.displayName,
        locale,
        clientId: null,
      };
    }
    const partnerUser = await this.dataSource.getRepository(PartnerUser).findOneBy({ email: address });
    if (partnerUser) {
      if (partnerUser.deactivatedAt) return null;
      const locale = (partnerUser.locale === 'en' ? 'en' : 'fr') as Locale;
      return {
        type: ActorType.PARTNER,
        id: partnerUser.id,
        email: partnerUser.email,
        name: partnerUser.displayName,
        locale,
        clientId: null,
      };
    }
    const account = await this.dataSource.getRepository(PortalAccount).findOneBy({ emailKey: address });
    if (!account) return null;
    const grants = await this.dataSource
      .getRepository(AccessGrant)
      .findBy({ accountId: account.id, status: AccessStatus.ACTIVE });
    if (grants.length === 0) return null;
    const clients = await this.dataSource
      .getRepository(Client)
      .findBy({ id: In(grants.map((grant) => grant.clientId)), deletedAt: IsNull() });
    if (clients.length === 0) return null;
    const contact = await this.dataSource.getRepository(Contact).findOneBy({ id: account.contactId });
    return {
      type: ActorType.CONTACT,
      id: account.id,
      email: account.email,
      name: contact ? personName(contact) : account.email,
      locale: (contact?.language === 'en' ? 'en' : 'fr') as Locale,
      clientId: (clients.find((client) => client.notificationsEnabled) ?? clients[0]!).id,
    };
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
    now: Date,
  ): Promise<OneTimeToken> {
    const token = await manager.findOneBy(OneTimeToken, { tokenHash: hashSecret(secret), purpose });
    if (!token || !(await spendOnce(manager, token, now))) throw invalidLink(locale);
    return token;
  }

  async resetPassword(secret: string, password: string, caller: Caller, locale: Locale): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const token = await this.spendToken(manager, secret, OneTimePurpose.PASSWORD_RESET, locale, now);
      const entity =
        token.principalType === ActorType.CONTACT
          ? PortalAccount
          : token.principalType === ActorType.PARTNER
            ? PartnerUser
            : User;
      const principal = await manager
        .getRepository<User | PortalAccount | PartnerUser>(entity)
        .findOneByOrFail({ id: token.principalId });
      const problem = checkPassword(password, principal.email);
      if (problem) throw badUserInput([fieldError('input.password', problem.code, problem.params)]);
      await manager.update(
        entity,
        { id: principal.id },
        {
          passwordHash: await hashPassword(password),
          failedSignIns: 0,
          lockedUntil: null,
          ...(entity === PartnerUser ? {} : { updatedAt: now }),
        },
      );
      await this.revokeSessions(manager, principal.id, now);
      // Any other reset link still out for this account stops working with this one.
      await manager.update(
        OneTimeToken,
        { principalId: principal.id, purpose: OneTimePurpose.PASSWORD_RESET, usedAt: IsNull() },
        { usedAt: now },
      );
      const actor: Actor =
        principal instanceof User
          ? staffActor(principal)
          : { type: token.principalType, id: principal.id, name: principal.email };
      await recordActivity(
        manager,
        { ...caller, actor },
        {
          at: now,
          clientId: null,
          entityType: entity.name,
          entityId: principal.id,
          action: ActivityAction.UPDATED,
          changes: [{ field: 'password', before: '••••', after: '••••' }],
        },
      );
    });
  }
}
