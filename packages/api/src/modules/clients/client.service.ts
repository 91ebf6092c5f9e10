import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThan, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  ActivityAction,
  ClientKind,
  ClientRegard,
  ClientStatus,
  ErrorCode,
  FieldErrorCode,
  IdentityProvider,
  InvoiceDelivery,
  Language,
  Lifecycle,
  PaymentTerms,
  foldText,
  formatClientCode,
  type FieldError,
} from '@clientele/shared';
import type { Caller } from '../../app/actor';
import type { Clock } from '../../app/clock';
import type { Connection } from '../../app/connection';
import { isUniqueViolation } from '../../app/db-errors';
import { AppError, badUserInput, fieldError, notFound } from '../../app/errors';
import { recordActivity } from '../activity/activity.service';
import { Activity } from '../activity/activity.entity';
import { fieldChanges } from '../activity/field-changes';
import { nextCounterValue } from '../counters/counter.service';
import { ClientCrm } from '../crm/client-crm.entity';
import { withIdempotency } from '../idempotency/idempotency.service';
import { AccountGroup, ClientAccountGroup } from '../lists/account-group.entity';
import { ClientTerms } from '../terms/client-terms.entity';
import { ServicePlan } from '../partners/service-plan.entity';
import { normalizeAddress } from './address';
import { BusinessNumber } from './business-number.entity';
import { ClientDomain } from './client-domain.entity';
import { BoundedCounts } from '../../app/bounded-count';
import {
  listClients,
  readClientFile,
  type ClientFile,
  type ClientFileReads,
  type ClientListArgs,
  type ClientPage,
  type ClientPageReads,
} from './client-list';
import { CLIENT_INFO_FIELDS, normalizeClientInfo, type ClientLists } from './client-rules';
import { ClientTag } from './client-tag.entity';
import { Client } from './client.entity';
import type { CreateClientInput, UpdateClientInput } from './client.input';
import { inTransaction } from '../../app/transaction';

const CLIENT_CODE_COUNTER = 'client_code';
export const MAX_BULK_DELETE = 500;
/** How long a deleted client can be restored before the purge job removes it. */
export const DEFAULT_RETENTION_DAYS = 30;

/** What a new client file holds until told otherwise: a Québec company, customer, notifications off. */
export const NEW_CLIENT_DEFAULTS = {
  kind: ClientKind.COMPANY,
  lifecycle: Lifecycle.CUSTOMER,
  status: ClientStatus.ACTIVE,
  language: Language.FR,
  currency: 'CAD',
  regard: ClientRegard.NEUTRAL,
  notificationsEnabled: false,
  legalName: null,
  firstName: null,
  lastName: null,
  timeZone: null,
  website: null,
  email: null,
  phone: null,
  mobile: null,
  fax: null,
  clientReference: null,
  description: null,
  registeredAt: null,
  registrationIp: null,
  verifiedPhone: null,
  parentId: null,
  billToId: null,
  partnerId: null,
  planId: null,
  identityProvider: IdentityProvider.CLIENTELE,
  deletedAt: null,
} satisfies Partial<Client>;

/** Folded code, name, legal name and email: what search matches on the client row. */
function searchKeyOf(client: Pick<Client, 'code' | 'name' | 'legalName' | 'email'>): string {
  return foldText([client.code, client.name, client.legalName, client.email].filter(Boolean).join(' ')).slice(
    0,
    800,
  );
}

/** The client's lists as the activity log compares them. */
type ListSnapshot = {
  domains: string[];
  tags: string[];
  businessNumbers: string[];
  accountGroupIds: string[];
};

