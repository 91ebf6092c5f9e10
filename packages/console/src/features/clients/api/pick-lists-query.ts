import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AccountGroupsQuery = graphql(`
  query AccountGroups {
    accountGroups {
      id
      name
      archived
    }
  }
`);

export const IndustriesQuery = graphql(`
  query Industries {
    industries {
      id
      name
      archived
    }
  }
`);

export const ServicePlansQuery = graphql(`
  query ServicePlans {
    servicePlans {
      id
      code
      name
      archived
    }
  }
`);

export const StaffUsersQuery = graphql(`
  query StaffUsers {
    users {
      id
      displayName
      email
    }
  }
`);

/** Pick lists change rarely: read once per session, from the cache afterwards. */
export const useAccountGroupsQuery = (skip = false) =>
  useQuery(AccountGroupsQuery, { fetchPolicy: 'cache-first', skip });

export const useIndustriesQuery = (skip = false) =>
  useQuery(IndustriesQuery, { fetchPolicy: 'cache-first', skip });

export const useServicePlansQuery = (skip = false) =>
  useQuery(ServicePlansQuery, { fetchPolicy: 'cache-first', skip });

/** Active staff, for account owners and salespeople. */
export const useStaffUsersQuery = (skip = false) =>
  useQuery(StaffUsersQuery, { fetchPolicy: 'cache-first', skip });
