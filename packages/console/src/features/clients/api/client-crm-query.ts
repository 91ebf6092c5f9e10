import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const ClientCrmFields = graphql(`
  fragment ClientCrmFields on Client {
    id
    version
    deletedAt
    crm {
      health
      tier
      renewalDate
      industryId
      industry {
        id
        name
        archived
      }
      accountOwnerId
      accountOwner {
        id
        displayName
        email
      }
      salespeople {
        id
        displayName
        email
      }
      source
    }
  }
`);

export const ClientCrmQuery = readsWholeFiles(
  graphql(`
    query ClientCrm($id: ID!) {
      client(id: $id) {
        ...ClientCrmFields
      }
    }
  `),
);

export function useClientCrmQuery(id: string) {
  return useQuery(ClientCrmQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