export class ClientService {
  /** How many clients a list matches: exact when few, else recounted at most once a minute. */
  private readonly counts: BoundedCounts;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    readonly retentionDays = DEFAULT_RETENTION_DAYS,
  ) {
    this.counts = new BoundedCounts(clock);
  }

  findById(id: string): Promise<Client | null> {
    return this.dataSource.getRepository(Client).findOneBy({ id });
  }

  findByCode(code: string): Promise<Client | null> {
    return this.dataSource.getRepository(Client).findOneBy({ code: code.trim().toUpperCase() });
  }

  async getById(id: string, manager: EntityManager = this.dataSource.manager): Promise<Client> {
    const client = await manager.findOneBy(Client, { id });
    if (!client) throw notFound();
    return client;
  }

  /** A page of clients; a partner's id keeps the list to that partner's clients. */
  async list(args: ClientListArgs, partnerId?: string): Promise<Connection<Client>> {
    return (await this.page(args, partnerId)).connection;
  }

  /** One client file, deleted or not, with the one-to-one rows asked for beside it; null when none. */
  file(id: string, reads: ClientFileReads = {}): Promise<ClientFile | null> {
    return readClientFile(this.dataSource, id, reads);
  }

  /** A page of clients with the rows asked for beside them (see `ClientPageReads`). */
  page(
    args: ClientListArgs,
    partnerId?: string,
    reads: ClientPageReads = {},
    /** The query asks for `totalCount`: its bounded count is read in the page's statement. */
    counted = false,
  ): Promise<ClientPage> {
    const key = JSON.stringify([partnerId ?? null, args.filter ?? null]);
    return listClients(this.dataSource, args, {
      partnerId,
      reads,
      now: this.clock.now(),
      count: {
        count: (filtered) => this.counts.count(filtered, key),
        along: counted
          ? (filtered) => ({
              query: this.counts.boundedQuery(filtered),
              total: (bounded) => this.counts.total(bounded, filtered, key),
            })
          : undefined,
      },
    });
  }

  async create(input: CreateClientInput, caller: Caller, extra: Partial<Client> = {}): Promise<Client> {
    return withIdempotency(
      this.dataSource,
      caller,
      'createClient',
      input,
      Client,
      this.clock.now(),
      (manager) => this.createIn(manager, input, caller, extra),
    );
  }

  /** Creates a client file within the caller's transaction (a partner's create does more in the same one). */
  async createIn(
    manager: EntityManager,
    input: CreateClientInput,
    caller: Caller,
    extra: Partial<Client> = {},
  ): Promise<Client> {
    const { values, lists, errors } = normalizeClientInfo(input, null);
    if (errors.length) throw badUserInput(errors);
    // Code and name are checked in one statement; a generated code taken by hand before is skipped.
    let code = values.code;
    let taken = code === undefined ? undefined : await this.taken(manager, { code, nameKey: values.nameKey });
    while (code === undefined || (values.code === undefined && taken?.code)) {
      code = formatClientCode(await nextCounterValue(manager, CLIENT_CODE_COUNTER));
      taken = await this.taken(manager, { code, nameKey: values.nameKey });
    }
    const now = this.clock.now();
    const client = manager.create(Client, {
      ...NEW_CLIENT_DEFAULTS,
      billingAddress: normalizeAddress(null),
      shippingAddress: normalizeAddress(null),
      ...values,
      ...extra,
      id: randomUUID(),
      code,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    } as Client);
    client.searchKey = searchKeyOf(client);
    client.liveNameKey = client.nameKey;
    await this.assertReferences(manager, client, lists, { taken, plan: values.planId !== undefined });
    try {
      await manager.insert(Client, client);
    } catch (error) {
      // A concurrent create took the code or the name between our check and our insert.
      if (isUniqueViolation(error)) throw await this.takenError(manager, client);
      throw error;
    }
    await manager.insert(ClientTerms, {
      clientId: client.id,
      paymentTerms: PaymentTerms.NET_30,
      invoiceDelivery: InvoiceDelivery.EMAIL,
      creditHold: false,
      taxExempt: false,
    });
    await manager.insert(ClientCrm, { clientId: client.id });
    await this.writeLists(manager, client.id, lists);
    // What was written is what a read would give (a test holds them equal): no need to read it back.
    const saved = client;
    await recordActivity(manager, caller, {
      at: now,
      clientId: client.id,
      entityType: 'Client',
      entityId: client.id,
      action: ActivityAction.CREATED,
      changes: [
        ...fieldChanges(null, saved as unknown as Record<string, unknown>, CLIENT_INFO_FIELDS),
        ...fieldChanges(null, listSnapshotOf(lists), Object.keys(lists)),
      ],
      clientVersion: saved.version,
    });
    return saved;
  }

  async update(input: UpdateClientInput, caller: Caller): Promise<Client> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.getById(input.id, manager);
      await this.assertVersion(manager, current, input.version);
      if (current.deletedAt) throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'DELETED' } });
      const { values, lists, errors } = normalizeClientInfo(input, current);
      if (errors.length) throw badUserInput(errors);

      const next = { ...current, ...values } as Client;
      next.searchKey = searchKeyOf(next);
      await this.assertReferences(manager, next, lists, {
        code: values.code !== undefined && values.code !== current.code,
        name: values.nameKey !== undefined && values.nameKey !== current.nameKey,
        plan: values.planId !== undefined && values.planId !== current.planId,
        self: current.id,
      });

      const beforeLists = await this.listSnapshot(manager, current.id);
      const infoChanges = fieldChanges(
        current as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
        CLIENT_INFO_FIELDS,
      );
      const afterLists = { ...beforeLists, ...listSnapshotOf(lists) };
      const listChanges = fieldChanges(beforeLists, afterLists, Object.keys(lists));
      if (infoChanges.length === 0 && listChanges.length === 0) return current;

      const now = this.clock.now();
      try {
        await this.bumpVersion(
          manager,
          current,
          {
            ...values,
            ...(values.nameKey ? { liveNameKey: values.nameKey } : {}),
            searchKey: next.searchKey,
          },
          now,
        );
      } catch (error) {
        if (isUniqueViolation(error)) throw await this.takenError(manager, next);
        throw error;
      }
      await this.writeLists(manager, current.id, lists);
      const saved = await this.getById(current.id, manager);
      await recordActivity(manager, caller, {
        at: now,
        clientId: current.id,
        entityType: 'Client',
        entityId: current.id,
        action: ActivityAction.UPDATED,
        changes: [...infoChanges, ...listChanges],
        clientVersion: saved.version,
      });
      return saved;
    });
  }

  /**
   * Checks the version the caller read is still the stored one; otherwise
   * refuses with CONFLICT, naming the fields changed since that version.
   */
  async assertVersion(manager: EntityManager, current: Client, version: number): Promise<void> {
    if (current.version === version) return;
    const since = await manager.find(Activity, {
      where: { clientId: current.id, clientVersion: Not(IsNull()) },
      order: { at: 'ASC' },
    });
    const changedFields = [
      ...new Set(
        since.filter((a) => (a.clientVersion ?? 0) > version).flatMap((a) => a.changes.map((c) => c.field)),
      ),
    ];
    throw new AppError(ErrorCode.CONFLICT, {
      details: { currentVersion: current.version, yourVersion: version, changedFields },
    });
  }

  /**
   * Writes `values` and advances the version as of `now`, only if nobody did
   * in between (the WHERE on the version is the guard; the read before it
   * only names what changed).
   */
  async bumpVersion(
    manager: EntityManager,
    current: Client,
    values: Partial<Client>,
    now: Date,
  ): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Client)
      .set({ ...values, updatedAt: now })
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (!result.affected) {
      const fresh = await this.getById(current.id, manager);
      await this.assertVersion(manager, fresh, current.version);
    }
  }

  /** Soft-deletes clients, all or none; restorable for the retention period. */
  async delete(ids: string[], caller: Caller): Promise<Client[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > MAX_BULK_DELETE) {
      throw badUserInput([
        fieldError('input.ids', unique.length ? FieldErrorCode.TOO_MANY : FieldErrorCode.REQUIRED, {
          max: MAX_BULK_DELETE,
        }),
      ]);
    }
    return inTransaction(this.dataSource, async (manager) => {
      const clients = await manager.findBy(Client, { id: In(unique), deletedAt: IsNull() });
      const found = new Set(clients.map((c) => c.id));
      const missing = ids.flatMap((id, i) =>
        found.has(id) ? [] : [fieldError(`input.ids.${i}`, FieldErrorCode.INVALID_REFERENCE)],
      );
      if (missing.length) throw badUserInput(missing);
      const now = this.clock.now();
      for (const client of clients) {
        await this.bumpVersion(manager, client, { deletedAt: now, liveNameKey: null }, now);
        await recordActivity(manager, caller, {
          at: now,
          clientId: client.id,
          entityType: 'Client',
          entityId: client.id,
          action: ActivityAction.DELETED,
          changes: [{ field: 'deletedAt', before: null, after: now.toISOString() }],
          clientVersion: client.version + 1,
        });
      }
      return manager.findBy(Client, { id: In(unique) });
    });
  }

  async restore(id: string, caller: Caller): Promise<Client> {
    return inTransaction(this.dataSource, async (manager) => {
      const client = await this.getById(id, manager);
      if (!client.deletedAt) return client;
      const clash = await manager.findOneBy(Client, { liveNameKey: client.nameKey });
      if (clash) {
        throw new AppError(ErrorCode.CONFLICT, { details: { reason: 'NAME_TAKEN', by: clash.code } });
      }
      const now = this.clock.now();
      await this.bumpVersion(manager, client, { deletedAt: null, liveNameKey: client.nameKey }, now);
      const saved = await this.getById(id, manager);
      await recordActivity(manager, caller, {
        at: now,
        clientId: id,
        entityType: 'Client',
        entityId: id,
        action: ActivityAction.RESTORED,
        changes: [{ field: 'deletedAt', before: client.deletedAt.toISOString(), after: null }],
        clientVersion: saved.version,
      });
      return saved;
    });
  }

  /**
   * Restores several clients in one transaction, all or none, so undoing a
   * bulk delete never leaves half of it behind. A name now taken by a live
   * client (or twice in the batch) refuses the whole batch at that id.
   */
  async restoreMany(ids: string[], caller: Caller): Promise<Client[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > MAX_BULK_DELETE) {
      throw badUserInput([
        fieldError('input.ids', unique.length ? FieldErrorCode.TOO_MANY : FieldErrorCode.REQUIRED, {
          max: MAX_BULK_DELETE,
        }),
      ]);
    }
    return inTransaction(this.dataSource, async (manager) => {
      const clients = await manager.findBy(Client, { id: In(unique) });
      const byId = new Map(clients.map((c) => [c.id, c]));
      const deleted = clients.filter((c) => c.deletedAt);
      const live = deleted.length
        ? await manager.findBy(Client, { liveNameKey: In(deleted.map((c) => c.nameKey)) })
        : [];
      const taken = new Set(live.map((c) => c.liveNameKey));
      const errors: FieldError[] = [];
      ids.forEach((id, i) => {
        const client = byId.get(id);
        if (!client) errors.push(fieldError(`input.ids.${i}`, FieldErrorCode.INVALID_REFERENCE));
        else if (client.deletedAt && taken.has(client.nameKey)) {
          errors.push(fieldError(`input.ids.${i}`, FieldErrorCode.ALREADY_TAKEN, { value: client.name }));
        } else if (client.deletedAt) taken.add(client.nameKey);
      });
      if (errors.length) throw badUserInput(errors);
      const now = this.clock.now();
      for (const client of deleted) {
        await this.bumpVersion(manager, client, { deletedAt: null, liveNameKey: client.nameKey }, now);
        await recordActivity(manager, caller, {
          at: now,
          clientId: client.id,
          entityType: 'Client',
          entityId: client.id,
          action: ActivityAction.RESTORED,
          changes: [{ field: 'deletedAt', before: client.deletedAt!.toISOString(), after: null }],
          clientVersion: client.version + 1,
        });
      }
      const restored = new Map((await manager.findBy(Client, { id: In(unique) })).map((c) => [c.id, c]));
      return unique.map((id) => restored.get(id)!);
    });
  }

  /** Removes for good the clients deleted longer ago than the retention period. */
  async purgeDeleted(caller: Caller, now = this.clock.now()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.retentionDays * 86_400_000);
    return inTransaction(this.dataSource, async (manager) => {
      const expired = await manager.findBy(Client, { deletedAt: LessThan(cutoff) });
      if (expired.length === 0) return 0;
      for (const client of expired) {
        await recordActivity(manager, caller, {
          at: now,
          clientId: client.id,
          entityType: 'Client',
          entityId: client.id,
          action: ActivityAction.PURGED,
          changes: [
            { field: 'code', before: client.code, after: null },
            { field: 'name', before: client.name, after: null },
          ],
        });
      }
      // Children go with their client (ON DELETE CASCADE); the activity log stays.
      await manager.delete(Client, { id: In(expired.map((c) => c.id)) });
      return expired.length;
    });
  }

  /** Which unique value a concurrent write took, as a field error. */
  private async takenError(manager: EntityManager, client: Client): Promise<AppError> {
    const codeTaken = await manager.existsBy(Client, { code: client.code });
    return codeTaken
      ? badUserInput([fieldError('input.code', FieldErrorCode.ALREADY_TAKEN, { value: client.code })])
      : badUserInput([fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: client.name })]);
  }

  /** Whether a code or a (folded) name belongs to a client already, both asked in one statement. */
  private async taken(
    manager: EntityManager,
    wanted: { code?: string; nameKey?: string },
  ): Promise<{ code: boolean; name: boolean }> {
    if (wanted.code === undefined && wanted.nameKey === undefined) return { code: false, name: false };
    const rows: { code: string; live_name_key: string | null }[] = await manager
      .createQueryBuilder(Client, 'c')
      .select('c.code', 'code')
      .addSelect('c.live_name_key', 'live_name_key')
      .where('c.code = :code OR c.live_name_key = :nameKey', {
        code: wanted.code ?? null,
        nameKey: wanted.nameKey ?? null,
      })
      .getRawMany();
    return {
      code: wanted.code !== undefined && rows.some((row) => row.code === wanted.code),
      name: wanted.nameKey !== undefined && rows.some((row) => row.live_name_key === wanted.nameKey),
    };
  }

  /** The checks that need the database: uniqueness and references. */
  private async assertReferences(
    manager: EntityManager,
    client: Client,
    lists: ClientLists,
    check: {
      code?: boolean;
      name?: boolean;
      plan?: boolean;
      self?: string;
      /** Already asked (a create asks with its code): whether the code and the name are someone's. */
      taken?: { code: boolean; name: boolean };
    },
  ): Promise<void> {
    const errors: FieldError[] = [];
    const isNew = !check.self;
    const taken =
      check.taken ??
      (await this.taken(manager, {
        code: check.code ? client.code : undefined,
        nameKey: isNew || check.name ? client.nameKey : undefined,
      }));
    if (taken.code)
      errors.push(fieldError('input.code', FieldErrorCode.ALREADY_TAKEN, { value: client.code }));
    if (taken.name)
      errors.push(fieldError('input.name', FieldErrorCode.ALREADY_TAKEN, { value: client.name }));
    for (const field of ['parentId', 'billToId'] as const) {
      const id = client[field];
      if (!id) continue;
      const target = id === check.self ? null : await manager.findOneBy(Client, { id, deletedAt: IsNull() });
      if (!target || (field === 'parentId' && (await this.wouldCycle(manager, client.id, id)))) {
        errors.push(fieldError(`input.${field}`, FieldErrorCode.INVALID_REFERENCE));
      }
    }
    if (lists.domains?.length) {
      const owners = await manager.findBy(ClientDomain, { domain: In(lists.domains) });
      for (const owner of owners.filter((o) => o.clientId !== client.id)) {
        errors.push(
          fieldError(`input.domains.${lists.domains.indexOf(owner.domain)}`, FieldErrorCode.ALREADY_TAKEN, {
            value: owner.domain,
          }),
        );
      }
    }
    // A plan retired since it was chosen stays on the file; choosing it anew is refused.
    if (
      check.plan &&
      client.planId &&
      !(await manager.existsBy(ServicePlan, { id: client.planId, archived: false }))
    ) {
      errors.push(fieldError('input.planId', FieldErrorCode.INVALID_REFERENCE));
    }
    if (lists.accountGroupIds?.length) {
      const groups = await manager.findBy(AccountGroup, { id: In(lists.accountGroupIds), archived: false });
      const known = new Set(groups.map((g) => g.id));
      lists.accountGroupIds.forEach((id, i) => {
        if (!known.has(id))
          errors.push(fieldError(`input.accountGroupIds.${i}`, FieldErrorCode.INVALID_REFERENCE));
      });
    }
    if (errors.length) throw badUserInput(errors);
  }

  /** Whether making `parentId` the parent of `clientId` would close a loop. */
  private async wouldCycle(manager: EntityManager, clientId: string, parentId: string): Promise<boolean> {
    let cursor: string | null = parentId;
    for (let depth = 0; cursor && depth < 50; depth += 1) {
      if (cursor === clientId) return true;
      const parent: Client | null = await manager.findOneBy(Client, { id: cursor });
      cursor = parent?.parentId ?? null;
    }
    return false;
  }

  private async listSnapshot(manager: EntityManager, clientId: string): Promise<ListSnapshot> {
    const [domains, tags, numbers, groups] = await Promise.all([
      manager.find(ClientDomain, { where: { clientId }, order: { position: 'ASC' } }),
      manager.find(ClientTag, { where: { clientId }, order: { tagKey: 'ASC' } }),
      manager.find(BusinessNumber, { where: { clientId }, order: { position: 'ASC' } }),
      manager.findBy(ClientAccountGroup, { clientId }),
    ]);
    return {
      domains: domains.map((d) => d.domain),
      tags: tags.map((t) => t.tag),
      businessNumbers: numbers.map((n) => `${n.scheme} ${n.value}`),
      accountGroupIds: groups.map((g) => g.groupId).sort(),
    };
  }

  /** Replaces each list given (and only those). */
  private async writeLists(manager: EntityManager, clientId: string, lists: ClientLists): Promise<void> {
    if (lists.domains) {
      await manager.delete(ClientDomain, { clientId });
      if (lists.domains.length) {
        await manager.insert(
          ClientDomain,
          lists.domains.map((domain, position) => ({ id: randomUUID(), clientId, domain, position })),
        );
      }
    }
    if (lists.tags) {
      await manager.delete(ClientTag, { clientId });
      if (lists.tags.length)
        await manager.insert(
          ClientTag,
          lists.tags.map((t) => ({ clientId, ...t })),
        );
    }
    if (lists.businessNumbers) {
      await manager.delete(BusinessNumber, { clientId });
      if (lists.businessNumbers.length) {
        await manager.insert(
          BusinessNumber,
          lists.businessNumbers.map((n, position) => ({ id: randomUUID(), clientId, ...n, position })),
        );
      }
    }
    if (lists.accountGroupIds) {
      await manager.delete(ClientAccountGroup, { clientId });
      if (lists.accountGroupIds.length) {
        await manager.insert(
          ClientAccountGroup,
          lists.accountGroupIds.map((groupId) => ({ clientId, groupId })),
        );
      }
    }
  }

  /** The next generated code that nobody chose by hand in the meantime. */
}

function listSnapshotOf(lists: ClientLists): Partial<ListSnapshot> {
  return {
    ...(lists.domains ? { domains: lists.domains } : {}),
    ...(lists.tags
      ? { tags: [...lists.tags].sort((a, b) => (a.tagKey < b.tagKey ? -1 : 1)).map((t) => t.tag) }
      : {}),
    ...(lists.businessNumbers
      ? { businessNumbers: lists.businessNumbers.map((n) => `${n.scheme} ${n.value}`) }
      : {}),
    ...(lists.accountGroupIds ? { accountGroupIds: [...lists.accountGroupIds].sort() } : {}),
  };
}
