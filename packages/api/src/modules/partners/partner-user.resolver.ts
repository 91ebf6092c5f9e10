import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { callerOf, type GraphQLContext } from '../../app/context';
import { PartnerUser } from './partner.entity';
import { PartnerUserRefInput } from './partner-user.input';

@ObjectType({ description: 'The result of a mutation on a partner user.' })
export class PartnerUserPayload {
  @Field(() => PartnerUser, { description: 'The user as they now are.' })
  partnerUser: PartnerUser;
}

@Resolver(() => PartnerUser)
export class PartnerUserResolver {
  @Mutation(() => PartnerUserPayload, {
    description:
      "Deactivates a partner's user: their sign-in is refused like a wrong password, and their sessions and API tokens end at once.",
  })
  async deactivatePartnerUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => PartnerUserRefInput, { description: 'The user, with the version read.' })
    input: PartnerUserRefInput,
  ): Promise<PartnerUserPayload> {
    return { partnerUser: await context.services.partnerUsers.deactivate(input, callerOf(context)) };
  }

  @Mutation(() => PartnerUserPayload, { description: 'Lets a deactivated partner user sign in again.' })
  async reactivatePartnerUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => PartnerUserRefInput, { description: 'The user, with the version read.' })
    input: PartnerUserRefInput,
  ): Promise<PartnerUserPayload> {
    return { partnerUser: await context.services.partnerUsers.reactivate(input, callerOf(context)) };
  }
}
