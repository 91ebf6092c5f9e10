import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ActorType } from '@clientele/shared';
import { ConnectionType } from '../../app/connection';
import type { GraphQLContext } from '../../app/context';
import { Client } from '../clients/client.entity';
import { Activity } from './activity.entity';
import { ActivityFilter } from './activity.input';

export const ActivityConnection = ConnectionType(Activity, 'Activity');

@Resolver(() => Client)
export class ClientActivityResolver {
  @FieldResolver(() => ActivityConnection, { description: 'The file’s activity log, newest first.' })
  activity(
    @Root() client: Client,
    @Ctx() { services }: GraphQLContext,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Criteria the entries must meet.' })
    filter: ActivityFilter | null,
  ) {
    return services.activity.list({ clientId: client.id, first, after, filter });
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The name of the staff user the actor acted for (an administrator acting as a contact, seed 003), as it is now; null otherwise.',
  })
  async onBehalfOfName(@Root() entry: Activity, @Ctx() { loaders }: GraphQLContext): Promise<string | null> {
    if (entry.onBehalfOfType !== ActorType.STAFF || !entry.onBehalfOfId) return null;
    return (await loaders.user.load(entry.onBehalfOfId))?.displayName ?? null;
  }

  @Query(() => ActivityConnection, { description: 'The activity log, newest first; for one client or all.' })
  activity(
    @Ctx() { services }: GraphQLContext,
    @Arg('clientId', () => ID, { nullable: true, description: 'Only this client’s file.' })
    clientId: string | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size: 25 by default, at most 100.' })
    first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor after which the page starts.' })
    after: string | null,
    @Arg('filter', () => ActivityFilter, { nullable: true, description: 'Criteria the entries must meet.' })
    filter: ActivityFilter | null,
  ) {
    return services.activity.list({ clientId, first, after, filter });
  }
}
