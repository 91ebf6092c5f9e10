import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ActorType, ErrorCode } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError } from '../../app/errors';
import { ApiToken, ApiTokenScope } from './api-token.entity';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';

const ApiTokenConnection = ConnectionType(ApiToken, 'ApiToken');

@InputType({ description: 'A new API token.' })
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What it is for; shown in the list of tokens.' })
  name: string;

  @Field(() => ApiTokenScope, { defaultValue: ApiTokenScope.READ, description: 'Read only by default.' })
  scope: ApiTokenScope;
}

@InputType({ description: 'A token to revoke.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token.' })
  id: string;
}

@ObjectType({ description: 'The result of `createApiToken`.' })
export class CreateApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token’s record.' })
  apiToken: ApiToken;

  @Field(() => String, {
    description: 'The token itself, shown this once: send it as `Authorization: Bearer <token>`.',
  })
  token: string;
}

@ObjectType({ description: 'The result of `revokeApiToken`.' })
export class ApiTokenPayload {
  @Field(() => ApiToken, { description: 'The token’s record.' })
  apiToken: ApiToken;
}

@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Query(() => ApiTokenConnection, {
    description: 'Every API token, newest first, a page at a time (the secrets are never shown again).',
  })
  async apiTokensConnection(@Ctx() context: GraphQLContext, @Args(() => PageArgs) page: PageArgs) {
    return pageOfList(await context.services.apiTokens.list(context.partner?.user.id), page);
  }

  @Query(() => [ApiToken], {
    description: 'Every API token, newest first (the secrets are never shown again).',
    deprecationReason: useConnection('apiTokensConnection'),
  })
  apiTokens(@Ctx() context: GraphQLContext) {
    return context.services.apiTokens.list(context.partner?.user.id);
  }

  @FieldResolver(() => String, {
    description: 'Name of the person whose rights it uses: an administrator sees everyone’s tokens.',
  })
  async ownerName(@Root() token: ApiToken, @Ctx() { loaders }: GraphQLContext): Promise<string> {
    const owner =
      token.ownerType === ActorType.PARTNER
        ? await loaders.partnerUser.load(token.ownerId)
        : await loaders.user.load(token.ownerId);
    // An owner is never deleted (only deactivated), but a name is better than a failed list.
    return owner?.displayName ?? token.ownerId;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For a partner user’s token, the partner’s name; none for staff.',
  })
  async ownerPartnerName(
    @Root() token: ApiToken,
    @Ctx() { loaders }: GraphQLContext,
  ): Promise<string | null> {
    if (token.ownerType !== ActorType.PARTNER) return null;
    const owner = await loaders.partnerUser.load(token.ownerId);
    return owner ? ((await loaders.partner.load(owner.partnerId))?.name ?? null) : null;
  }

  @Mutation(() => CreateApiTokenPayload, {
    description: 'Creates an API token acting with the signed-in user’s rights.',
  })
  async createApiToken(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateApiTokenInput, { description: 'Name and scope.' }) input: CreateApiTokenInput,
  ): Promise<CreateApiTokenPayload> {
    // A partner user's token reads that partner's clients from its dashboard.
    const owner = context.partner
      ? { type: ActorType.PARTNER, id: context.partner.user.id }
      : context.user
        ? { type: ActorType.STAFF, id: context.user.id }
        : null;
    if (!owner) throw new AppError(ErrorCode.UNAUTHENTICATED);
    const { apiToken, secret } = await context.services.apiTokens.create(
      owner,
      input.name,
      input.scope,
      callerOf(context),
    );
    return { apiToken, token: secret };
  }

  @Mutation(() => ApiTokenPayload, { description: 'Revokes an API token at once.' })
  async revokeApiToken(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => RevokeApiTokenInput, { description: 'The token.' }) input: RevokeApiTokenInput,
  ): Promise<ApiTokenPayload> {
    return {
      apiToken: await context.services.apiTokens.revoke(
        input.id,
        callerOf(context),
        context.partner?.user.id,
      ),
    };
  }
}
