import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { ActivityAction } from '@clientele/shared';
import { EXACT_COUNT_UP_TO, RECOUNT_AFTER_MS } from '../../app/bounded-count';
import { ConnectionType, MAX_OFFSET } from '../../app/connection';
import { knowPartnerAccess } from '../../app/authorization';
import { readContactLinks } from '../../app/loaders';
import { keepAlong } from '../../app/read-along';
import type { ClientContact } from '../contacts/client-contact.entity';
import { selectionOf } from '../../app/selection';
import { Activity } from '../activity/activity.entity';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AccountGroup } from '../lists/account-group.entity';
import { BusinessNumber } from './business-number.entity';
import { Client } from './client.entity';
import {
  ClientFilter,
  ClientOrder,
  CreateClientInput,
  DeleteClientsInput,
  RestoreClientInput,
  RestoreClientsInput,
  UpdateClientInput,
} from './client.input';

export const ClientConnection = ConnectionType(Client, 'Client', {
  totalCount: `How many clients match the filter, across all pages: exact up to ${EXACT_COUNT_UP_TO.toLocaleString('en')}; beyond that, the exact number as counted at most ${RECOUNT_AFTER_MS / 1000} seconds ago. Counted only when asked.`,
});

@ObjectType({ description: 'The result of a mutation that changes one client file.' })
export class ClientPayload {
  @Field(() => Client, { description: 'The client file as it now is.' })
  client: Client;
}

@ObjectType({ description: 'The result of `deleteClients`.' })
export class DeleteClientsPayload {
  @Field(() => [Client], {
    description: 'The deleted clients (with `deletedAt` set), restorable until purged.',
  })
  clients: Client[];
}

@ObjectType({ description: 'The result of `restoreClients`.' })
export class RestoreClientsPayload {
  @Field(() => [Client], { description: 'The clients, live again, in the order asked.' })
  clients: Client[];
}

const deleters = new WeakMap<GraphQLContext, DataLoader<string, string | null>>();

/** Who deleted each client of a page, from the activity log, in one query per page. */
function deleterLoader(context: GraphQLContext): DataLoader<string, string | null> {
  let loader = deleters.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const entries = await context.services.dataSource.getRepository(Activity).find({
        // By client id: the activity log's index on (client_id, at) finds them without a scan.
        where: { clientId: In([...ids]), entityType: 'Client', action: ActivityAction.DELETED },
        order: { at: 'DESC' },
      });
      const latest = new Map<string, string>();
      for (const entry of entries)
        if (!latest.has(entry.entityId)) latest.set(entry.entityId, entry.actorName);
      return ids.map((id) => latest.get(id) ?? null);
    });
    deleters.set(context, loader);
  }
  return loader;
}

/** A partner's question about another partner's client gets the answer "none", as for a missing one. */
export function visibleTo(context: GraphQLContext, client: Client | null): Client | null {
  if (client && context.partner && client.partnerId !== context.partner.partner.id) return null;
  return client;
}

