import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const DeleteClientsMutation = graphql(`
  mutation DeleteClients($input: DeleteClientsInput!) {
    deleteClients(input: $input) {
      clients {
        id
        version
        deletedAt
        updatedAt
      }
    }
  }
`);

/** Deletes clients all or none; every list is read again, since they leave it. */
export function useDeleteClientsMutation() {
  return useMutation(DeleteClientsMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
