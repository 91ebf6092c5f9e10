import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { ActivityFilter } from '@/gql/graphql';

export const ClientActivityQuery = graphql(`
  query ClientActivity($clientId: ID!, $first: Int!, $after: String, $filter: ActivityFilter) {
    client(id: $clientId) {
      id
      activity(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          endCursor
          hasNextPage
        }
        edges {
          cursor
          node {
            id
            action
            actorId
            actorName
            actorType
            onBehalfOfId
            onBehalfOfType
            onBehalfOfName
            at
            entityType
            entityId
            changes {
              field
              before
              after
            }
          }
        }
      }
    }
  }
`);

export const ACTIVITY_PAGE = 25;

/**
 * A client's activity, newest first, a page at a time; "Load more" appends
 * the next page (see the `Client.activity` policy in lib/apollo). Read from
 * the server each time the tab opens: other tabs and other people add to it.
 */
export function useClientActivityQuery(clientId: string, filter: ActivityFilter | undefined) {
  return useQuery(ClientActivityQuery, {
    variables: { clientId, first: ACTIVITY_PAGE, filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
}
