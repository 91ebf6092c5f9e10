import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const ClientHeaderQuery = readsWholeFiles(
  graphql(`
    query ClientHeader($id: ID!) {
      client(id: $id) {
        id
        code
        name
        kind
        status
        lifecycle
        version
        deletedAt
      }
    }
  `),
);

/** What the top of a client file shows on every tab; null for an id that names nothing the caller may see. */
export function useClientHeaderQuery(id: string) {
  return useQuery(ClientHeaderQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
