import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ClientOrderField, SortDirection, foldText } from '@clientele/shared';
import type { Connection } from '../../app/connection';
import { SYNC_SETTLE_MS, keysetPage } from '../../app/keyset';
import { entityRows } from '../../app/row-mapper';
import { ClientCrm } from '../crm/client-crm.entity';
import { Industry } from '../lists/industry.entity';
import { ClientTerms } from '../terms/client-terms.entity';
import { PartnerInvitation } from '../partners/partner-invitation.entity';
import { User } from '../users/user.entity';
import { Client } from './client.entity';
import type { ClientFilter, ClientOrder } from './client.input';
import { applySearch, type SearchIn } from './client-search';

export interface ClientListArgs {
  first?: number | null;
  after?: string | null;
  offset?: number | null;
  filter?: ClientFilter | null;
  orderBy?: ClientOrder | null;
}

/** Clients without a renewal date sort after every date, the same on every dialect. */
const NO_RENEWAL = '9999-12-31';

/** The SQL expression behind each order field, and the instant property it reads, if any. */
const ORDER_EXPRESSIONS: Record<ClientOrderField, { sql: string; property?: keyof Client }> = {
  NAME: { sql: 'c.name_key' },
  CODE: { sql: 'c.code' },
  CREATED_AT: { sql: 'c.created_at', property: 'createdAt' },
  UPDATED_AT: { sql: 'c.updated_at', property: 'updatedAt' },
  RENEWAL_DATE: { sql: `COALESCE(crm.renewal_date, '${NO_RENEWAL}')` },
};

/** The WHERE clauses of a client filter, on `client c` left-joined to `client_crm crm`. */
export function applyClientFilter(
  qb: SelectQueryBuilder<Client>,
  filter: ClientFilter | null | undefined,
  liveness = filter?.deleted
    ? 'c.deleted_at IS NOT NULL'
    : filter?.withDeleted
      ? '1 = 1'
      : 'c.deleted_at IS NULL',
  /** What the search words are matched against: a partner's search reads names only. */
  searchIn: SearchIn = 'everything',
): void {
  qb.andWhere(liveness);
  if (!filter) return;

  applySearch(qb, filter.search, searchIn);

  if (filter.updatedSince)
    qb.andWhere('c.updated_at >= :updatedSince', { updatedSince: filter.updatedSince });

  if (filter.status?.length) qb.andWhere('c.status IN (:...status)', { status: filter.status });
  if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
  if (filter.lifecycle) qb.andWhere('c.lifecycle = :lifecycle', { lifecycle: filter.lifecycle });
  if (filter.tier?.length) qb.andWhere('crm.tier IN (:...tier)', { tier: filter.tier });
  if (filter.health?.length) qb.andWhere('crm.health IN (:...health)', { health: filter.health });
  if (filter.accountOwnerId) qb.andWhere('crm.account_owner_id = :owner', { owner: filter.accountOwnerId });
  if (filter.industryId) qb.andWhere('crm.industry_id = :industry', { industry: filter.industryId });
  // `renewsFrom`/`renewsTo` (LocalDate) or the deprecated strings before them.
  const renewsFrom = filter.renewsFrom ?? filter.renewalFrom;
  const renewsTo = filter.renewsTo ?? filter.renewalTo;
  if (renewsFrom) qb.andWhere('crm.renewal_date >= :renewsFrom', { renewsFrom });
  if (renewsTo) qb.andWhere('crm.renewal_date <= :renewsTo', { renewsTo });
  if (filter.accountGroupId) {
    qb.andWhere(
      'EXISTS (SELECT 1 FROM client_account_group g WHERE g.client_id = c.id AND g.group_id = :group)',
      { group: filter.accountGroupId },
    );
  }
  if (filter.tag?.trim()) {
    qb.andWhere('EXISTS (SELECT 1 FROM client_tag t WHERE t.client_id = c.id AND t.tag_key = :tag)', {
      tag: foldText(filter.tag),
    });
  }
}

/**
 * What a partner may list by: its clients' names. It reads only the card of
 * a client that has not accepted it, so searching or ordering by anything
 * else (an email, a contact's name, health, renewal) would answer questions
 * about what it may not read.
 */
