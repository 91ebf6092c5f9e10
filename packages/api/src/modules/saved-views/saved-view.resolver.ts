import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';
import { ErrorCode } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError } from '../../app/errors';
import { SavedView } from './saved-view.entity';
import { CreateSavedViewInput, DeleteSavedViewInput, UpdateSavedViewInput } from './saved-view.input';

@ObjectType({ description: 'The result of a mutation on a saved view.' })
export class SavedViewPayload {
  @Field(() => SavedView, { description: 'The saved view as it now is (as it was, once deleted).' })
  savedView: SavedView;
}

/** Saved views belong to a staff member; the policy table lets staff only this far. */
function ownerOf(context: GraphQLContext): string {
  if (!context.user) throw new AppError(ErrorCode.FORBIDDEN);
  return context.user.id;
}

const SavedViewConnection = ConnectionType(SavedView, 'SavedView');

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => SavedViewConnection, {
    description: 'Your saved views of the client list, by name, a page at a time.',
  })
  async savedViewsConnection(@Ctx() context: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return pageOfList(await context.services.savedViews.list(ownerOf(context)), page);
  }

  @Query(() => [SavedView], {
    description: 'Your saved views of the client list, by name.',
    deprecationReason: useConnection('savedViewsConnection'),
  })
  savedViews(@Ctx() context: GraphQLContext) {
    return context.services.savedViews.list(ownerOf(context));
  }

  @Mutation(() => SavedViewPayload, { description: 'Saves a view of the client list under a name.' })
  async createSavedView(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateSavedViewInput, { description: 'The name and the view.' })
    input: CreateSavedViewInput,
  ): Promise<SavedViewPayload> {
    return {
      savedView: await context.services.savedViews.create(ownerOf(context), input, callerOf(context)),
    };
  }

  @Mutation(() => SavedViewPayload, { description: 'Renames one of your saved views, or replaces its view.' })
  async updateSavedView(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateSavedViewInput, { description: 'The changes, with the version read.' })
    input: UpdateSavedViewInput,
  ): Promise<SavedViewPayload> {
    return {
      savedView: await context.services.savedViews.update(ownerOf(context), input, callerOf(context)),
    };
  }

  @Mutation(() => SavedViewPayload, { description: 'Deletes one of your saved views.' })
  async deleteSavedView(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => DeleteSavedViewInput, { description: 'The saved view.' })
    input: DeleteSavedViewInput,
  ): Promise<SavedViewPayload> {
    return {
      savedView: await context.services.savedViews.delete(ownerOf(context), input.id, callerOf(context)),
    };
  }
}
