import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { FieldErrorCode, StaffRole } from '@clientele/shared';
import type { GraphQLContext } from '../../app/context';
import { badUserInput, fieldError } from '../../app/errors';
import { asNode, fromGlobalId, Node } from '../../app/node';
import { visibleTo } from '../clients/client.resolver';
import { ownerOf } from '../webhooks/webhook.resolver';

/** At most this many global ids in one `nodes`. */
export const MAX_NODES = 100;

/**
 * Each type `node` fetches, read with the rights of the query that reads it
 * alone: a partner gets its own clients (as `client(id)` answers), staff the
 * contacts (as `contact(id)`), whoever manages an endpoint that endpoint.
 * Anything else — another partner's, a type the caller never reads, an id
 * that is not ours — is null, the answer for what does not exist.
 */
const FETCH: Record<string, (context: GraphQLContext, id: string) => Promise<object | null>> = {
  Client: async (context, id) => visibleTo(context, await context.services.clients.findById(id)),
  Contact: async (context, id) => (context.user ? context.services.contacts.findById(id) : null),
  // As `webhookEndpoint`: the people who manage them, never a program's token.
  WebhookEndpoint: async (context, id) =>
    !context.apiToken && (context.partner || context.user?.role === StaffRole.ADMIN)
      ? context.services.webhooks.find(id, ownerOf(context))
      : null,
};

async function fetchNode(context: GraphQLContext, globalId: string): Promise<object | null> {
  const named = fromGlobalId(globalId);
  const fetch = named ? FETCH[named.type] : undefined;
  return named && fetch ? asNode(named.type, await fetch(context, named.id)) : null;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global id (`globalId`), with the rights its own query has; null when none.',
  })
  node(
    @Ctx() context: GraphQLContext,
    @Arg('globalId', () => ID, { description: 'The global id.' }) globalId: string,
  ): Promise<object | null> {
    return fetchNode(context, globalId);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: `Several objects by their global ids, in the order asked (at most ${MAX_NODES}); null where none.`,
  })
  nodes(
    @Ctx() context: GraphQLContext,
    @Arg('globalIds', () => [ID], { description: 'The global ids.' }) globalIds: string[],
  ): Promise<(object | null)[]> {
    if (globalIds.length > MAX_NODES)
      throw badUserInput([fieldError('globalIds', FieldErrorCode.TOO_MANY, { max: MAX_NODES })]);
    return Promise.all(globalIds.map((globalId) => fetchNode(context, globalId)));
  }
}
