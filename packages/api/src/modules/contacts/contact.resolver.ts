import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { linksVisibleTo } from '../../app/authorization';
import { ConnectionType, MAX_NESTED_LIST, nestedListSize } from '../../app/connection';
import { callerOf, type GraphQLContext } from '../../app/context';
import { readAlong } from '../../app/read-along';
import { Client } from '../clients/client.entity';
import { ClientContact } from './client-contact.entity';
import { Contact } from './contact.entity';
import {
  ContactFilter,
  ContactOrder,
  ContactLinkRefInput,
  CreateContactInput,
  LinkContactInput,
  UpdateContactInput,
  UpdateContactLinkInput,
} from './contact.input';
import { ContactOrderField, SortDirection } from '@clientele/shared';

export const ContactConnection = ConnectionType(Contact, 'Contact');

@ObjectType({ description: 'The result of a mutation on a contact.' })
export class ContactPayload {
  @Field(() => Contact, { description: 'The contact as it now is.' })
  contact: Contact;
}

@ObjectType({ description: 'The result of a mutation on a contact’s link to a client.' })
export class ContactLinkPayload {
  @Field(() => ClientContact, { description: 'The link as it now is (as it was, after unlinking).' })
  link: ClientContact;

  @Field(() => Client, { description: 'The client, with its contacts as they now are.' })
  client: Client;
}

@Resolver(() => Contact)
export class ContactResolver {
  @Query(() => ContactConnection, { description: 'A page of contacts, by name.' })
  contacts(
    @Ctx() { services }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Arg('filter', () => ContactFilter, { nullable: true, description: 'Criteria the contacts must meet.' })
    filter: ContactFilter | null,
    @Arg('orderBy', () => ContactOrder, {
      nullable: true,
      description: 'Order of the list, as `clients` takes it: by name by default.',
    })
    orderBy: ContactOrder | null,
  ) {
    return services.contacts.list({
      first,
      after,
      filter,
      orderBy: orderBy ?? { field: ContactOrderField.NAME, direction: SortDirection.ASC },
    });
  }

  @Query(() => Contact, { nullable: true, description: 'One contact by id; null when there is none.' })
  contact(
    @Ctx() { services }: GraphQLContext,
    @Arg('id', () => ID, { description: 'The contact id.' }) id: string,
  ) {
    return services.contacts.findById(id);
  }

  @Query(() => [Contact], {
    description: "Contacts not linked to the client whose email domain is one of the client's domains.",
  })
  contactSuggestions(
    @Ctx() { services }: GraphQLContext,
    @Arg('clientId', () => ID, { description: 'The client.' }) clientId: string,
  ) {
    return services.contacts.suggestionsFor(clientId);
  }

  @FieldResolver(() => [ClientContact], {
    description:
      'The clients this contact is linked to, with their role there; for a partner, only its own clients that accepted it, and for a client contact, only the companies that granted them access.',
  })
  async clients(@Root() contact: Contact, @Ctx() context: GraphQLContext) {
    return linksVisibleTo(context, await context.loaders.linksOfContact.load(contact.id));
  }

