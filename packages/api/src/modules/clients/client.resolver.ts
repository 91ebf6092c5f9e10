import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType } from '../../app/connection';
import type { GraphQLContext } from '../../app/context';
import { Client } from './client.entity';
import { ClientFilter, ClientOrder, CreateClientInput } from './client.input';

export const ClientConnection = ConnectionType(Client, 'Client');

@ObjectType({ description: 'The result of `createClient`.' })
export class CreateClientPayload {
  @Field(() => Client, { description: 'The new client file.' })
  client: Client;
}

/** Translates GraphQL into service calls; rules live in `ClientService`. */
@Resolver(() => Client)
export class ClientResolver {
  @Query(() => ClientConnection, { description: 'A page of client files, filtered and ordered.' })
  clients(
    @Ctx() { services }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor after which the page starts (`pageInfo.endCursor`).',
    })
    after: string | null,
    @Arg('filter', () => ClientFilter, { nullable: true, description: 'Criteria the clients must meet.' })
    filter: ClientFilter | null,
    @Arg('orderBy', () => ClientOrder, {
      nullable: true,
      description: 'Order of the list: by name by default.',
    })
    orderBy: ClientOrder | null,
  ) {
    return services.clients.list({ first, after, filter, orderBy });
  }

  @Query(() => Client, { nullable: true, description: 'One client file by id; null when there is none.' })
  client(
    @Ctx() { services }: GraphQLContext,
    @Arg('id', () => ID, { description: 'The client id.' }) id: string,
  ) {
    return services.clients.findById(id);
  }

  @Mutation(() => CreateClientPayload, { description: 'Creates a client file.' })
  async createClient(
    @Ctx() { services }: GraphQLContext,
    @Arg('input', () => CreateClientInput, { description: 'The new client.' }) input: CreateClientInput,
  ): Promise<CreateClientPayload> {
    return { client: await services.clients.create(input) };
  }
}
