import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { ConnectionType, PageArgs, pageOfList, useConnection } from '../../app/connection';
import { callerOf, type GraphQLContext } from '../../app/context';
import { AccountGroup } from './account-group.entity';
import { Branch } from './branch.entity';
import { Industry } from './industry.entity';
import { CreateListItemInput, UpdateListItemInput } from './list.input';
import type { ListName } from './list.service';

@ObjectType({ description: 'The result of `createAccountGroup` or `updateAccountGroup`.' })
export class AccountGroupPayload {
  @Field(() => AccountGroup, { description: 'The account group as it now is.' })
  accountGroup: AccountGroup;
}

@ObjectType({ description: 'The result of `createIndustry` or `updateIndustry`.' })
export class IndustryPayload {
  @Field(() => Industry, { description: 'The industry as it now is.' })
  industry: Industry;
}

@ObjectType({ description: 'The result of `createBranch` or `updateBranch`.' })
export class BranchPayload {
  @Field(() => Branch, { description: 'The branch as it now is.' })
  branch: Branch;
}

/**
 * Declares `<plural>` query and `create<Name>` / `update<Name>` mutations for
 * one admin-managed list; the three lists differ only by name.
 */
function listResolver<T extends { id: string }>(
  type: ClassType<T>,
  list: ListName,
  plural: string,
  label: string,
  payload: { type: ClassType<object>; field: string },
) {
  const Page = ConnectionType(type, list);

  @Resolver(() => type)
  class ListResolver {
    @Query(() => Page, {
      name: `${plural}Connection`,
      description: `The ${label}, in pick-list order, a page at a time.`,
    })
    page(
      @Ctx() { services }: GraphQLContext,
      @Args(() => PageArgs) page: PageArgs,
      @Arg('includeArchived', () => Boolean, { defaultValue: false, description: 'Also the retired ones.' })
      includeArchived: boolean,
    ) {
      return services.lists.list(type, includeArchived).then((items) => pageOfList(items, page));
    }

    @Query(() => [type], {
      name: plural,
      description: `The ${label}, in pick-list order.`,
      deprecationReason: useConnection(`${plural}Connection`),
    })
    items(
      @Ctx() { services }: GraphQLContext,
      @Arg('includeArchived', () => Boolean, { defaultValue: false, description: 'Also the retired ones.' })
      includeArchived: boolean,
    ) {
      return services.lists.list(type, includeArchived);
    }

    @Mutation(() => payload.type, { name: `create${list}`, description: `Adds to the ${label}.` })
    async create(
      @Ctx() context: GraphQLContext,
      @Arg('input', () => CreateListItemInput, { description: 'The new item.' }) input: CreateListItemInput,
    ) {
      return { [payload.field]: await context.services.lists.create(list, input, callerOf(context)) };
    }

    @Mutation(() => payload.type, {
      name: `update${list}`,
      description: `Renames, reorders, retires or restores one of the ${label}.`,
    })
    async update(
      @Ctx() context: GraphQLContext,
      @Arg('input', () => UpdateListItemInput, { description: 'The changes, with the version read.' })
      input: UpdateListItemInput,
    ) {
      return { [payload.field]: await context.services.lists.update(list, input, callerOf(context)) };
    }
  }
  return ListResolver;
}

export const AccountGroupResolver = listResolver(
  AccountGroup,
  'AccountGroup',
  'accountGroups',
  'account groups',
  {
    type: AccountGroupPayload,
    field: 'accountGroup',
  },
);
export const IndustryResolver = listResolver(Industry, 'Industry', 'industries', 'industries', {
  type: IndustryPayload,
  field: 'industry',
});
export const BranchResolver = listResolver(Branch, 'Branch', 'branches', "operator's branches", {
  type: BranchPayload,
  field: 'branch',
});