  @Mutation(() => ContactPayload, { description: 'Creates a contact, optionally linked to a client.' })
  async createContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateContactInput, { description: 'The new contact.' }) input: CreateContactInput,
  ): Promise<ContactPayload> {
    return { contact: await context.services.contacts.create(input, callerOf(context)) };
  }

  @Mutation(() => ContactPayload, { description: 'Changes a contact.' })
  async updateContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateContactInput, { description: 'The changes, with the version read.' })
    input: UpdateContactInput,
  ): Promise<ContactPayload> {
    return { contact: await context.services.contacts.update(input, callerOf(context)) };
  }

  @Mutation(() => ContactLinkPayload, { description: 'Links an existing contact to a client.' })
  async linkContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => LinkContactInput, { description: 'The link.' }) input: LinkContactInput,
  ): Promise<ContactLinkPayload> {
    const link = await context.services.contacts.link(input, callerOf(context));
    return { link, client: await context.services.clients.getById(link.clientId) };
  }

  @Mutation(() => ContactLinkPayload, {
    description: 'Changes a contact’s title, department or role at a client.',
  })
  async updateContactLink(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateContactLinkInput, { description: 'The changes.' })
    input: UpdateContactLinkInput,
  ): Promise<ContactLinkPayload> {
    const link = await context.services.contacts.updateLink(input, callerOf(context));
    return { link, client: await context.services.clients.getById(link.clientId) };
  }

  @Mutation(() => ContactLinkPayload, { description: 'Unlinks a contact from a client; the contact stays.' })
  async unlinkContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ContactLinkRefInput, { description: 'The link.' }) input: ContactLinkRefInput,
  ): Promise<ContactLinkPayload> {
    const link = await context.services.contacts.unlink(input.id, callerOf(context));
    return { link, client: await context.services.clients.getById(link.clientId) };
  }

  @Mutation(() => ContactLinkPayload, { description: 'Makes a linked contact the client’s primary contact.' })
  async setPrimaryContact(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => ContactLinkRefInput, { description: 'The link.' }) input: ContactLinkRefInput,
  ): Promise<ContactLinkPayload> {
    const link = await context.services.contacts.setPrimary(input.id, callerOf(context));
    return { link, client: await context.services.clients.getById(link.clientId) };
  }
}

@Resolver(() => ClientContact)
export class ClientContactResolver {
  @FieldResolver(() => Contact, { description: 'The person.' })
  contact(@Root() link: ClientContact, @Ctx() { loaders }: GraphQLContext) {
    return readAlong(link, 'contact', () => loaders.contact.load(link.contactId)) as
      Contact | Promise<Contact>;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this is the client’s primary contact.' })
  isPrimary(@Root() link: ClientContact): boolean {
    return link.primaryKey !== null;
  }

  @FieldResolver(() => Client, { description: 'The client.' })
  async client(@Root() link: ClientContact, @Ctx() { loaders }: GraphQLContext): Promise<Client> {
    return (await loaders.client.load(link.clientId)) as Client;
  }
}

/** A client's contact links: read along with a page (see the clients resolver), or loaded. */
const linksOf = (client: Client, loaders: GraphQLContext['loaders']) =>
  readAlong(client, 'contactLinks', () => loaders.contactLinks.load(client.id));

@Resolver(() => Client)
export class ClientContactsFieldResolver {
  @FieldResolver(() => [ClientContact], {
    description: `Linked contacts, primary first, then in the order linked: the first \`first\` (at most ${MAX_NESTED_LIST}, and that many when omitted).`,
  })
  contacts(
    @Root() client: Client,
    @Ctx() { loaders }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: `How many contacts, 1–${MAX_NESTED_LIST}.` })
    first: number | null,
  ): ClientContact[] | Promise<ClientContact[]> {
    const size = nestedListSize(first);
    const inOrder = (links: ClientContact[]) =>
      [...links].sort((a, b) => Number(b.primaryKey !== null) - Number(a.primaryKey !== null)).slice(0, size);
    const links = linksOf(client, loaders);
    return links instanceof Promise ? links.then(inOrder) : inOrder(links);
  }

  @FieldResolver(() => ClientContact, { nullable: true, description: 'The primary contact, if any.' })
  primaryContact(
    @Root() client: Client,
    @Ctx() { loaders }: GraphQLContext,
  ): ClientContact | null | Promise<ClientContact | null> {
    const primary = (links: ClientContact[]) => links.find((l) => l.primaryKey !== null) ?? null;
    const links = linksOf(client, loaders);
    return links instanceof Promise ? links.then(primary) : primary(links);
  }

  @FieldResolver(() => Int, { description: 'How many contacts are linked.' })
  contactCount(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return loaders.contactCount.load(client.id);
  }
}
