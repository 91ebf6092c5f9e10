import { randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  ActivityAction,
  ContactOrderField,
  ContactType,
  ErrorCode,
  FieldErrorCode,
  LIMITS,
  Language,
  SortDirection,
  foldText,
  issue,
  normalizeEmail,
  normalizePhone,
  type FieldError,
  type FieldIssue,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import type { Connection } from '../../app/connection';
import { isUniqueViolation } from '../../app/db-errors';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { SYNC_SETTLE_MS, keysetPage, likePattern } from '../../app/keyset';
import { touchClientFiles } from '../clients/client-touch';
import { recordActivity } from '../activity/activity.service';
import { fieldChanges } from '../activity/field-changes';
import { normalizeAddress } from '../clients/address';
import { ClientDomain } from '../clients/client-domain.entity';
import { HOME_COUNTRY } from '../clients/client-rules';
import { Client } from '../clients/client.entity';
import { withIdempotency } from '../idempotency/idempotency.service';
import { ClientContact } from './client-contact.entity';
import { Contact } from './contact.entity';
import type {
  ContactFieldsInput,
  ContactFilter,
  ContactLinkFields,
  CreateContactInput,
  LinkContactInput,
  UpdateContactInput,
  UpdateContactLinkInput,
} from './contact.input';
import { inTransaction } from '../../app/transaction';

const CONTACT_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'mobile',
  'language',
  'timeZone',
  'address',
  'socialHandles',
] as const;
const LINK_FIELDS = ['title', 'department', 'type'] as const;

const clean = (value: string | null | undefined) =>
  value === undefined || value === null ? null : value.trim().replace(/\s+/g, ' ') || null;

export interface ContactListArgs {
  first?: number | null;
  after?: string | null;
  filter?: ContactFilter | null;
  orderBy?: { field: ContactOrderField; direction: SortDirection } | null;
}

