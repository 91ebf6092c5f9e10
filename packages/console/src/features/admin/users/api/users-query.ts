import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    id
    email
    displayName
    role
    locale
    status
    lastSignInAt
    deactivatedAt
    createdAt
    version
  }
`);

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users(includeDeactivated: true) {
      ...AdminUserFields
    }
  }
`);

/** Every staff user, deactivated ones included: the administration page shows them all. */
export const useAdminUsersQuery = () => useQuery(AdminUsersQuery, { fetchPolicy: 'cache-and-network' });
