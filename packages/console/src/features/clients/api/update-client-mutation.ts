import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const UpdateClientMutation = readsWholeFiles(
  graphql(`
    mutation UpdateClient($input: UpdateClientInput!) {
      updateClient(input: $input) {
        client {
          ...ClientInfoFields
        }
      }
    }
  `),
);

/**
 * Saves the Info tab. Lists are fetched again afterwards: a new name, code or
 * city moves the client within them.
 */
export function useUpdateClientMutation() {
  return useMutation(UpdateClientMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
