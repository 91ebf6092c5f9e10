import { randomUUID } from 'node:crypto';
import { IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import {
  AccessStatus,
  ActivityAction,
  ActorType,
  EmailTemplate,
  ErrorCode,
  FieldErrorCode,
  LIMITS,
  checkIpRange,
  checkUserCode,
  checkPassword,
  normalizeEmail,
  normalizeUserCode,
  type FieldError,
  type Locale,
} from '@clientele/shared';
import { SYSTEM_ACTOR, type Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { entityRows } from '../../app/row-mapper';
import { inTransaction } from '../../app/transaction';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { invalidLink } from '../auth/auth.service';
import { OneTimePurpose, OneTimeToken } from '../auth/one-time-token.entity';
import { spendOnce } from '../auth/single-use-link';
import { hashPassword } from '../auth/password-hashing';
import { hashSecret, newSecret } from '../auth/secret-token';
import { Client } from '../clients/client.entity';
import { ClientContact } from '../contacts/client-contact.entity';
import { Contact } from '../contacts/contact.entity';
import { accessInvitation, partnerInvitation } from '../email/email-templates';
import { queueEmail } from '../email/outbox.service';
import { Branch } from '../lists/branch.entity';
import { AccessGrant } from './access-grant.entity';
import type { GrantAccessInput, UpdateAccessInput } from './access.input';
import { PortalAccount } from './portal-account.entity';

/** What a partner's invitation adds to its administrator's mail (seed 000). */
export interface PartnerInvitationContext {
  partnerName: string;
  planName: string;
  /** When the partner's invitation lapses: the mail's one deadline, its set-password link's too. */
  expiresAt: Date;
}

export interface GrantOutcome {
  grant: AccessGrant;
  /** True when the invitation email was withheld: the client's notifications are off. */
  emailSuppressed: boolean;
}

function checkIpList(list: string[] | null | undefined): { ranges: string[]; errors: FieldError[] } {
  const ranges = (list ?? []).map((r) => r.trim()).filter(Boolean);
  const errors: FieldError[] = [];
  if (ranges.length > LIMITS.ipRanges)
    errors.push(fieldError('input.ipAllowList', FieldErrorCode.TOO_MANY, { max: LIMITS.ipRanges }));
  ranges.forEach((range, i) => {
    const problem = checkIpRange(range);
    if (problem) errors.push(fieldError(`input.ipAllowList.${i}`, problem.code, problem.params));
  });
  return { ranges, errors };
}

export class AccessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    /** How long a set-password link works (GEM-BOOKS sends it once; we let it be resent). */
    private readonly invitationDays = 7,
  ) {}

  grantsOf(clientId: string): Promise<AccessGrant[]> {
    return this.dataSource
      .getRepository(AccessGrant)
      .find({ where: { clientId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** A client's access grants, oldest first, each with its contact and portal account: one statement. */
  async grantsWithPeopleOf(
    clientId: string,
  ): Promise<{ grant: AccessGrant; contact: Contact | null; account: PortalAccount | null }[]> {
    const grants = entityRows(this.dataSource, AccessGrant);
    const contacts = entityRows(this.dataSource, Contact);
    const accounts = entityRows(this.dataSource, PortalAccount);
    const rows: Record<string, unknown>[] = await this.dataSource
      .createQueryBuilder()
      .select([grants.select('g'), contacts.select('ct'), accounts.select('pa')].join(', '))
      .from(AccessGrant, 'g')
      .leftJoin(Contact, 'ct', 'ct.id = g.contact_id')
      .leftJoin(PortalAccount, 'pa', 'pa.id = g.account_id')
      .where('g.client_id = :clientId', { clientId })
      .orderBy('g.created_at', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .getRawMany();
    return rows.map((row) => ({
      grant: grants.read(row, 'g')!,
      contact: contacts.read(row, 'ct'),
      account: accounts.read(row, 'pa'),
    }));
  }

  grant(input: GrantAccessInput, caller: Caller): Promise<GrantOutcome> {
    return inTransaction(this.dataSource, (manager) => this.grantIn(manager, input, caller));
  }

  /** Grants access within the caller's transaction. */
  async grantIn(
    manager: EntityManager,
    input: GrantAccessInput,
    caller: Caller,
    fromPartner?: PartnerInvitationContext,
  ): Promise<GrantOutcome> {
    const { ranges, errors } = checkIpList(input.ipAllowList);
    const client = await manager.findOneBy(Client, { id: input.clientId, deletedAt: IsNull() });
    if (!client) throw badUserInput([fieldError('input.clientId', FieldErrorCode.INVALID_REFERENCE)]);
    const linked = await manager.existsBy(ClientContact, {
      clientId: client.id,
      contactId: input.contactId,
    });
    const contact = linked
      ? await manager.findOneBy(Contact, { id: input.contactId, deletedAt: IsNull() })
      : null;
    if (!contact) errors.push(fieldError('input.contactId', FieldErrorCode.INVALID_REFERENCE));
    if (input.branchId && !(await manager.existsBy(Branch, { id: input.branchId, archived: false }))) {
      errors.push(fieldError('input.branchId', FieldErrorCode.INVALID_REFERENCE));
    }
    if (await manager.existsBy(AccessGrant, { clientId: client.id, contactId: input.contactId })) {
      errors.push(
        fieldError('input.contactId', FieldErrorCode.ALREADY_TAKEN, {
          value: contact ? `${contact.firstName} ${contact.lastName}` : '',
        }),
      );
    }
    let account = contact ? await manager.findOneBy(PortalAccount, { contactId: contact.id }) : null;
    const email = input.email ? normalizeEmail(input.email) : contact?.email;
    if (!account && !email) errors.push(fieldError('input.email', FieldErrorCode.REQUIRED));
    const userCode = input.userCode ? normalizeUserCode(input.userCode) || null : null;
    if (!account && userCode) {
      const problem = checkUserCode(userCode);
      if (problem) errors.push(fieldError('input.userCode', problem.code, problem.params));
      else if (await manager.existsBy(PortalAccount, { userCode }))
        errors.push(fieldError('input.userCode', FieldErrorCode.ALREADY_TAKEN, { value: userCode }));
    }
    if (!account && email && (await manager.existsBy(PortalAccount, { emailKey: email.toLowerCase() }))) {
      errors.push(fieldError('input.email', FieldErrorCode.ALREADY_TAKEN, { value: email }));
    }
    if (errors.length || !contact) throw badUserInput(errors);

    const now = this.clock.now();
    if (!account) {
      account = manager.create(PortalAccount, {
        id: randomUUID(),
        contactId: contact.id,
        userCode: userCode ?? (await this.nextUserCode(manager, client.code)),
        email: email as string,
        emailKey: (email as string).toLowerCase(),
        passwordHash: null,
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(PortalAccount, account);
    }
    const grant = manager.create(AccessGrant, {
      id: randomUUID(),
      clientId: client.id,
      contactId: contact.id,
      accountId: account.id,
      role: input.role,
      ipAllowList: ranges,
      branchId: input.branchId ?? null,
      // An account that already has a password is active at once.
      status: account.passwordHash ? AccessStatus.ACTIVE : AccessStatus.INVITED,
      invitedAt: null,
      invitationExpiresAt: null,
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await manager.insert(AccessGrant, grant);
    await recordActivity(manager, caller, {
      at: now,
      clientId: client.id,
      entityType: 'AccessGrant',
      entityId: grant.id,
      action: ActivityAction.ACCESS_GRANTED,
      changes: [
        { field: 'contact', before: null, after: `${contact.firstName} ${contact.lastName}` },
        { field: 'userCode', before: null, after: account.userCode },
        ...fieldChanges(
          null,
          grant as unknown as Record<string, unknown>,
          ['role', 'ipAllowList', 'branchId', 'status'],
          'access.',
        ),
      ],
      eventSubject: { contactId: contact.id },
    });
    const emailSuppressed = input.sendEmail
      ? !(await this.invite(manager, caller, grant, account, contact, client, now, fromPartner))
      : false;
    return { grant: await manager.findOneByOrFail(AccessGrant, { id: grant.id }), emailSuppressed };
  }

  /** Client code, then a three-digit counter: `8005551001`, as GEM-BOOKS does. */
  private async nextUserCode(manager: EntityManager, clientCode: string): Promise<string> {
    const base = clientCode.replace(/[^A-Z0-9]/g, '').slice(0, 26);
    for (let n = 1; n < 1000; n += 1) {
      const code = `${base}${String(n).padStart(3, '0')}`;
      if (!(await manager.existsBy(PortalAccount, { userCode: code }))) return code;
    }
    return `${base}${randomUUID().slice(0, 5).toUpperCase()}`;
  }

  /**
   * Sends a fresh single-use link (older ones stop working); false when the
   * email was withheld. A partner's invitation (seed 000) goes in the same
   * mail; someone who already has a password is only asked to sign in.
   */
  private async invite(
    manager: EntityManager,
    caller: Caller,
    grant: AccessGrant,
    account: PortalAccount,
    contact: Contact,
    client: Client,
    now: Date,
    fromPartner?: PartnerInvitationContext,
  ): Promise<boolean> {
    const locale = (contact.language === 'en' ? 'en' : 'fr') as Locale;
    const expiresAt = fromPartner?.expiresAt ?? new Date(now.getTime() + this.invitationDays * 86_400_000);
    const expiresInDays = Math.round((expiresAt.getTime() - now.getTime()) / 86_400_000);
    // Someone who already has a password (access to another client, or this one before) signs in.
    const setPassword = !account.passwordHash;
    let link = `${this.publicUrl}/sign-in?${new URLSearchParams({ next: fromPartner ? '/portal/settings' : '/portal' }).toString()}`;
    // While the client's notifications are off nothing leaves (queueEmail records it): the link
    // already sent, if any, keeps working instead of being replaced by one nobody receives.
    if (setPassword && client.notificationsEnabled) {
      await manager.update(OneTimeToken, { subjectId: grant.id, usedAt: IsNull() }, { usedAt: now });
      const { secret, hash } = newSecret('ai');
      await manager.insert(OneTimeToken, {
        id: randomUUID(),
        tokenHash: hash,
        purpose: OneTimePurpose.ACCESS_INVITATION,
        principalType: ActorType.CONTACT,
        principalId: account.id,
        subjectId: grant.id,
        createdAt: now,
        expiresAt,
        usedAt: null,
      });
      await manager.update(
        AccessGrant,
        { id: grant.id },
        { invitedAt: now, invitationExpiresAt: expiresAt, updatedAt: now },
      );
      link = `${this.publicUrl}/accept-invitation?token=${encodeURIComponent(secret)}`;
    }
    const common = {
      name: contact.firstName,
      clientName: client.name,
      userCode: account.userCode,
      link,
      expiresInDays,
    };
    const outcome = await queueEmail(
      manager,
      caller,
      {
        to: account.email,
        toName: `${contact.firstName} ${contact.lastName}`,
        locale,
        template: fromPartner ? EmailTemplate.PARTNER_INVITATION : EmailTemplate.ACCESS_INVITATION,
        rendered: fromPartner
          ? partnerInvitation(locale, { ...common, ...fromPartner, setPassword })
          : accessInvitation(locale, { ...common, setPassword }),
        clientId: client.id,
      },
      now,
    );
    return outcome.queued;
  }

  async resend(id: string, caller: Caller): Promise<GrantOutcome> {
    return inTransaction(this.dataSource, (manager) => this.resendIn(manager, id, caller));
  }

  /**
   * Sends the invitation again within the caller's transaction: a new link and
   * expiry. For a partner's invitation, an administrator who has already
   * chosen a password is asked again to sign in and answer.
   */
  async resendIn(
    manager: EntityManager,
    id: string,
    caller: Caller,
    fromPartner?: PartnerInvitationContext,
  ): Promise<GrantOutcome> {
    const grant = await manager.findOneBy(AccessGrant, { id });
    if (!grant) throw notFound();
    const resendable = [
      AccessStatus.INVITED,
      AccessStatus.EXPIRED,
      ...(fromPartner ? [AccessStatus.ACTIVE] : []),
    ];
    if (!resendable.includes(grant.status)) {
      throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'NOT_INVITED', status: grant.status } });
    }
    const account = await manager.findOneByOrFail(PortalAccount, { id: grant.accountId });
    const contact = await manager.findOneByOrFail(Contact, { id: grant.contactId });
    const client = await manager.findOneByOrFail(Client, { id: grant.clientId });
    const now = this.clock.now();
    if (grant.status === AccessStatus.EXPIRED)
      await manager.update(AccessGrant, { id }, { status: AccessStatus.INVITED });
    const sent = await this.invite(manager, caller, grant, account, contact, client, now, fromPartner);
    return { grant: await manager.findOneByOrFail(AccessGrant, { id }), emailSuppressed: !sent };
  }

  async update(input: UpdateAccessInput, caller: Caller): Promise<AccessGrant> {
    const { ranges, errors } = checkIpList(input.ipAllowList);
    return inTransaction(this.dataSource, async (manager) => {
      const grant = await manager.findOneBy(AccessGrant, { id: input.id });
      if (!grant) throw notFound();
      // Two people editing one allow-list: the second is told, not silently overwritten.
      if (grant.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: grant.version, yourVersion: input.version, changedFields: [] },
        });
      }
      if (input.branchId && !(await manager.existsBy(Branch, { id: input.branchId }))) {
        errors.push(fieldError('input.branchId', FieldErrorCode.INVALID_REFERENCE));
      }
      if (errors.length) throw badUserInput(errors);
      const values: Partial<AccessGrant> = {
        ...(input.role ? { role: input.role } : {}),
        ...(input.ipAllowList !== undefined ? { ipAllowList: ranges } : {}),
        ...(input.branchId !== undefined ? { branchId: input.branchId } : {}),
      };
      return this.change(manager, caller, grant, values, this.clock.now());
    });
  }

  /** Suspends, reactivates or revokes; a revoked access stays revoked. */
  async setStatus(
    id: string,
    status: AccessStatus.ACTIVE | AccessStatus.SUSPENDED | AccessStatus.REVOKED,
    caller: Caller,
  ): Promise<AccessGrant> {
    return inTransaction(this.dataSource, async (manager) => {
      const grant = await manager.findOneBy(AccessGrant, { id });
      if (!grant) throw notFound();
      const allowed =
        status === AccessStatus.REVOKED
          ? grant.status !== AccessStatus.REVOKED
          : status === AccessStatus.SUSPENDED
            ? grant.status === AccessStatus.ACTIVE
            : grant.status === AccessStatus.SUSPENDED;
      if (!allowed)
        throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'STATUS', status: grant.status } });
      const now = this.clock.now();
      if (status === AccessStatus.REVOKED) {
        await manager.update(OneTimeToken, { subjectId: grant.id, usedAt: IsNull() }, { usedAt: now });
      }
      return this.change(manager, caller, grant, { status }, now);
    });
  }

  private async change(
    manager: EntityManager,
    caller: Caller,
    grant: AccessGrant,
    values: Partial<AccessGrant>,
    now: Date,
  ): Promise<AccessGrant> {
    const changes = fieldChanges(
      grant as unknown as Record<string, unknown>,
      { ...grant, ...values } as unknown as Record<string, unknown>,
      ['role', 'ipAllowList', 'branchId', 'status'],
      'access.',
    );
    if (changes.length === 0) return grant;
    // Only over the version read: of two changes racing, the second gets CONFLICT, not a silent win.
    const written = await manager.update(
      AccessGrant,
      { id: grant.id, version: grant.version },
      { ...values, updatedAt: now },
    );
    if (!written.affected) {
      throw new AppError(ErrorCode.CONFLICT, {
        details: { currentVersion: null, yourVersion: grant.version, changedFields: [] },
      });
    }
    await recordActivity(manager, caller, {
      at: now,
      clientId: grant.clientId,
      entityType: 'AccessGrant',
      entityId: grant.id,
      action: ActivityAction.ACCESS_CHANGED,
      changes,
    });
    return manager.findOneByOrFail(AccessGrant, { id: grant.id });
  }

  /**
   * The contact's side: the link from the email sets their password and makes
   * the access active. Expired, used and unknown links are refused alike, and
   * before the password is looked at: a dead link is never answered with
   * "too short", which would tell its holder to try again.
   */
  async acceptInvitation(
    secret: string,
    password: string,
    caller: Caller,
    locale: Locale,
  ): Promise<PortalAccount> {
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const token = await manager.findOneBy(OneTimeToken, {
        tokenHash: hashSecret(secret),
        purpose: OneTimePurpose.ACCESS_INVITATION,
      });
      const live = token && !token.usedAt && token.expiresAt > now && token.subjectId;
      const account = live ? await manager.findOneBy(PortalAccount, { id: token.principalId }) : null;
      const grant = live ? await manager.findOneBy(AccessGrant, { id: token.subjectId as string }) : null;
      if (!token || !account || grant?.status !== AccessStatus.INVITED) throw invalidLink(locale);
      const problem = checkPassword(password, account.email);
      if (problem) throw badUserInput([fieldError('input.password', problem.code, problem.params)]);
      // Spent only now, and only once: of two uses at the same moment, one gets through.
      if (!(await spendOnce(manager, token, now))) throw invalidLink(locale);
      await manager.update(
        PortalAccount,
        { id: account.id },
        { passwordHash: await hashPassword(password), updatedAt: now },
      );
      // Every access waiting on this account's password opens with it.
      await manager.update(
        AccessGrant,
        { accountId: account.id, status: AccessStatus.INVITED },
        { status: AccessStatus.ACTIVE, updatedAt: now },
      );
      const contact = await manager.findOneByOrFail(Contact, { id: account.contactId });
      await recordActivity(
        manager,
        {
          ...caller,
          actor: {
            type: ActorType.CONTACT,
            id: account.id,
            name: `${contact.firstName} ${contact.lastName}`,
          },
        },
        {
          at: now,
          clientId: grant.clientId,
          entityType: 'AccessGrant',
          entityId: grant.id,
          action: ActivityAction.ACCESS_CHANGED,
          changes: [{ field: 'access.status', before: AccessStatus.INVITED, after: AccessStatus.ACTIVE }],
        },
      );
      return manager.findOneByOrFail(PortalAccount, { id: account.id });
    });
  }

  /**
   * Marks invitations whose link expired unused (run by the hourly job), each
   * recorded on its client's file; answers how many.
   */
  async expireInvitations(
    now = this.clock.now(),
    caller: Caller = { actor: SYSTEM_ACTOR, requestId: null },
  ): Promise<number> {
    const grants = await this.dataSource
      .getRepository(AccessGrant)
      .createQueryBuilder('g')
      .where('g.status = :invited AND g.invitation_expires_at < :now', { invited: AccessStatus.INVITED, now })
      .getMany();
    let expired = 0;
    for (const grant of grants) {
      await inTransaction(this.dataSource, async (manager) => {
        // Only if still waiting and past due: a resend or an acceptance in the meantime wins.
        const changed = await manager.update(
          AccessGrant,
          { id: grant.id, status: AccessStatus.INVITED, invitationExpiresAt: LessThan(now) },
          { status: AccessStatus.EXPIRED, updatedAt: now },
        );
        if (!changed.affected) return;
        expired += 1;
        await recordActivity(manager, caller, {
          at: now,
          clientId: grant.clientId,
          entityType: 'AccessGrant',
          entityId: grant.id,
          action: ActivityAction.ACCESS_CHANGED,
          changes: [{ field: 'access.status', before: AccessStatus.INVITED, after: AccessStatus.EXPIRED }],
        });
      });
    }
    return expired;
  }
}
