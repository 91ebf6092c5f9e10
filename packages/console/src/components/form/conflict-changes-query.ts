import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * What was saved since the version an edit started from, read from the file's
 * activity log (the names for the ids it holds come from `useActivityNames`).
 */
export const ConflictChangesQuery = graphql(`
  query ConflictChanges($clientId: ID!, $since: Int!) {
    client(id: $clientId) {
      id
      activity(first: 100, filter: { afterClientVersion: $since }) {
        edges {
          node {
            id
            action
            actorName
            at
            clientVersion
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

/** Read when a conflict opens (never from the cache: the log just grew), for the file edited. */
export function useConflictChangesQuery(clientId: string | null, since: number | null) {
  return useQuery(ConflictChangesQuery, {
    variables: { clientId: clientId ?? '', since: since ?? 0 },
    skip: !clientId || since === null,
    fetchPolicy: 'network-only',
  });
}
