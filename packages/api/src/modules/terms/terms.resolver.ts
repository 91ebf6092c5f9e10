import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { callerOf, type GraphQLContext } from '../../app/context';
import { readAlong } from '../../app/read-along';
import { Client } from '../clients/client.entity';
import { ClientPayload } from '../clients/client.resolver';
import { ClientTerms } from './client-terms.entity';
import { UpdateClientTermsInput } from './terms.input';
import { withFieldsRenamed } from '../../app/errors';
import { LocalDate } from '../../app/local-date';

@Resolver(() => ClientTerms)
export class ClientTermsDatesResolver {
  @FieldResolver(() => LocalDate, { nullable: true, description: 'Contract start.' })
  contractStartsOn(@Root() terms: ClientTerms): string | null {
    return terms.contractStart;
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'Contract end, not before the start.' })
  contractEndsOn(@Root() terms: ClientTerms): string | null {
    return terms.contractEnd;
  }
}

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
    // The LocalDate fields stand for the deprecated strings when given.
    const { contractStartsOn, contractEndsOn, ...rest } = input;
    await context.services.terms
      .update(
        {
          ...rest,
          ...(contractStartsOn !== undefined ? { contractStart: contractStartsOn } : {}),
          ...(contractEndsOn !== undefined ? { contractEnd: contractEndsOn } : {}),
        },
        callerOf(context),
      )
      .catch((error: unknown) => {
        throw withFieldsRenamed(error, {
          ...(contractStartsOn !== undefined ? { 'input.contractStart': 'input.contractStartsOn' } : {}),
          ...(contractEndsOn !== undefined ? { 'input.contractEnd': 'input.contractEndsOn' } : {}),
        });
      });
    return { client: await context.services.clients.getById(input.clientId) };
  }
}
