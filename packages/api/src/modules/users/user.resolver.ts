import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';
import { ErrorCode, UserStatus } from '@clientele/shared';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AppError } from '../../app/errors';
import { User } from './user.entity';
import { CreateUserInput, UpdateMeInput, UpdateUserInput, UserRefInput } from './user.input';
import { userStatus } from './user.service';

@ObjectType({ description: 'The result of a mutation on a staff user.' })
export class UserPayload {
  @Field(() => User, { description: 'The user as they now are.' })
  user: User;
}

/** The signed-in staff user, in person: not a program holding their token. */
function signedInStaff(context: GraphQLContext): User {
  if (!context.user || context.apiToken) throw new AppError(ErrorCode.FORBIDDEN);
  return context.user;
}

const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, {
    description:
      'The staff, by name, a page at a time: account owners and salespeople are chosen from them. Deactivated users only when asked.',
  })
  async usersConnection(
    @Ctx() { services }: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeDeactivated', () => Boolean, {
      defaultValue: false,
      description: 'Also the deactivated users (the administration page).',
    })
    includeDeactivated: boolean,
  ) {
    return pageOfList(await services.users.list(includeDeactivated), page);
  }

  @Query(() => [User], {
    description:
      'The staff, by name: account owners and salespeople are chosen from them. Deactivated users only when asked.',
    deprecationReason: useConnection('usersConnection'),
  })
  users(
    @Ctx() { services }: GraphQLContext,
    @Arg('includeDeactivated', () => Boolean, {
      defaultValue: false,
      description: 'Also the deactivated users (the administration page).',
    })
    includeDeactivated: boolean,
  ) {
    return services.users.list(includeDeactivated);
  }

  @FieldResolver(() => UserStatus, { description: 'Invited, active or deactivated.' })
  status(@Root() user: User): UserStatus {
    return userStatus(user);
  }

  @Mutation(() => UserPayload, {
    description: 'Adds a staff user; they receive an email with a single-use link to choose their password.',
  })
  async createUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => CreateUserInput, { description: 'The user.' }) input: CreateUserInput,
  ): Promise<UserPayload> {
    return { user: await context.services.users.create(input, callerOf(context)) };
  }

  @Mutation(() => UserPayload, { description: "Changes a staff user's name, role or language." })
  async updateUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateUserInput, { description: 'The changes, with the version read.' })
    input: UpdateUserInput,
  ): Promise<UserPayload> {
    return {
      user: await context.services.users.update(input, callerOf(context), signedInStaff(context)),
    };
  }

  @Mutation(() => UserPayload, {
    description:
      'Deactivates a staff user: they can no longer sign in, and their sessions and API tokens end at once.',
  })
  async deactivateUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UserRefInput, { description: 'The user.' }) input: UserRefInput,
  ): Promise<UserPayload> {
    return {
      user: await context.services.users.deactivate(input.id, callerOf(context), signedInStaff(context)),
    };
  }

  @Mutation(() => UserPayload, { description: 'Lets a deactivated staff user sign in again.' })
  async reactivateUser(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UserRefInput, { description: 'The user.' }) input: UserRefInput,
  ): Promise<UserPayload> {
    return { user: await context.services.users.reactivate(input.id, callerOf(context)) };
  }

  @Mutation(() => UserPayload, {
    description:
      'Sends an invited user (no password chosen yet) a new set-password link; the previous link stops working.',
  })
  async resendUserInvitation(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UserRefInput, { description: 'The user.' }) input: UserRefInput,
  ): Promise<UserPayload> {
    return { user: await context.services.users.resendInvitation(input.id, callerOf(context)) };
  }

  @Mutation(() => UserPayload, {
    description: 'The signed-in staff user changes their own name or language.',
  })
  async updateMe(
    @Ctx() context: GraphQLContext,
    @Arg('input', () => UpdateMeInput, { description: 'The changes.' }) input: UpdateMeInput,
  ): Promise<UserPayload> {
    return { user: await context.services.users.updateMe(signedInStaff(context), input, callerOf(context)) };
  }
}
