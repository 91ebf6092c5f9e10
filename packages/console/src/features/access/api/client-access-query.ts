import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const AccessGrantFields = graphql(`
  fragment AccessGrantFields on AccessGrant {
    id
    clientId
    contactId
    role
    status
    ipAllowList
    branchId
    branch {
      id
      name
    }
    invitedAt
    invitationExpiresAt
    lastSignInAt
    createdAt
    version
    contact {
      id
      firstName
      lastName
      email
    }
    account {
      id
      userCode
      email
      lastSignInAt
    }
  }
`);

export const ClientAccessQuery = readsWholeFiles(
  graphql(`
    query ClientAccess($clientId: ID!) {
      client(id: $clientId) {
        id
        code
        deletedAt
        notificationsEnabled
        accessGrants {
          ...AccessGrantFields
        }
        contacts {
          id
          contactId
          contact {
            id
            firstName
            lastName
            email
          }
        }
      }
      branches {
        id
        name
        archived
      }
    }
  `),
);

/** The client's accesses, its linked contacts (who may be given one) and the branches to limit one to. */
export function useClientAccessQuery(clientId: string) {
  return useQuery(ClientAccessQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
