import DataLoader from 'dataloader';
import { AccessStatus, NoteVisibility } from '@clientele/shared';
import { In, type DataSource, type ObjectLiteral, type EntityTarget } from 'typeorm';
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
import { keepAlong } from './read-along';
import { entityRows } from './row-mapper';

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

/** Link properties the resolvers of a link's fields read (its order, whether primary, whose). */
const LINK_READ_BY_RESOLVERS = ['clientId', 'contactId', 'primaryKey', 'linkedAt'];

/**
 * The contact links of some clients, in the order linked, each with its
 * contact read in the same statement and kept along with it. Only the
 * properties named are read when names are given (a page's query says which).
 */
export async function readContactLinks(
  dataSource: DataSource,
  clientIds: readonly string[],
  properties: { link?: Iterable<string>; contact?: Iterable<string> } = {},
): Promise<{ link: ClientContact; contact: Contact | null }[]> {
  const allLinks = entityRows(dataSource, ClientContact);
  const allPeople = entityRows(dataSource, Contact);
  const links = properties.link ? allLinks.only([...LINK_READ_BY_RESOLVERS, ...properties.link]) : allLinks;
  const people = properties.contact ? allPeople.only(properties.contact) : allPeople;
  const rows: Record<string, unknown>[] = await dataSource
    .createQueryBuilder()
    .select(`${links.select('l')}, ${people.select('ct')}`)
    .from(ClientContact, 'l')
    .leftJoin(Contact, 'ct', 'ct.id = l.contact_id')
    .where('l.client_id IN (:...clientIds)', { clientIds })
    .orderBy('l.linked_at', 'ASC')
    .addOrderBy('l.id', 'ASC')
    .getRawMany();
  return rows.map((row) => {
    const link = links.read(row, 'l')!;
    const contact = people.read(row, 'ct');
    keepAlong(link, 'contact', contact);
    return { link, contact };
  });
}

/**
 * Each client's contact links, with their contacts read in the same statement
 * and handed to `contacts`, so a page's contacts cost one query, not two.
 */
function contactLinksOf(dataSource: DataSource, contacts: DataLoader<string, Contact | null>) {
  return manyByClient<ClientContact>(async (clientIds) =>
    (await readContactLinks(dataSource, clientIds)).map(({ link, contact }) => {
      if (contact) contacts.prime(contact.id, contact);
      return link;
    }),
  );
}

/**
 * Each client's salespeople as users, read with their links in one statement
 * and handed to `users`.
 */
function salespeopleOf(dataSource: DataSource, users: DataLoader<string, User | null>) {
  const people = entityRows(dataSource, User);
  return new DataLoader<string, User[]>(async (clientIds) => {
    const rows: Record<string, unknown>[] = await dataSource
      .createQueryBuilder()
      .select('s.client_id', 's_client_id')
      .addSelect(people.select('u'))
      .from(ClientSalesperson, 's')
      .innerJoin(User, 'u', 'u.id = s.user_id')
      .where('s.client_id IN (:...clientIds)', { clientIds: [...clientIds] })
      .getRawMany();
    const byClient = new Map<string, User[]>();
    for (const row of rows) {
      const user = people.read(row, 'u')!;
      users.prime(user.id, user);
      const clientId = String(row.s_client_id);
      byClient.set(clientId, [...(byClient.get(clientId) ?? []), user]);
    }
    return clientIds.map((id) => byClient.get(id) ?? []);
  });
}

/**
 * The first `first` live notes of each client in the notes' order (pinned,
 * then newest), the internal ones left out for a partner: one statement for a
 * page of clients, which reads no further into a file of thousands of notes
 * than each client's own first ones.
 */
function firstNotesOf(dataSource: DataSource) {
  const notes = entityRows(dataSource, Note);
  const loaders = new Map<string, DataLoader<string, Note[]>>();
  return (first: number, sharedOnly: boolean): DataLoader<string, Note[]> => {
    const key = `${first}:${sharedOnly}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = manyByClient<Note>(async (clientIds) => {
        const ranked = dataSource
          .createQueryBuilder()
          .select(notes.select('n'))
          .addSelect(
            'ROW_NUMBER() OVER (PARTITION BY n.client_id ORDER BY n.pinned DESC, n.created_at DESC, n.id DESC)',
            'n_rank',
          )
          .from(Note, 'n')
          .where('n.client_id IN (:...clientIds)', { clientIds })
          .andWhere('n.deleted_at IS NULL');
        if (sharedOnly) ranked.andWhere('n.visibility = :shared', { shared: NoteVisibility.SHARED });
        const [sql, parameters] = ranked.getQueryAndParameters();
        const rows: Record<string, unknown>[] = await dataSource.query(
          `SELECT * FROM (${sql}) ranked WHERE ranked.n_rank <= ? ORDER BY ranked.n_rank`,
          [...parameters, first],
        );
        return rows.map((row) => notes.read(row, 'n')!);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(dataSource: DataSource) {
  const repo = <T extends ObjectLiteral>(entity: EntityTarget<T>) => dataSource.getRepository(entity);
  const contact = byId(dataSource, Contact);
  const user = byId(dataSource, User);
  return {
    client: byId(dataSource, Client),
    user,
    contact,
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
    /** A client's salespeople, as users (see `salespeopleOf`). */
    salespeople: salespeopleOf(dataSource, user),
    contactLinks: contactLinksOf(dataSource, contact),
    /** A portal account's live accesses: a contact's companies cost one query, however many. */
    activeGrantsOfAccount: manyBy<AccessGrant>('accountId', (ids) =>
      repo(AccessGrant).findBy({ accountId: In(ids), status: AccessStatus.ACTIVE }),
    ),
    linksOfContact: manyBy<ClientContact>('contactId', (ids) =>
      repo(ClientContact).find({ where: { contactId: In(ids) }, order: { linkedAt: 'ASC', id: 'ASC' } }),
    ),
    firstNotes: firstNotesOf(dataSource),
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
