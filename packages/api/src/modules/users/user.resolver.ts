import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../app/context';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User], {
    description: 'The staff, by name: account owners and salespeople are chosen from them.',
  })
  users(@Ctx() { services }: GraphQLContext) {
    return services.dataSource.getRepository(User).find({ order: { displayName: 'ASC' } });
  }
}
