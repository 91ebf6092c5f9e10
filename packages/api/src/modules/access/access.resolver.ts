import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { PageArgs, pageOfList, useConnection } from '../../app/connection';
import { AccessStatus } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { Client } from '../clients/client.entity';
import { ClientConnection } from '../clients/client.resolver';
import { Contact } from '../contacts/contact.entity';
import { Branch } from '../lists/branch.entity';
import { AccessGrant } from './access-grant.entity';
import {
  AcceptAccessInvitationInput,
  AccessRefInput,
  GrantAccessInput,
  UpdateAccessInput,
} from './access.input';
import { PortalAccount } from './portal-account.entity';

@ObjectType({ description: 'The result of a mutation on an access.' })
export class AccessPayload {
  @Field(() => AccessGrant, { description: 'The access as it now is.' })
  access: AccessGrant;

  @Field(() => Boolean, {
    description: "True when the invitation email was withheld because the client's notifications are off.",
  })
  emailSuppressed: boolean;
}

@ObjectType({ description: 'The result of `acceptAccessInvitation`.' })
export class AcceptAccessInvitationPayload {
  @Field(() => PortalAccount, {
    description: 'Their sign-in, its password now set: sign in with its user code or email.',
  })
  account: PortalAccount;
}

@Resolver(() => AccessGrant)
export class AccessResolver {
  @Mutation(() => AccessPayload, {
    description: 'Gives a linked contact access; with `sendEmail`, emails the set-password link.',
  })
  async grantAccess(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => GrantAccessInput, { description: 'The access.' }) input: GrantAccessInput,
  ): Promise<AccessPayload> {
    const { grant, emailSuppressed } = await context.services.access.grant(input, callerOf(context));
    return { access: grant, emailSuppressed };
  }

  @Mutation(() => AccessPayload, { description: 'Changes the role, IP allow-list or branch of an access.' })
  async updateAccess(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateAccessInput, { description: 'The changes.' }) input: UpdateAccessInput,
  ): Promise<AccessPayload> {
    return { access: await context.services.access.update(input, callerOf(context)), emailSuppressed: false };
  }

  @Mutation(() => AccessPayload, {
    description: 'Sends a new invitation link (new expiry; older links stop working).',
  })
  async resendAccessInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => AccessRefInput, { description: 'The access.' }) input: AccessRefInput,
  ): Promise<AccessPayload> {
    const { grant, emailSuppressed } = await context.services.access.resend(input.id, callerOf(context));
    return { access: grant, emailSuppressed };
  }

  @Mutation(() => AccessPayload, { description: 'Pauses an active access.' })
  async suspendAccess(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => AccessRefInput, { description: 'The access.' }) input: AccessRefInput,
  ): Promise<AccessPayload> {
    return {
      access: await context.services.access.setStatus(input.id, AccessStatus.SUSPENDED, callerOf(context)),
      emailSuppressed: false,
    };
  }

  @Mutation(() => AccessPayload, { description: 'Reactivates a suspended access.' })
  async reactivateAccess(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => AccessRefInput, { description: 'The access.' }) input: AccessRefInput,
  ): Promise<AccessPayload> {
    return {
      access: await context.services.access.setStatus(input.id, AccessStatus.ACTIVE, callerOf(context)),
      emailSuppressed: false,
    };
  }

  @Mutation(() => AccessPayload, { description: 'Withdraws an access for good; its links stop working.' })
  async revokeAccess(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => AccessRefInput, { description: 'The access.' }) input: AccessRefInput,
  ): Promise<AccessPayload> {
    return {
      access: await context.services.access.setStatus(input.id, AccessStatus.REVOKED, callerOf(context)),
      emailSuppressed: false,
    };
  }

  @Mutation(() => AcceptAccessInvitationPayload, {
    description: 'A contact follows their invitation link and chooses a password.',
  })
  async acceptAccessInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => AcceptAccessInvitationInput, { description: 'Token and password.' })
    input: AcceptAccessInvitationInput,
  ): Promise<AcceptAccessInvitationPayload> {
    const account = await context.services.access.acceptInvitation(
      input.token,
      input.password,
      callerOf(context),
      context.locale,
    );
    return { account };
  }

  @Query(() => ClientConnection, {
    description:
      'For a signed-in client contact: the client files they may see from where they are, a page at a time.',
  })
  async portalClientsConnection(@Ctx() context: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return pageOfList(await this.portalClients(context), page);
  }

  @Query(() => [Client], {
    description: 'For a signed-in client contact: the client files they may see from where they are.',
    deprecationReason: useConnection('portalClientsConnection'),
  })
  async portalClients(@Ctx() { portal, loaders }: GraphQLContext): Promise<Client[]> {
    const clients = await loaders.client.loadMany(portal?.clientIds ?? []);
    return clients.filter((c): c is Client => c instanceof Client && !c.deletedAt);
  }

  @FieldResolver(() => Contact, { description: 'The contact given access.' })
  async contact(@Root() grant: AccessGrant, @Ctx() { loaders }: GraphQLContext): Promise<Contact> {
    return (await loaders.contact.load(grant.contactId)) as Contact;
  }

  @FieldResolver(() => PortalAccount, { description: 'Their sign-in (user code, email, last sign-in).' })
  async account(@Root() grant: AccessGrant, @Ctx() { loaders }: GraphQLContext): Promise<PortalAccount> {
    return (await loaders.portalAccount.load(grant.accountId)) as PortalAccount;
  }

  @FieldResolver(() => Branch, {
    nullable: true,
    description: 'The branch the access is limited to, if any.',
  })
  branch(@Root() grant: AccessGrant, @Ctx() { loaders }: GraphQLContext) {
    return grant.branchId ? loaders.branch.load(grant.branchId) : null;
  }
}

@Resolver(() => Client)
export class ClientAccessResolver {
  @FieldResolver(() => [AccessGrant], { description: 'Who of the contacts may sign in (the Access tab).' })
  async accessGrants(@Root() client: Client, @Ctx() { services, loaders }: GraphQLContext) {
    // Their contacts and accounts come with them, for the grants' own fields.
    const read = await services.access.grantsWithPeopleOf(client.id);
    for (const { contact, account } of read) {
      if (contact) loaders.contact.prime(contact.id, contact);
      if (account) loaders.portalAccount.prime(account.id, account);
    }
    return read.map(({ grant }) => grant);
  }
}