function forPartner(args: ClientListArgs): ClientListArgs {
  const { search, updatedSince, withDeleted } = args.filter ?? {};
  // A mirror of its own clients (`updatedSince`) goes by update time, tombstones included.
  const field =
    args.orderBy?.field === ClientOrderField.UPDATED_AT ? ClientOrderField.UPDATED_AT : ClientOrderField.NAME;
  return {
    ...args,
    filter: search || updatedSince || withDeleted ? { search, updatedSince, withDeleted } : null,
    orderBy: { field, direction: args.orderBy?.direction ?? SortDirection.ASC },
  } as ClientListArgs;
}

/**
 * Client properties the resolvers of its other fields read (a partner's rights
 * on the file, its plan, parent, bill-to client, purge date, card city), read
 * with every page whatever the query asks. A resolver of a Client field that
 * reads another property must add it here.
 */
const READ_BY_RESOLVERS = ['partnerId', 'planId', 'parentId', 'billToId', 'deletedAt', 'billingAddress'];

/** What a page may read along with its clients, in the same statement. */
export interface ClientPageReads {
  /** The client fields the query asks for; every column when omitted. */
  fields?: Iterable<string>;
  /** Each client's CRM row (one to one). */
  crm?: boolean;
  /** The account owner of each CRM row. */
  accountOwner?: boolean;
  /** Each client's latest partner invitation (a partner's rights on the file depend on it). */
  partnerInvitation?: boolean;
}

/** How a page counts its matches: alone, and (when `totalCount` is asked) within the page's statement. */
export interface ClientPageCount {
  count: (filtered: SelectQueryBuilder<Client>) => Promise<number>;
  along?: (filtered: SelectQueryBuilder<Client>) => {
    query: [string, unknown[]];
    total: (n: number) => Promise<number>;
  };
}

/** A page of clients, and the rows read with it, for the caller to hand to the request's loaders. */
export interface ClientPage {
  connection: Connection<Client>;
  crm: Map<string, ClientCrm | null>;
  users: Map<string, User>;
  invitations: Map<string, PartnerInvitation | null>;
}

/** The statements that read the joined rows: each a LEFT JOIN of the page's one statement. */
const JOINS = {
  terms: { alias: 'terms', entity: ClientTerms, on: 'terms.client_id = c.id' },
  crm: { alias: 'crm', entity: ClientCrm, on: 'crm.client_id = c.id' },
  accountOwner: { alias: 'owner', entity: User, on: 'owner.id = crm.account_owner_id' },
  industry: { alias: 'ind', entity: Industry, on: 'ind.id = crm.industry_id' },
  // A client's invitations over time: the latest one says where it stands.
  partnerInvitation: {
    alias: 'inv',
    entity: PartnerInvitation,
    on: `inv.id = (SELECT i.id FROM partner_invitation i WHERE i.client_id = c.id ORDER BY i.created_at DESC, i.id DESC LIMIT 1)`,
  },
} as const;

