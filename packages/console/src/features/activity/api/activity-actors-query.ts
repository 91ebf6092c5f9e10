import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * Everyone in a client's log, the choices of the "Who" filter. Their own
 * query, apart from the timeline: the answer ignores the filter and the page,
 * so it is not asked again on every "Load more" and filter change. Through
 * `Query.activity` rather than `Client.activity`, whose cache entry is keyed
 * by filter alone (see lib/apollo): a one-entry page there would replace the
 * timeline's pages.
 */
export const ActivityActorsQuery = graphql(`
  query ActivityActors($clientId: ID!) {
    activity(clientId: $clientId, first: 1) {
      actors {
        id
        type
        name
      }
    }
  }
`);

/** Read from the server each time the tab opens, like the timeline: someone new may have acted. */
export function useActivityActorsQuery(clientId: string) {
  return useQuery(ActivityActorsQuery, {
    variables: { clientId },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