/** Translates GraphQL into service calls; rules live in `ClientService`. */
@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: 'A page of client files, filtered and ordered.' })
  async clients(
    @Ctx() context: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor after which the page starts (`pageInfo.endCursor`).',
    })
    after: string | null,
    @Arg('offset', () => Int, {
      nullable: true,
      description: `Clients to skip before the page starts (after \`after\`, if given), for going straight to page N: at most ${MAX_OFFSET.toLocaleString('en')}. Each one skipped is an index entry read: go page by page with \`after\`.`,
    })
    offset: number | null,
    @Arg('filter', () => ClientFilter, { nullable: true, description: 'Criteria the clients must meet.' })
    filter: ClientFilter | null,
    @Arg('orderBy', () => ClientOrder, {
      nullable: true,
      description: 'Order of the list: by name by default.',
    })
    orderBy: ClientOrder | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    // What the page's fields will ask for is read with the page, and handed to the loaders they ask.
    const selection = selectionOf(info);
    const node = selection.at('edges', 'node');
    const crm = node?.get('crm');
    const page = await context.services.clients.page(
      { first, after, offset, filter, orderBy },
      context.partner?.partner.id,
      {
        fields: node?.names(),
        crm: Boolean(crm),
        accountOwner: Boolean(crm?.has('accountOwner')),
        // A partner's rights on each file hang on it; staff read it only when asked.
        partnerInvitation: Boolean(context.partner || node?.has('partnerInvitation')),
      },
      selection.has('totalCount'),
    );
    const { loaders } = context;
    for (const [id, user] of page.users) loaders.user.prime(id, user);
    for (const [id, invitation] of page.invitations) loaders.partnerInvitation.prime(id, invitation);
    const clients = page.connection.edges.map((edge) => edge.node);
    for (const client of clients) {
      if (page.invitations.has(client.id))
        knowPartnerAccess(context, client, page.invitations.get(client.id) ?? null);
      if (!page.crm.has(client.id)) continue;
      const row = page.crm.get(client.id) ?? null;
      loaders.crm.prime(client.id, row);
      keepAlong(client, 'crm', row);
      if (row?.accountOwnerId) keepAlong(row, 'accountOwner', page.users.get(row.accountOwnerId) ?? null);
    }
    // The contacts of the whole page in one statement, with the columns their fields ask for.
    const contacts = node?.get('contacts');
    if (clients.length && contacts && !node?.has('primaryContact')) {
      const person = contacts.get('contact');
      const read = await readContactLinks(
        context.services.dataSource,
        clients.map((client) => client.id),
        { link: contacts.names(), contact: person ? person.names() : [] },
      );
      const byClient = new Map(clients.map((client) => [client.id, [] as ClientContact[]]));
      for (const { link } of read) byClient.get(link.clientId)?.push(link);
      for (const client of clients) keepAlong(client, 'contactLinks', byClient.get(client.id));
    }
    return page.connection;
  }

  @Query(() => Client, {
    nullable: true,
    description: 'One client file by id, deleted or not; null when there is none.',
  })
  async client(
    @Ctx() context: GraphQLContext,
    @Arg('id', () => ID, { description: 'The client id.' }) id: string,
    @Info() info: GraphQLResolveInfo,
  ) {
    // The file and its one-to-one rows in one statement, handed to the loaders its fields ask.
    const asked = selectionOf(info);
    const crm = asked.get('crm');
    const file = await context.services.clients.file(id, {
      fields: asked.names(),
      terms: asked.has('terms'),
      crm: Boolean(crm),
      accountOwner: Boolean(crm?.has('accountOwner')),
      industry: Boolean(crm?.has('industry')),
    });
    if (!file) return null;
    const { loaders } = context;
    if (asked.has('terms')) {
      loaders.terms.prime(id, file.terms);
      keepAlong(file.client, 'terms', file.terms);
    }
    if (crm) {
      loaders.crm.prime(id, file.crm);
      keepAlong(file.client, 'crm', file.crm);
      if (file.crm && crm.has('accountOwner')) keepAlong(file.crm, 'accountOwner', file.owner);
      if (file.crm && crm.has('industry')) keepAlong(file.crm, 'industry', file.industry);
    }
    if (file.owner) loaders.user.prime(file.owner.id, file.owner);
    if (file.industry) loaders.industry.prime(file.industry.id, file.industry);
    return visibleTo(context, file.client);
  }

  @Query(() => Client, {
    nullable: true,
    description: 'One client file by code (case aside); null when none.',
  })
  async clientByCode(
    @Ctx() context: GraphQLContext,
    @Arg('code', () => String, { description: 'The client code, e.g. C-000042.' }) code: string,
  ) {
    return visibleTo(context, await context.services.clients.findByCode(code));
  }

  @Mutation(() => ClientPayload, { description: 'Creates a client file, with empty Terms and CRM tabs.' })
  async createClient(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateClientInput, { description: 'The new client.' }) input: CreateClientInput,
  ): Promise<ClientPayload> {
    return { client: await context.services.clients.create(input, callerOf(context)) };
  }

  @Mutation(() => ClientPayload, { description: 'Changes the Info tab of a client file.' })
  async updateClient(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateClientInput, { description: 'The changes, with the version read.' })
    input: UpdateClientInput,
  ): Promise<ClientPayload> {
    return { client: await context.services.clients.update(input, callerOf(context)) };
  }

  @Mutation(() => DeleteClientsPayload, {
    description:
      'Deletes one or more clients, all or none; each can be restored until purged (30 days by default).',
  })
  async deleteClients(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => DeleteClientsInput, { description: 'The clients to delete.' })
    input: DeleteClientsInput,
  ): Promise<DeleteClientsPayload> {
    return { clients: await context.services.clients.delete(input.ids, callerOf(context)) };
  }

  @Mutation(() => ClientPayload, { description: 'Brings back a deleted client.' })
  async restoreClient(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RestoreClientInput, { description: 'The client to restore.' })
    input: RestoreClientInput,
  ): Promise<ClientPayload> {
    return { client: await context.services.clients.restore(input.id, callerOf(context)) };
  }

  @Mutation(() => RestoreClientsPayload, {
    description: 'Brings back several deleted clients at once, all or none: the undo of a bulk delete.',
  })
  async restoreClients(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RestoreClientsInput, { description: 'The clients to restore.' })
    input: RestoreClientsInput,
  ): Promise<RestoreClientsPayload> {
    return { clients: await context.services.clients.restoreMany(input.ids, callerOf(context)) };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who deleted the client (their name as recorded then); null while it is live.',
  })
  async deletedBy(@Root() client: Client, @Ctx() context: GraphQLContext): Promise<string | null> {
    return client.deletedAt ? deleterLoader(context).load(client.id) : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When a deleted client will be removed for good; null while it is live.',
  })
  purgeAt(@Root() client: Client, @Ctx() { services }: GraphQLContext): Date | null {
    return client.deletedAt
      ? new Date(client.deletedAt.getTime() + services.clients.retentionDays * 86_400_000)
      : null;
  }

  @FieldResolver(() => [String], { description: 'Email domains, in the order given.' })
  async domains(@Root() client: Client, @Ctx() { loaders }: GraphQLContext): Promise<string[]> {
    return (await loaders.domains.load(client.id)).map((d) => d.domain);
  }

  @FieldResolver(() => [String], { description: 'Tags, alphabetically.' })
  async tags(@Root() client: Client, @Ctx() { loaders }: GraphQLContext): Promise<string[]> {
    return (await loaders.tags.load(client.id)).map((t) => t.tag);
  }

  @FieldResolver(() => [BusinessNumber], { description: 'Registration numbers (NEQ, SIREN/SIRET, VAT…).' })
  businessNumbers(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return loaders.businessNumbers.load(client.id);
  }

  @FieldResolver(() => [AccountGroup], { description: 'Account groups the client belongs to.' })
  async accountGroups(@Root() client: Client, @Ctx() { loaders }: GraphQLContext): Promise<AccountGroup[]> {
    const links = await loaders.accountGroupLinks.load(client.id);
    const groups = await loaders.accountGroup.loadMany(links.map((l) => l.groupId));
    return groups.filter((g): g is AccountGroup => g instanceof AccountGroup);
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The parent client (head office).' })
  parent(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return client.parentId ? loaders.client.load(client.parentId) : null;
  }

  @FieldResolver(() => Client, { nullable: true, description: 'The client who pays this one’s invoices.' })
  billTo(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return client.billToId ? loaders.client.load(client.billToId) : null;
  }
}
