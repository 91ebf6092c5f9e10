import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { callerOf, type GraphQLContext } from '../../app/context';
import { readAlong } from '../../app/read-along';
import { Client } from '../clients/client.entity';
import { ClientPayload } from '../clients/client.resolver';
import { ClientTerms } from './client-terms.entity';
import { UpdateClientTermsInput } from './terms.input';

@Resolver(() => Client)
export class ClientTermsResolver {
  @FieldResolver(() => ClientTerms, { description: 'How the client is billed (the Terms tab).' })
  terms(@Root() client: Client, @Ctx() { loaders }: GraphQLContext) {
    return readAlong(client, 'terms', () => loaders.terms.load(client.id));
  }

  @Mutation(() => ClientPayload, { description: 'Changes the Terms tab of a client file.' })
  async updateClientTerms(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateClientTermsInput, { description: 'The changes, with the version read.' })
    input: UpdateClientTermsInput,
  ): Promise<ClientPayload> {
    await context.services.terms.update(input, callerOf(context));
    return { client: await context.services.clients.getById(input.clientId) };
  }
}
