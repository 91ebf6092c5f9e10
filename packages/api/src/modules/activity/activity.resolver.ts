import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ActorType } from '@clientele/shared';
import { ConnectionType } from '../../app/connection';
import type { GraphQLContext } from '../../app/context';
import { Client } from '../clients/client.entity';
import { Activity, ActivityActor } from './activity.entity';
import { ActivityFilter } from './activity.input';
import type { ActivityPage } from './activity-query.service';

export const ActivityConnection = ConnectionType(Activity, 'Activity');

const byName = new Intl.Collator('fr', { sensitivity: 'base' });

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

@Resolver(() => ActivityConnection)
export class ActivityConnectionResolver {
  // Staff alone read activity (Client.activity is hidden from partners and contacts, Query.activity is staff's).
  @FieldResolver(() => [ActivityActor], {
    description:
      'Everyone who did something in this log, or on whose behalf it was done, whatever the filter and the page: the choices of a filter by person (`ActivityFilter.actorId`). By name.',
  })
  async actors(
    @Root() page: ActivityPage,
    @Ctx() { services, loaders }: GraphQLContext,
  ): Promise<ActivityActor[]> {
    const found = await services.activity.actors(page.clientId);
    const named = await Promise.all(
      found.map(async (actor) => {
        // Who was only acted for is named as they are now (an administrator acting as a contact).
        const name =
          actor.name ??
          (actor.type === ActorType.STAFF ? (await loaders.user.load(actor.id))?.displayName : null) ??
          `#${actor.id.slice(0, 8)}`;
        return { id: actor.id, type: actor.type, name };
      }),
    );
    return named.sort((a, b) => byName.compare(a.name, b.name) || a.type.localeCompare(b.type));
  }
}
