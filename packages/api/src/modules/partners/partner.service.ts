import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, Not, type DataSource } from 'typeorm';
import {
  AccessRole,
  AccessStatus,
  ActivityAction,
  ContactType,
  ErrorCode,
  FieldErrorCode,
  PartnerInvitationStatus,
  checkPassword,
  foldText,
} from '@clientele/shared';
import { SYSTEM_ACTOR, type Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { inTransaction } from '../../app/transaction';
import { AccessGrant } from '../access/access-grant.entity';
import type { AccessService } from '../access/access.service';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { hashPassword } from '../auth/password-hashing';
import type { ClientService } from '../clients/client.service';
import { Client } from '../clients/client.entity';
import type { ContactService } from '../contacts/contact.service';
import { withIdempotency } from '../idempotency/idempotency.service';
import { touchClientFiles } from '../clients/client-touch';
import { PartnerInvitation } from './partner-invitation.entity';
import { Partner, PartnerUser } from './partner.entity';
import type {
  CreatePartnerClientInput,
  CreatePartnerInput,
  CreatePartnerUserInput,
  CreateServicePlanInput,
  UpdatePartnerInput,
  UpdateServicePlanInput,
} from './partner.input';
import { ServicePlan } from './service-plan.entity';

const cleanCertifications = (codes: string[]) => [
  ...new Set(codes.map((c) => c.trim().toUpperCase()).filter(Boolean)),
];

/** A change must be made over the version last read, or it would silently undo someone else's. */
function refuseStaleVersion(current: number, read: number): void {
  if (current !== read) {
    throw new AppError(ErrorCode.CONFLICT, { details: { currentVersion: current, yourVersion: read } });
  }
}

/** Partners, their users and plans, and the invitation a partner's new client must accept (seed 000). */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly clients: ClientService,
    private readonly contacts: ContactService,
    private readonly access: AccessService,
    /** How long a client's administrator has to answer a partner's invitation. */
    private readonly invitationDays = 7,
  ) {}

  private invitationExpiry(from: Date): Date {
    return new Date(from.getTime() + this.invitationDays * 86_400_000);
  }

  listPartners(): Promise<Partner[]> {
    return this.dataSource.getRepository(Partner).find({ order: { nameKey: 'ASC' } });
  }

  /**
   * Every live plan, or only those a partner's certifications allow; staff may
   * ask for retired plans too (`includeArchived`), never a partner.
   */
  async listPlans(partner?: Partner | null, includeArchived = false): Promise<ServicePlan[]> {
    const plans = await this.dataSource.getRepository(ServicePlan).find({
      where: includeArchived && !partner ? {} : { archived: false },
      order: { archived: 'ASC', name: 'ASC' },
    });
    return partner
      ? plans.filter(
          (p) => !p.requiredCertification || partner.certifications.includes(p.requiredCertification),
        )
      : plans;
  }

  async createPartner(input: CreatePartnerInput, caller: Caller): Promise<Partner> {
    return inTransaction(this.dataSource, async (manager) => {
      const nameKey = foldText(input.name);
      if (await manager.existsBy(Partner, { nameKey })) {
        throw badUserInput([
          fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: input.name.trim() }),
        ]);
      }
      const now = this.clock.now();
      const partner = manager.create(Partner, {
        id: randomUUID(),
        name: input.name.trim(),
        nameKey,
        certifications: cleanCertifications(input.certifications),
        createdAt: now,
      });
      await manager.insert(Partner, partner);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'Partner',
        entityId: partner.id,
        action: ActivityAction.CREATED,
        changes: [
          { field: 'name', before: null, after: partner.name },
          { field: 'certifications', before: null, after: partner.certifications.join(', ') || null },
        ],
      });
      return manager.findOneByOrFail(Partner, { id: partner.id });
    });
  }

  /** Renames a partner or replaces its certifications, over the version read. */
  async updatePartner(input: UpdatePartnerInput, caller: Caller): Promise<Partner> {
    return inTransaction(this.dataSource, async (manager) => {
      const partner = await manager.findOneBy(Partner, { id: input.id });
      if (!partner) throw notFound();
      refuseStaleVersion(partner.version, input.version);
      const values: Partial<Partner> = {};
      if (input.name !== undefined && input.name !== null) {
        values.name = input.name.trim().replace(/\s+/g, ' ');
        values.nameKey = foldText(values.name);
        if (await manager.existsBy(Partner, { nameKey: values.nameKey, id: Not(partner.id) })) {
          throw badUserInput([
            fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: values.name }),
          ]);
        }
      }
      if (input.certifications) values.certifications = cleanCertifications(input.certifications);
      const changes = fieldChanges(
        { name: partner.name, certifications: partner.certifications.join(', ') || null },
        {
          name: values.name ?? partner.name,
          certifications: (values.certifications ?? partner.certifications).join(', ') || null,
        },
        ['name', 'certifications'],
      );
      if (changes.length === 0) return partner;
      // Only over the version read: of two admins saving at once, the second gets CONFLICT.
      const result = await manager.update(Partner, { id: partner.id, version: input.version }, values);
      if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
      await recordActivity(manager, caller, {
        at: this.clock.now(),
        clientId: null,
        entityType: 'Partner',
        entityId: partner.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      return manager.findOneByOrFail(Partner, { id: partner.id });
    });
  }

  async createPlan(input: CreateServicePlanInput, caller: Caller): Promise<ServicePlan> {
    return inTransaction(this.dataSource, async (manager) => {
      const code = input.code.trim().toUpperCase();
      if (await manager.existsBy(ServicePlan, { code })) {
        throw badUserInput([fieldError('input.code', FieldErrorCode.ALREADY_TAKEN, { value: code })]);
      }
      const now = this.clock.now();
      const plan = manager.create(ServicePlan, {
        id: randomUUID(),
        code,
        name: input.name.trim(),
        requiredCertification: input.requiredCertification?.trim().toUpperCase() || null,
        archived: false,
        createdAt: now,
      });
      await manager.insert(ServicePlan, plan);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'ServicePlan',
        entityId: plan.id,
        action: ActivityAction.CREATED,
        changes: [{ field: 'code', before: null, after: code }],
      });
      return plan;
    });
  }

  /**
   * Renames a plan, changes the certification it requires, retires it or
   * offers it again. Clients already on it keep it: the rules apply to what
   * is sold from now on.
   */
  async updatePlan(input: UpdateServicePlanInput, caller: Caller): Promise<ServicePlan> {
    return inTransaction(this.dataSource, async (manager) => {
      const plan = await manager.findOneBy(ServicePlan, { id: input.id });
      if (!plan) throw notFound();
      refuseStaleVersion(plan.version, input.version);
      const values: Partial<ServicePlan> = {};
      if (input.name !== undefined && input.name !== null)
        values.name = input.name.trim().replace(/\s+/g, ' ');
      if (input.requiredCertification !== undefined) {
        values.requiredCertification = input.requiredCertification?.trim().toUpperCase() || null;
      }
      if (input.archived !== undefined && input.archived !== null) values.archived = input.archived;
      const changes = fieldChanges(
        plan as unknown as Record<string, unknown>,
        { ...plan, ...values } as unknown as Record<string, unknown>,
        ['name', 'requiredCertification', 'archived'],
      );
      if (changes.length === 0) return plan;
      const result = await manager.update(ServicePlan, { id: plan.id, version: input.version }, values);
      if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
      await recordActivity(manager, caller, {
        at: this.clock.now(),
        clientId: null,
        entityType: 'ServicePlan',
        entityId: plan.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      return manager.findOneByOrFail(ServicePlan, { id: plan.id });
    });
  }

  async createUser(input: CreatePartnerUserInput, caller: Caller): Promise<PartnerUser> {
    const email = input.email.trim().toLowerCase();
    const problem = checkPassword(input.password, email);
    if (problem) throw badUserInput([fieldError('input.password', problem.code, problem.params)]);
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await manager.existsBy(Partner, { id: input.partnerId }))) {
        throw badUserInput([fieldError('input.partnerId', FieldErrorCode.INVALID_REFERENCE)]);
      }
      if (await manager.existsBy(PartnerUser, { email })) {
        throw badUserInput([fieldError('input.email', FieldErrorCode.ALREADY_TAKEN, { value: email })]);
      }
      const now = this.clock.now();
      const user = manager.create(PartnerUser, {
        id: randomUUID(),
        partnerId: input.partnerId,
        email,
        displayName: input.displayName.trim(),
        passwordHash: await hashPassword(input.password),
        locale: 'fr',
        failedSignIns: 0,
        lockedUntil: null,
        lastSignInAt: null,
        createdAt: now,
      });
      await manager.insert(PartnerUser, user);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'PartnerUser',
        entityId: user.id,
        action: ActivityAction.CREATED,
        changes: [{ field: 'email', before: null, after: email }],
      });
      return user;
    });
  }

  /**
   * Seed 000: the company, then its primary administrator and a plan the
   * partner's certifications allow. The administrator is invited (an access
   * to set a password, and the partner's invitation to accept); the new card
   * shows the invitation PENDING.
   */
  async createClient(partner: Partner, input: CreatePartnerClientInput, caller: Caller): Promise<Client> {
    const plan = await this.dataSource
      .getRepository(ServicePlan)
      .findOneBy({ id: input.planId, archived: false });
    if (!plan) throw badUserInput([fieldError('input.planId', FieldErrorCode.INVALID_REFERENCE)]);
    if (plan.requiredCertification && !partner.certifications.includes(plan.requiredCertification)) {
      throw badUserInput([
        fieldError('input.planId', FieldErrorCode.CERTIFICATION_REQUIRED, {
          certification: plan.requiredCertification,
        }),
      ]);
    }
    const now = this.clock.now();
    return withIdempotency(
      this.dataSource,
      caller,
      'createPartnerClient',
      input,
      Client,
      now,
      async (manager) => {
        const client = await this.clients.createIn(
          manager,
          {
            name: input.name,
            billingAddress: input.address,
            notificationsEnabled: input.notificationsEnabled,
          } as never,
          caller,
          { partnerId: partner.id, planId: plan.id, identityProvider: input.identityProvider },
        );
        const admin = await this.contacts.createIn(
          manager,
          {
            clientId: client.id,
            firstName: input.admin.firstName,
            lastName: input.admin.lastName,
            email: input.admin.email,
            phone: input.admin.phone,
            link: { title: null, department: null, type: ContactType.TECHNICAL },
            primary: true,
          } as never,
          caller,
        );
        const expiresAt = this.invitationExpiry(now);
        await this.access.grantIn(
          manager,
          {
            clientId: client.id,
            contactId: admin.id,
            role: AccessRole.CLIENT_ADMIN,
            sendEmail: true,
          } as never,
          caller,
          { partnerName: partner.name, planName: plan.name, expiresAt },
        );
        const invitation = manager.create(PartnerInvitation, {
          id: randomUUID(),
          clientId: client.id,
          partnerId: partner.id,
          adminContactId: admin.id,
          status: PartnerInvitationStatus.PENDING,
          sentAt: now,
          expiresAt,
          respondedAt: null,
          createdAt: now,
        });
        await manager.insert(PartnerInvitation, invitation);
        await recordActivity(manager, caller, {
          at: now,
          clientId: client.id,
          entityType: 'PartnerInvitation',
          entityId: invitation.id,
          action: ActivityAction.PARTNER_INVITED,
          changes: [
            { field: 'partner', before: null, after: partner.name },
            { field: 'plan', before: null, after: plan.name },
          ],
        });
        return client;
      },
    );
  }

  /**
   * Seed 001: a partner registers a client with notifications off, sets things
   * up, then turns them on. Only its own clients; the change is versioned and
   * recorded like any other change to the file.
   */
  async setNotifications(
    partner: Partner,
    clientId: string,
    enabled: boolean,
    caller: Caller,
  ): Promise<Client> {
    const client = await this.dataSource
      .getRepository(Client)
      .findOneBy({ id: clientId, deletedAt: IsNull() });
    if (!client || client.partnerId !== partner.id) throw notFound();
    // A partner the client declined (or that withdrew) no longer has a say in its emails.
    const [invitation] = await this.dataSource
      .getRepository(PartnerInvitation)
      .find({ where: { clientId, partnerId: partner.id }, order: { createdAt: 'DESC' }, take: 1 });
    const settled = [PartnerInvitationStatus.DECLINED, PartnerInvitationStatus.CANCELLED];
    if (!invitation || settled.includes(invitation.status)) throw new AppError(ErrorCode.FORBIDDEN);
    if (client.notificationsEnabled === enabled) return client;
    return this.clients.update(
      { id: client.id, version: client.version, notificationsEnabled: enabled } as never,
      caller,
    );
  }

  /** The latest invitation of each client, for a page of clients. */
  async latestInvitations(clientIds: string[]): Promise<Map<string, PartnerInvitation>> {
    const rows = clientIds.length
      ? await this.dataSource
          .getRepository(PartnerInvitation)
          .find({ where: { clientId: In(clientIds) }, order: { createdAt: 'ASC' } })
      : [];
    return new Map(rows.map((row) => [row.clientId, row]));
  }

  /** The client's administrator answers (notification area, or Settings > Assigned partner). */
  async respond(
    accountId: string,
    invitationId: string,
    accept: boolean,
    caller: Caller,
    /** The clients the contact may reach from where they are now (their IP allow-lists); all when omitted. */
    reachable?: readonly string[],
  ): Promise<PartnerInvitation> {
    return inTransaction(this.dataSource, async (manager) => {
      const invitation = await manager.findOneBy(PartnerInvitation, { id: invitationId });
      const isAdmin = invitation
        ? await manager.existsBy(AccessGrant, {
            accountId,
            clientId: invitation.clientId,
            role: AccessRole.CLIENT_ADMIN,
            status: AccessStatus.ACTIVE,
          })
        : false;
      if (!invitation || !isAdmin || (reachable && !reachable.includes(invitation.clientId)))
        throw notFound();
      const now = this.clock.now();
      if (invitation.status !== PartnerInvitationStatus.PENDING || invitation.expiresAt < now) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { reason: 'NOT_PENDING', status: invitation.status },
        });
      }
      const status = accept ? PartnerInvitationStatus.ACCEPTED : PartnerInvitationStatus.DECLINED;
      // Only from PENDING: a partner's cancel (or a second answer) racing this one leaves one winner.
      const answered = await manager.update(
        PartnerInvitation,
        { id: invitation.id, status: PartnerInvitationStatus.PENDING },
        { status, respondedAt: now },
      );
      if (!answered.affected) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { reason: 'NOT_PENDING', status: invitation.status },
        });
      }
      await recordActivity(manager, caller, {
        at: now,
        clientId: invitation.clientId,
        entityType: 'PartnerInvitation',
        entityId: invitation.id,
        action: ActivityAction.PARTNER_INVITATION_ANSWERED,
        changes: [{ field: 'status', before: invitation.status, after: status }],
      });
      // The partner now reads the file, or only the card: its mirror reads the client again.
      await touchClientFiles(manager, { clientId: invitation.clientId }, now);
      return manager.findOneByOrFail(PartnerInvitation, { id: invitation.id });
    });
  }

  /** The partner sends it again (new expiry; the administrator's access link too) or withdraws it. */
  async resendOrCancel(
    partner: Partner,
    invitationId: string,
    action: 'resend' | 'cancel',
    caller: Caller,
  ): Promise<PartnerInvitation> {
    const invitation = await this.dataSource
      .getRepository(PartnerInvitation)
      .findOneBy({ id: invitationId, partnerId: partner.id });
    if (!invitation) throw notFound();
    const open = [PartnerInvitationStatus.PENDING, PartnerInvitationStatus.EXPIRED].includes(
      invitation.status,
    );
    if (!open)
      throw new AppError(ErrorCode.CONFLICT, {
        details: { reason: 'NOT_PENDING', status: invitation.status },
      });
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const expiresAt = this.invitationExpiry(now);
      const values =
        action === 'resend'
          ? { status: PartnerInvitationStatus.PENDING, sentAt: now, expiresAt }
          : { status: PartnerInvitationStatus.CANCELLED, respondedAt: now };
      // Only while still open: an acceptance racing this resend or cancel is never overwritten.
      const changed = await manager.update(
        PartnerInvitation,
        { id: invitation.id, status: In([PartnerInvitationStatus.PENDING, PartnerInvitationStatus.EXPIRED]) },
        values,
      );
      if (!changed.affected) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { reason: 'NOT_PENDING', status: invitation.status },
        });
      }
      if (action === 'resend') {
        // The administrator hears of it again, in the same transaction as the new expiry.
        const grant = await manager.findOneBy(AccessGrant, {
          clientId: invitation.clientId,
          contactId: invitation.adminContactId,
          status: In([AccessStatus.INVITED, AccessStatus.EXPIRED, AccessStatus.ACTIVE]),
        });
        const client = await manager.findOneByOrFail(Client, { id: invitation.clientId });
        const plan = client.planId ? await manager.findOneBy(ServicePlan, { id: client.planId }) : null;
        if (grant)
          await this.access.resendIn(manager, grant.id, caller, {
            partnerName: partner.name,
            planName: plan?.name ?? '',
            expiresAt,
          });
      }
      await recordActivity(manager, caller, {
        at: now,
        clientId: invitation.clientId,
        entityType: 'PartnerInvitation',
        entityId: invitation.id,
        action: ActivityAction.UPDATED,
        changes: [{ field: 'status', before: invitation.status, after: values.status }],
      });
      await touchClientFiles(manager, { clientId: invitation.clientId }, now);
      return manager.findOneByOrFail(PartnerInvitation, { id: invitation.id });
    });
  }

  /**
   * Marks unanswered invitations past their expiry (hourly job), each recorded
   * on its client's file; answers how many.
   */
  async expireInvitations(
    now = this.clock.now(),
    caller: Caller = { actor: SYSTEM_ACTOR, requestId: null },
  ): Promise<number> {
    const stale = await this.dataSource
      .getRepository(PartnerInvitation)
      .createQueryBuilder('i')
      .where('i.status = :pending AND i.expires_at < :now', { pending: PartnerInvitationStatus.PENDING, now })
      .getMany();
    let expired = 0;
    for (const invitation of stale) {
      await inTransaction(this.dataSource, async (manager) => {
        // Only if still pending and past due: an answer, a resend or a cancel in the meantime wins.
        const changed = await manager.update(
          PartnerInvitation,
          { id: invitation.id, status: PartnerInvitationStatus.PENDING, expiresAt: LessThan(now) },
          { status: PartnerInvitationStatus.EXPIRED },
        );
        if (!changed.affected) return;
        expired += 1;
        await recordActivity(manager, caller, {
          at: now,
          clientId: invitation.clientId,
          entityType: 'PartnerInvitation',
          entityId: invitation.id,
          action: ActivityAction.UPDATED,
          changes: [
            {
              field: 'status',
              before: PartnerInvitationStatus.PENDING,
              after: PartnerInvitationStatus.EXPIRED,
            },
          ],
        });
        await touchClientFiles(manager, { clientId: invitation.clientId }, now);
      });
    }
    return expired;
  }
}
