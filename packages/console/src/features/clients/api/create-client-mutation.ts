import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const CreateClientMutation = readsWholeFiles(
  graphql(`
    mutation CreateClient($input: CreateClientInput!) {
      createClient(input: $input) {
        client {
          id
          code
          name
          kind
          status
          lifecycle
          version
          createdAt
          updatedAt
          billingAddress {
            line1
            line2
            city
            region
            postalCode
            country
          }
        }
      }
    }
  `),
);

/**
 * Creates a client. Every cached page of the list is dropped afterwards:
 * where the new client lands depends on each page's search and order, which
 * only the server knows, so the visible page is fetched again.
 */
export function useCreateClientMutation() {
  return useMutation(CreateClientMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
