import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';
import type { ClientsQueryVariables } from '@/gql/graphql';

export const ClientsQuery = readsWholeFiles(
  graphql(`
    query Clients($first: Int!, $after: String, $offset: Int, $filter: ClientFilter, $orderBy: ClientOrder) {
      clients(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          node {
            id
            code
            name
            kind
            status
            lifecycle
            email
            phone
            tags
            createdAt
            updatedAt
            deletedAt
            deletedBy
            purgeAt
            billingAddress {
              city
              country
            }
            partner {
              id
              name
            }
            partnerInvitation {
              id
              status
            }
            crm {
              tier
              health
              renewalDate
              accountOwner {
                id
                displayName
              }
            }
          }
        }
      }
    }
  `),
);

/** One page of the client list. */
export function useClientsQuery(variables: ClientsQueryVariables) {
  return useQuery(ClientsQuery, {
    variables,
    // A page seen before shows at once, and is refreshed behind it: others edit clients all day.
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
