import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { callerOf, type GraphQLContext } from '../../app/context';
import { readAlong } from '../../app/read-along';
import { Client } from '../clients/client.entity';
import { ClientPayload } from '../clients/client.resolver';
import { Industry } from '../lists/industry.entity';
import { User } from '../users/user.entity';
import { withFieldsRenamed } from '../../app/errors';
import { LocalDate } from '../../app/local-date';
import { ClientCrm } from './client-crm.entity';
import { UpdateClientCrmInput } from './crm.input';

@Resolver(() => Client)
export class ClientCrmFieldResolver {
  @FieldResolver(() => ClientCrm, { description: 'The relationship (the CRM tab).' })
  crm(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return readAlong(client, 'crm', () => loaders.crm.load(client.id));
  }

  @Mutation(() => ClientPayload, { description: 'Changes the CRM tab of a client file.' })
  async updateClientCrm(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateClientCrmInput, { description: 'The changes, with the version read.' })
    input: UpdateClientCrmInput,
  ): Promise<ClientPayload> {
    // `renewsOn` (a LocalDate) stands for the deprecated `renewalDate` string when given.
    const { renewsOn, ...rest } = input;
    await context.services.crm
      .update(renewsOn === undefined ? input : { ...rest, renewalDate: renewsOn }, callerOf(context))
      .catch((error: unknown) => {
        throw renewsOn === undefined
          ? error
          : withFieldsRenamed(error, { 'input.renewalDate': 'input.renewsOn' });
      });
    return { client: await context.services.clients.getById(input.clientId) };
  }
}

@Resolver(() => ClientCrm)
export class ClientCrmResolver {
  @FieldResolver(() => LocalDate, { nullable: true, description: 'Contract or renewal date.' })
  renewsOn(@Root() crm: ClientCrm): string | null {
    return crm.renewalDate;
  }

  @FieldResolver(() => Industry, { nullable: true, description: 'The industry.' })
  industry(@Root() crm: ClientCrm, @Ctx() { loaders }: GraphQLContext) {
    return crm.industryId ? readAlong(crm, 'industry', () => loaders.industry.load(crm.industryId!)) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The staff member who owns the account.' })
  accountOwner(@Root() crm: ClientCrm, @Ctx() { loaders }: GraphQLContext) {
    return crm.accountOwnerId
      ? readAlong(crm, 'accountOwner', () => loaders.user.load(crm.accountOwnerId!))
      : null;
  }

  @FieldResolver(() => [User], { description: 'Salespeople credited with the client’s sales.' })
  async salespeople(@Root() crm: ClientCrm, @Ctx() { loaders }: GraphQLContext): Promise<User[]> {
    const users = await loaders.salespeople.load(crm.clientId);
    return [...users].sort((a, b) => a.displayName.localeCompare(b.displayName));
  }
}
