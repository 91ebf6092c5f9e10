import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RestoreClientMutation = graphql(`
  mutation RestoreClient($input: RestoreClientInput!) {
    restoreClient(input: $input) {
      client {
        id
        version
        deletedAt
        updatedAt
      }
    }
  }
`);

/** Brings a deleted client back; the lists are fetched again, since it reappears in them. */
export function useRestoreClientMutation() {
  return useMutation(RestoreClientMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
