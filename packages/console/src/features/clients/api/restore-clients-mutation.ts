import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RestoreClientsMutation = graphql(`
  mutation RestoreClients($input: RestoreClientsInput!) {
    restoreClients(input: $input) {
      clients {
        id
        version
        deletedAt
        updatedAt
      }
    }
  }
`);

/** Brings deleted clients back together (the undo of a bulk delete); lists are read again. */
export function useRestoreClientsMutation() {
  return useMutation(RestoreClientsMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
