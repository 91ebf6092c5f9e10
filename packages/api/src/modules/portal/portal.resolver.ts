import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { AccessRole, ErrorCode } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError, notFound } from '../../app/errors';
import type { AccessGrant } from '../access/access-grant.entity';
import { ClientPayload } from '../clients/client.resolver';
import { Client } from '../clients/client.entity';
import type { UpdateClientInput } from '../clients/client.input';
import { UpdateMyCompanyInput } from './portal.input';

/**
 * The signed-in contact's active access to a client they may see from where they are, if any;
 * batched, so a contact's list of companies costs one query.
 */
async function activeGrant(context: GraphQLContext, clientId: string): Promise<AccessGrant | null> {
  const portal = context.portal;
  if (!portal || !portal.clientIds.includes(clientId)) return null;
  const grants = await context.loaders.activeGrantsOfAccount.load(portal.account.id);
  return grants.find((grant) => grant.clientId === clientId) ?? null;
}

@Resolver(() => Client)
export class PortalClientResolver {
  @FieldResolver(() => AccessRole, {
    nullable: true,
    description:
      "For a signed-in client contact: their role at this client (a CLIENT_ADMIN answers partner invitations and keeps the company's contact details up to date); null for staff and partners.",
  })
  async myAccessRole(@Root() client: Client, @Ctx() context: GraphQLContext): Promise<AccessRole | null> {
    return (await activeGrant(context, client.id))?.role ?? null;
  }
}

@Resolver()
export class PortalResolver {
  @Mutation(() => ClientPayload, {
    description:
      "A client's administrator updates their company's website, email, phones and addresses from the portal; recorded in the activity log under their name.",
  })
  async updateMyCompany(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateMyCompanyInput, { description: 'The changes, with the version read.' })
    input: UpdateMyCompanyInput,
  ): Promise<ClientPayload> {
    const grant = await activeGrant(context, input.id);
    // Another company's file, or one out of reach from here: as if it did not exist.
    if (!grant) throw notFound();
    if (grant.role !== AccessRole.CLIENT_ADMIN) throw new AppError(ErrorCode.FORBIDDEN);
    // Only the fields of this input reach the shared update: the rest of the file is the operator's.
    const changes: UpdateClientInput = { id: input.id, version: input.version };
    for (const field of [
      'website',
      'email',
      'phone',
      'mobile',
      'billingAddress',
      'shippingAddress',
    ] as const) {
      if (input[field] !== undefined) (changes as unknown as Record<string, unknown>)[field] = input[field];
    }
    return { client: await context.services.clients.update(changes, callerOf(context)) };
  }
}
