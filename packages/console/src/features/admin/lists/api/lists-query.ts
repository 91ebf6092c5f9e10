import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminListsQuery = graphql(`
  query AdminLists {
    branches(includeArchived: true) {
      id
      name
      city
      position
      archived
      version
    }
    industries(includeArchived: true) {
      id
      name
      position
      archived
      version
    }
    accountGroups(includeArchived: true) {
      id
      name
      position
      archived
      version
    }
  }
`);

export const CreateBranchMutation = graphql(`
  mutation CreateBranch($input: CreateListItemInput!) {
    createBranch(input: $input) {
      branch {
        id
      }
    }
  }
`);
export const UpdateBranchMutation = graphql(`
  mutation UpdateBranch($input: UpdateListItemInput!) {
    updateBranch(input: $input) {
      branch {
        id
        name
        city
        position
        archived
        version
      }
    }
  }
`);
export const CreateIndustryMutation = graphql(`
  mutation CreateIndustry($input: CreateListItemInput!) {
    createIndustry(input: $input) {
      industry {
        id
      }
    }
  }
`);
export const UpdateIndustryMutation = graphql(`
  mutation UpdateIndustry($input: UpdateListItemInput!) {
    updateIndustry(input: $input) {
      industry {
        id
        name
        position
        archived
        version
      }
    }
  }
`);
export const CreateAccountGroupMutation = graphql(`
  mutation CreateAccountGroup($input: CreateListItemInput!) {
    createAccountGroup(input: $input) {
      accountGroup {
        id
      }
    }
  }
`);
export const UpdateAccountGroupMutation = graphql(`
  mutation UpdateAccountGroup($input: UpdateListItemInput!) {
    updateAccountGroup(input: $input) {
      accountGroup {
        id
        name
        position
        archived
        version
      }
    }
  }
`);

export const useAdminListsQuery = () => useQuery(AdminListsQuery, { fetchPolicy: 'cache-and-network' });

const refetch = { refetchQueries: [{ query: AdminListsQuery }], awaitRefetchQueries: true };

/** One pair of mutations per list; the three lists share every rule. */
export function useListMutations() {
  const [createBranch, a] = useMutation(CreateBranchMutation, refetch);
  const [updateBranch, b] = useMutation(UpdateBranchMutation, refetch);
  const [createIndustry, c] = useMutation(CreateIndustryMutation, refetch);
  const [updateIndustry, d] = useMutation(UpdateIndustryMutation, refetch);
  const [createAccountGroup, e] = useMutation(CreateAccountGroupMutation, refetch);
  const [updateAccountGroup, f] = useMutation(UpdateAccountGroupMutation, refetch);
  return {
    create: { branches: createBranch, industries: createIndustry, accountGroups: createAccountGroup },
    update: { branches: updateBranch, industries: updateIndustry, accountGroups: updateAccountGroup },
    busy: [a, b, c, d, e, f].some((state) => state.loading),
  };
}
