import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const UpdateClientCrmMutation = readsWholeFiles(
  graphql(`
    mutation UpdateClientCrm($input: UpdateClientCrmInput!) {
      updateClientCrm(input: $input) {
        client {
          updatedAt
          ...ClientCrmFields
        }
      }
    }
  `),
);

/** Saves the CRM tab; lists ordered or filtered by renewal date, tier or health are fetched again. */
export function useUpdateClientCrmMutation() {
  return useMutation(UpdateClientCrmMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
