import DataLoader from 'dataloader';
import { AccessStatus } from '@clientele/shared';
import { In, IsNull, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
import { Client } from '../modules/clients/client.entity';
import { ClientDomain } from '../modules/clients/client-domain.entity';
import { ClientTag } from '../modules/clients/client-tag.entity';
import { BusinessNumber } from '../modules/clients/business-number.entity';
import { AccountGroup, ClientAccountGroup } from '../modules/lists/account-group.entity';
import { Industry } from '../modules/lists/industry.entity';
import { ClientTerms } from '../modules/terms/client-terms.entity';
import { ClientCrm, ClientSalesperson } from '../modules/crm/client-crm.entity';
import { ClientContact } from '../modules/contacts/client-contact.entity';
import { Contact } from '../modules/contacts/contact.entity';
import { Note } from '../modules/notes/note.entity';
import { User } from '../modules/users/user.entity';
import { PartnerInvitation } from '../modules/partners/partner-invitation.entity';
import { Partner, PartnerUser } from '../modules/partners/partner.entity';
import { ServicePlan } from '../modules/partners/service-plan.entity';
import { AccessGrant } from '../modules/access/access-grant.entity';
import { PortalAccount } from '../modules/access/portal-account.entity';
import { Branch } from '../modules/lists/branch.entity';

/**
 * Per-request batching: a page of 50 clients asking for their terms, CRM,
 * contacts and counts costs one query per kind of thing, not one per client.
 */

function byId<T extends ObjectLiteral & { id: string }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function oneByClient<T extends ObjectLiteral & { clientId: string }>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
) {
  return new DataLoader<string, T | null>(async (clientIds) => {
    const rows = await dataSource.getRepository(entity).findBy({ clientId: In([...clientIds]) } as never);
    const map = new Map(rows.map((row) => [row.clientId, row]));
    return clientIds.map((id) => map.get(id) ?? null);
  });
}

function manyBy<T extends ObjectLiteral>(key: keyof T & string, load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row[key] as string, [...(map.get(row[key] as string) ?? []), row]);
    return ids.map((id) => map.get(id) ?? []);
  });
}

const manyByClient = <T extends ObjectLiteral & { clientId: string }>(
  load: (clientIds: string[]) => Promise<T[]>,
) => manyBy<T>('clientId', load);

function countByClient(dataSource: DataSource, table: string, extraWhere = '') {
  return new DataLoader<string, number>(async (clientIds) => {
    const rows: { client_id: string; n: string | number }[] = await dataSource
      .createQueryBuilder()
      .select('t.client_id', 'client_id')
      .addSelect('COUNT(*)', 'n')
      .from(table, 't')
      .where('t.client_id IN (:...ids)', { ids: [...clientIds] })
      .andWhere(extraWhere || '1=1')
      .groupBy('t.client_id')
      .getRawMany();
    const map = new Map(rows.map((row) => [row.client_id, Number(row.n)]));
    return clientIds.map((id) => map.get(id) ?? 0);
  });
}

export function createLoaders(dataSource: DataSource) {
  const repo = <T extends ObjectLiteral>(entity: EntityTarget<T>) => dataSource.getRepository(entity);
  return {
    client: byId(dataSource, Client),
    user: byId(dataSource, User),
    contact: byId(dataSource, Contact),
    industry: byId(dataSource, Industry),
    branch: byId(dataSource, Branch),
    partner: byId(dataSource, Partner),
    partnerUser: byId(dataSource, PartnerUser),
    plan: byId(dataSource, ServicePlan),
    portalAccount: byId(dataSource, PortalAccount),
    accountGroup: byId(dataSource, AccountGroup),
    terms: oneByClient(dataSource, ClientTerms),
    crm: oneByClient(dataSource, ClientCrm),
    domains: manyByClient((ids) =>
      repo(ClientDomain).find({ where: { clientId: In(ids) }, order: { position: 'ASC' } }),
    ),
    tags: manyByClient((ids) =>
      repo(ClientTag).find({ where: { clientId: In(ids) }, order: { tagKey: 'ASC' } }),
    ),
    businessNumbers: manyByClient((ids) =>
      repo(BusinessNumber).find({ where: { clientId: In(ids) }, order: { position: 'ASC' } }),
    ),
    accountGroupLinks: manyByClient((ids) => repo(ClientAccountGroup).findBy({ clientId: In(ids) })),
    salespeople: manyByClient((ids) => repo(ClientSalesperson).findBy({ clientId: In(ids) })),
    contactLinks: manyByClient((ids) =>
      repo(ClientContact).find({ where: { clientId: In(ids) }, order: { linkedAt: 'ASC', id: 'ASC' } }),
    ),
    /** A portal account's live accesses: a contact's companies cost one query, however many. */
    activeGrantsOfAccount: manyBy<AccessGrant>('accountId', (ids) =>
      repo(AccessGrant).findBy({ accountId: In(ids), status: AccessStatus.ACTIVE }),
    ),
    linksOfContact: manyBy<ClientContact>('contactId', (ids) =>
      repo(ClientContact).find({ where: { contactId: In(ids) }, order: { linkedAt: 'ASC', id: 'ASC' } }),
    ),
    notes: manyByClient((ids) =>
      repo(Note).find({
        where: { clientId: In(ids), deletedAt: IsNull() },
        order: { pinned: 'DESC', createdAt: 'DESC', id: 'DESC' },
      }),
    ),
    /** The latest partner invitation of each client. */
    partnerInvitation: new DataLoader<string, PartnerInvitation | null>(async (clientIds) => {
      const rows = await repo(PartnerInvitation).find({
        where: { clientId: In([...clientIds]) },
        order: { createdAt: 'ASC' },
      });
      const latest = new Map(rows.map((row) => [row.clientId, row]));
      return clientIds.map((id) => latest.get(id) ?? null);
    }),
    contactCount: countByClient(dataSource, 'client_contact'),
    noteCount: countByClient(dataSource, 'client_note', 't.deleted_at IS NULL'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