export class ContactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  findById(id: string): Promise<Contact | null> {
    return this.dataSource.getRepository(Contact).findOneBy({ id, deletedAt: IsNull() });
  }

  list(args: ContactListArgs): Promise<Connection<Contact>> {
    const qb = this.dataSource.getRepository(Contact).createQueryBuilder('ct').where('ct.deleted_at IS NULL');
    foldText(args.filter?.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 8)
      .forEach((word, i) => {
        qb.andWhere(`(ct.name_key LIKE :w${i} ESCAPE '!' OR LOWER(ct.email) LIKE :w${i} ESCAPE '!')`, {
          [`w${i}`]: likePattern(word),
        });
      });
    if (args.filter?.clientId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM client_contact cc WHERE cc.contact_id = ct.id AND cc.client_id = :client)',
        {
          client: args.filter.clientId,
        },
      );
    }
    if (args.filter?.updatedSince) {
      // Only changes surely committed (`SYNC_SETTLE_MS`): a mirror's cursor never passes one still in flight.
      qb.andWhere('ct.updated_at >= :since AND ct.updated_at <= :settled', {
        since: args.filter.updatedSince,
        settled: new Date(this.clock.now().getTime() - SYNC_SETTLE_MS),
      });
    }
    const instant = {
      [ContactOrderField.CREATED_AT]: { sql: 'ct.created_at', property: 'createdAt' },
      [ContactOrderField.UPDATED_AT]: { sql: 'ct.updated_at', property: 'updatedAt' },
    }[args.orderBy?.field as ContactOrderField.CREATED_AT | ContactOrderField.UPDATED_AT];
    return keysetPage(
      this.dataSource,
      Contact,
      qb,
      {
        sql: instant?.sql ?? 'ct.name_key',
        direction: args.orderBy?.direction === SortDirection.DESC ? 'DESC' : 'ASC',
        instantColumn: instant
          ? this.dataSource.getMetadata(Contact).findColumnWithPropertyName(instant.property)
          : undefined,
      },
      args,
    );
  }

  /**
   * Contacts not yet linked to the client whose email domain is one of the
   * client's domains: the people most likely to belong there.
   */
  async suggestionsFor(clientId: string): Promise<Contact[]> {
    const domains = (await this.dataSource.getRepository(ClientDomain).findBy({ clientId })).map(
      (d) => d.domain,
    );
    if (domains.length === 0) return [];
    return this.dataSource
      .getRepository(Contact)
      .createQueryBuilder('ct')
      .where('ct.deleted_at IS NULL')
      .andWhere('ct.email_domain IN (:...domains)', { domains })
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM client_contact cc WHERE cc.contact_id = ct.id AND cc.client_id = :clientId)',
        {
          clientId,
        },
      )
      .orderBy('ct.name_key', 'ASC')
      .limit(20)
      .getMany();
  }

  /** Values to write, and the rules between fields (names required, phones read in a country). */
  private normalize(input: ContactFieldsInput, current: Contact | null, fallbackCountry: string) {
    const values: Partial<Contact> = {};
    const errors: FieldError[] = [];
    const fail = (path: string, problem: FieldIssue) =>
      errors.push(fieldError(`input.${path}`, problem.code, problem.params));
    if (input.firstName !== undefined) values.firstName = clean(input.firstName) as string;
    if (input.lastName !== undefined) values.lastName = clean(input.lastName) as string;
    if (input.email !== undefined)
      values.email = clean(input.email) && normalizeEmail(clean(input.email) as string);
    if (input.language) values.language = input.language;
    if (input.timeZone !== undefined) values.timeZone = clean(input.timeZone);
    if (input.address !== undefined) values.address = normalizeAddress(input.address);
    if (input.socialHandles !== undefined) {
      const handles = (input.socialHandles ?? []).filter((h) => h.handle.trim());
      if (handles.length > LIMITS.socialHandles)
        fail('socialHandles', issue(FieldErrorCode.TOO_MANY, { max: LIMITS.socialHandles }));
      values.socialHandles = handles.map((h) => ({ network: h.network, handle: h.handle.trim() }));
    }
    const country = (values.address ?? current?.address)?.country ?? fallbackCountry;
    for (const field of ['phone', 'mobile'] as const) {
      if (input[field] === undefined) continue;
      const raw = clean(input[field]);
      const e164 = raw && raw.length <= 40 ? normalizePhone(raw, country) : null;
      if (raw && !e164) fail(field, issue(FieldErrorCode.INVALID_FORMAT, { expected: '+1 514 555 0123' }));
      else values[field] = e164;
    }
    const firstName = values.firstName !== undefined ? values.firstName : current?.firstName;
    const lastName = values.lastName !== undefined ? values.lastName : current?.lastName;
    if (!firstName) fail('firstName', issue(FieldErrorCode.REQUIRED));
    if (!lastName) fail('lastName', issue(FieldErrorCode.REQUIRED));
    if (firstName && lastName) values.nameKey = foldText(`${firstName} ${lastName}`);
    if (values.email !== undefined) {
      values.emailKey = values.email ? values.email.toLowerCase() : null;
      values.emailDomain = values.email ? values.email.slice(values.email.lastIndexOf('@') + 1) : null;
    }
    return { values, errors };
  }

  private async assertEmailFree(
    manager: EntityManager,
    email: string | null | undefined,
    self?: string,
  ): Promise<void> {
    if (!email) return;
    const owner = await manager.findOneBy(Contact, {
      emailKey: email.toLowerCase(),
      ...(self ? { id: Not(self) } : {}),
    });
    if (owner)
      throw badUserInput([fieldError('input.email', FieldErrorCode.ALREADY_TAKEN, { value: email })]);
  }

  private async liveClient(manager: EntityManager, clientId: string, path: string): Promise<Client> {
    const client = await manager.findOneBy(Client, { id: clientId, deletedAt: IsNull() });
    if (!client) throw badUserInput([fieldError(path, FieldErrorCode.INVALID_REFERENCE)]);
    return client;
  }

  async create(input: CreateContactInput, caller: Caller): Promise<Contact> {
    return withIdempotency(
      this.dataSource,
      caller,
      'createContact',
      input,
      Contact,
      this.clock.now(),
      (manager) => this.createIn(manager, input, caller),
    );
  }

  /** Creates (and links) a contact within the caller's transaction. */
  async createIn(manager: EntityManager, input: CreateContactInput, caller: Caller): Promise<Contact> {
    const client = input.clientId ? await this.liveClient(manager, input.clientId, 'input.clientId') : null;
    const { values, errors } = this.normalize(input, null, client?.billingAddress.country ?? HOME_COUNTRY);
    if (errors.length) throw badUserInput(errors);
    await this.assertEmailFree(manager, values.email);
    const now = this.clock.now();
    const contact = manager.create(Contact, {
      email: null,
      emailKey: null,
      emailDomain: null,
      phone: null,
      mobile: null,
      language: client?.language ?? Language.FR,
      timeZone: client?.timeZone ?? null,
      address: normalizeAddress(null),
      socialHandles: [],
      ...values,
      id: randomUUID(),
      createdById: caller.actor.id,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    } as Contact);
    try {
      await manager.insert(Contact, contact);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw badUserInput([
          fieldError('input.email', FieldErrorCode.ALREADY_TAKEN, { value: contact.email ?? '' }),
        ]);
      }
      throw error;
    }
    await recordActivity(manager, caller, {
      at: now,
      clientId: client?.id ?? null,
      entityType: 'Contact',
      entityId: contact.id,
      action: ActivityAction.CREATED,
      changes: fieldChanges(null, contact as unknown as Record<string, unknown>, CONTACT_FIELDS, 'contact.'),
    });
    if (client)
      await this.insertLink(manager, caller, client, contact, input.link ?? {}, Boolean(input.primary), now);
    return manager.findOneByOrFail(Contact, { id: contact.id });
  }

  async update(input: UpdateContactInput, caller: Caller): Promise<Contact> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await manager.findOneBy(Contact, { id: input.id, deletedAt: IsNull() });
      if (!current) throw notFound();
      if (current.version !== input.version) {
        throw new AppError(ErrorCode.CONFLICT, {
          details: { currentVersion: current.version, yourVersion: input.version },
        });
      }
      const { values, errors } = this.normalize(input, current, HOME_COUNTRY);
      if (errors.length) throw badUserInput(errors);
      if (values.email !== undefined && values.email !== current.email)
        await this.assertEmailFree(manager, values.email, current.id);
      const next = { ...current, ...values };
      const changes = fieldChanges(
        current as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
        CONTACT_FIELDS,
        'contact.',
      );
      if (changes.length === 0) return current;
      const now = this.clock.now();
      const result = await manager
        .createQueryBuilder()
        .update(Contact)
        .set({ ...values, updatedAt: now })
        .where('id = :id AND version = :version', { id: current.id, version: current.version })
        .execute();
      if (!result.affected) throw new AppError(ErrorCode.CONFLICT);
      await recordActivity(manager, caller, {
        at: now,
        clientId: null,
        entityType: 'Contact',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      await touchClientFiles(manager, { contactId: current.id }, now);
      return manager.findOneByOrFail(Contact, { id: current.id });
    });
  }

  async link(input: LinkContactInput, caller: Caller): Promise<ClientContact> {
    return inTransaction(this.dataSource, async (manager) => {
      const client = await this.liveClient(manager, input.clientId, 'input.clientId');
      const contact = await manager.findOneBy(Contact, { id: input.contactId, deletedAt: IsNull() });
      if (!contact) throw badUserInput([fieldError('input.contactId', FieldErrorCode.INVALID_REFERENCE)]);
      if (await manager.existsBy(ClientContact, { clientId: client.id, contactId: contact.id })) {
        throw badUserInput([
          fieldError('input.contactId', FieldErrorCode.ALREADY_TAKEN, {
            value: `${contact.firstName} ${contact.lastName}`,
          }),
        ]);
      }
      return this.insertLink(
        manager,
        caller,
        client,
        contact,
        input,
        Boolean(input.primary),
        this.clock.now(),
      );
    });
  }

  private async insertLink(
    manager: EntityManager,
    caller: Caller,
    client: Client,
    contact: Contact,
    fields: ContactLinkFields,
    primary: boolean,
    now: Date,
  ): Promise<ClientContact> {
    const link = manager.create(ClientContact, {
      id: randomUUID(),
      clientId: client.id,
      contactId: contact.id,
      title: clean(fields.title),
      department: clean(fields.department),
      type: fields.type ?? ContactType.OTHER,
      primaryKey: null,
      linkedAt: now,
    });
    try {
      await manager.insert(ClientContact, link);
    } catch (error) {
      if (isUniqueViolation(error))
        throw badUserInput([
          fieldError('input.contactId', FieldErrorCode.ALREADY_TAKEN, { value: contact.lastName }),
        ]);
      throw error;
    }
    await recordActivity(manager, caller, {
      at: now,
      clientId: client.id,
      entityType: 'ClientContact',
      entityId: link.id,
      action: ActivityAction.LINKED,
      changes: [
        { field: 'contact', before: null, after: `${contact.firstName} ${contact.lastName}` },
        ...fieldChanges(null, link as unknown as Record<string, unknown>, LINK_FIELDS, 'link.'),
      ],
      eventSubject: { contactId: contact.id },
    });
    if (primary) await this.makePrimary(manager, caller, link, contact, now);
    await touchClientFiles(manager, { clientId: client.id }, now);
    return manager.findOneByOrFail(ClientContact, { id: link.id });
  }

  async updateLink(input: UpdateContactLinkInput, caller: Caller): Promise<ClientContact> {
    return inTransaction(this.dataSource, async (manager) => {
      const link = await manager.findOneBy(ClientContact, { id: input.id });
      if (!link) throw notFound();
      const values: Partial<ClientContact> = {};
      if (input.title !== undefined) values.title = clean(input.title);
      if (input.department !== undefined) values.department = clean(input.department);
      if (input.type) values.type = input.type;
      const changes = fieldChanges(
        link as unknown as Record<string, unknown>,
        { ...link, ...values } as unknown as Record<string, unknown>,
        LINK_FIELDS,
        'link.',
      );
      if (changes.length === 0) return link;
      const now = this.clock.now();
      await manager.update(ClientContact, { id: link.id }, values);
      await recordActivity(manager, caller, {
        at: now,
        clientId: link.clientId,
        entityType: 'ClientContact',
        entityId: link.id,
        action: ActivityAction.UPDATED,
        changes,
      });
      await touchClientFiles(manager, { clientId: link.clientId }, now);
      return manager.findOneByOrFail(ClientContact, { id: link.id });
    });
  }

  async unlink(id: string, caller: Caller): Promise<ClientContact> {
    return inTransaction(this.dataSource, async (manager) => {
      const link = await manager.findOneBy(ClientContact, { id });
      if (!link) throw notFound();
      const contact = await manager.findOneByOrFail(Contact, { id: link.contactId });
      const now = this.clock.now();
      await manager.delete(ClientContact, { id });
      await recordActivity(manager, caller, {
        at: now,
        clientId: link.clientId,
        entityType: 'ClientContact',
        entityId: id,
        action: ActivityAction.UNLINKED,
        changes: [{ field: 'contact', before: `${contact.firstName} ${contact.lastName}`, after: null }],
        eventSubject: { contactId: contact.id },
      });
      await touchClientFiles(manager, { clientId: link.clientId }, now);
      return link;
    });
  }

  async setPrimary(id: string, caller: Caller): Promise<ClientContact> {
    return inTransaction(this.dataSource, async (manager) => {
      const link = await manager.findOneBy(ClientContact, { id });
      if (!link) throw notFound();
      if (link.primaryKey) return link;
      const contact = await manager.findOneByOrFail(Contact, { id: link.contactId });
      const now = this.clock.now();
      await this.makePrimary(manager, caller, link, contact, now);
      await touchClientFiles(manager, { clientId: link.clientId }, now);
      return manager.findOneByOrFail(ClientContact, { id });
    });
  }

  /** One primary contact per client: the previous one steps down in the same transaction. */
  private async makePrimary(
    manager: EntityManager,
    caller: Caller,
    link: ClientContact,
    contact: Contact,
    now: Date,
  ): Promise<void> {
    const previous = await manager.findOneBy(ClientContact, { primaryKey: link.clientId });
    const previousContact = previous ? await manager.findOneBy(Contact, { id: previous.contactId }) : null;
    if (previous) await manager.update(ClientContact, { id: previous.id }, { primaryKey: null });
    await manager.update(ClientContact, { id: link.id }, { primaryKey: link.clientId });
    await recordActivity(manager, caller, {
      at: now,
      clientId: link.clientId,
      entityType: 'ClientContact',
      entityId: link.id,
      action: ActivityAction.PRIMARY_SET,
      changes: [
        {
          field: 'primaryContact',
          before: previousContact ? `${previousContact.firstName} ${previousContact.lastName}` : null,
          after: `${contact.firstName} ${contact.lastName}`,
        },
      ],
    });
  }

  linksOfContacts(contactIds: string[]): Promise<ClientContact[]> {
    return this.dataSource.getRepository(ClientContact).find({
      where: { contactId: In(contactIds) },
      order: { linkedAt: 'ASC' },
    });
  }
}