/** A page of clients, filtered and ordered, by keyset, in one statement (and one more to count, if asked and not read along). */
export async function listClients(
  dataSource: DataSource,
  requested: ClientListArgs,
  options: {
    partnerId?: string;
    reads?: ClientPageReads;
    count?: ClientPageCount;
    /** Now, by the service's clock: `updatedSince` lists changes settled by then (`SYNC_SETTLE_MS`). */
    now?: Date;
  } = {},
): Promise<ClientPage> {
  const { partnerId, reads = {} } = options;
  const args = partnerId ? forPartner(requested) : requested;
  const order = args.orderBy ?? { field: ClientOrderField.NAME, direction: SortDirection.ASC };
  const filter = args.filter;
  // Live clients by name read straight off the unique index on live_name_key
  // (NULL once deleted): filter and order in one index scan.
  const sql =
    order.field === ClientOrderField.NAME && !filter?.deleted && !filter?.withDeleted
      ? 'c.live_name_key'
      : ORDER_EXPRESSIONS[order.field].sql;
  const property = ORDER_EXPRESSIONS[order.field].property;
  const filtered = dataSource.getRepository(Client).createQueryBuilder('c');
  // The CRM row is joined only when the filter or the order needs it.
  const needsCrm =
    order.field === ClientOrderField.RENEWAL_DATE ||
    Boolean(
      filter?.tier?.length ||
      filter?.health?.length ||
      filter?.accountOwnerId ||
      filter?.industryId ||
      filter?.renewsFrom ||
      filter?.renewsTo ||
      filter?.renewalFrom ||
      filter?.renewalTo,
    );
  if (needsCrm) filtered.leftJoin('client_crm', 'crm', 'crm.client_id = c.id');
  if (partnerId) filtered.andWhere('c.partner_id = :partnerId', { partnerId });
  else if (filter?.partnerId) filtered.andWhere('c.partner_id = :partnerId', { partnerId: filter.partnerId });
  // live_name_key is NULL exactly for deleted clients: saying so instead of
  // deleted_at IS NULL keeps the planner on the index that gives the order.
  applyClientFilter(
    filtered,
    filter,
    sql === 'c.live_name_key' ? 'c.live_name_key IS NOT NULL' : undefined,
    partnerId ? 'name' : 'everything',
  );
  if (filter?.updatedSince) {
    const settled = new Date((options.now ?? new Date()).getTime() - SYNC_SETTLE_MS);
    filtered.andWhere('c.updated_at <= :settled', { settled });
  }

  const page: ClientPage = {
    connection: undefined!,
    crm: new Map(),
    users: new Map(),
    invitations: new Map(),
  };
  const crmRows = entityRows(dataSource, ClientCrm);
  const userRows = entityRows(dataSource, User);
  const invitationRows = entityRows(dataSource, PartnerInvitation);
  const joins = [
    ...(reads.crm || reads.accountOwner ? [JOINS.crm] : []),
    ...(reads.accountOwner ? [JOINS.accountOwner] : []),
    ...(reads.partnerInvitation ? [JOINS.partnerInvitation] : []),
  ];
  page.connection = await keysetPage(
    dataSource,
    Client,
    filtered,
    {
      sql,
      direction: order.direction === SortDirection.DESC ? 'DESC' : 'ASC',
      // Names of live clients and codes are unique: their own index gives the order.
      unique: sql === 'c.live_name_key' || order.field === ClientOrderField.CODE,
      instantColumn: property
        ? dataSource.getMetadata(Client).findColumnWithPropertyName(property)
        : undefined,
    },
    args,
    {
      properties: reads.fields ? [...READ_BY_RESOLVERS, ...reads.fields] : undefined,
      joins,
      count: options.count?.count,
      countAlong: options.count?.along?.(filtered),
      withRow: (client, row) => {
        if (reads.crm || reads.accountOwner) page.crm.set(client.id, crmRows.read(row, 'crm'));
        const owner = reads.accountOwner ? userRows.read(row, 'owner') : null;
        if (owner) page.users.set(owner.id, owner);
        if (reads.partnerInvitation) page.invitations.set(client.id, invitationRows.read(row, 'inv'));
      },
    },
  );
  return page;
}

/** What a client file's read may take along, each a one-to-one row. */
export interface ClientFileReads {
  fields?: Iterable<string>;
  terms?: boolean;
  crm?: boolean;
  accountOwner?: boolean;
  industry?: boolean;
}

/** One client file and the one-to-one rows its query asks for, in one statement. */
export interface ClientFile {
  client: Client;
  terms: ClientTerms | null;
  crm: ClientCrm | null;
  owner: User | null;
  industry: Industry | null;
}

export async function readClientFile(
  dataSource: DataSource,
  id: string,
  reads: ClientFileReads = {},
): Promise<ClientFile | null> {
  const joins = [
    ...(reads.terms ? [JOINS.terms] : []),
    ...(reads.crm || reads.accountOwner || reads.industry ? [JOINS.crm] : []),
    ...(reads.accountOwner ? [JOINS.accountOwner] : []),
    ...(reads.industry ? [JOINS.industry] : []),
  ];
  const all = entityRows(dataSource, Client);
  const clients = reads.fields ? all.only([...READ_BY_RESOLVERS, ...reads.fields]) : all;
  const qb = dataSource
    .createQueryBuilder()
    .select(
      [
        clients.select('c'),
        ...joins.map((join) => entityRows(dataSource, join.entity).select(join.alias)),
      ].join(', '),
    )
    .from(Client, 'c');
  for (const join of joins) qb.leftJoin(join.entity, join.alias, join.on);
  const [row] = await qb.where('c.id = :id', { id }).getRawMany<Record<string, unknown>>();
  const client = row ? clients.read(row, 'c') : null;
  if (!client) return null;
  const read = <T extends ObjectLiteral>(entity: EntityTarget<T>, alias: string, wanted?: boolean) =>
    wanted ? entityRows(dataSource, entity).read(row!, alias) : null;
  return {
    client,
    terms: read(ClientTerms, 'terms', reads.terms),
    crm: read(ClientCrm, 'crm', reads.crm || reads.accountOwner || reads.industry),
    owner: read(User, 'owner', reads.accountOwner),
    industry: read(Industry, 'ind', reads.industry),
  };
}
