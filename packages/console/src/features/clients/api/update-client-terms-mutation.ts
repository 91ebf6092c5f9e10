import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const UpdateClientTermsMutation = readsWholeFiles(
  graphql(`
    mutation UpdateClientTerms($input: UpdateClientTermsInput!) {
      updateClientTerms(input: $input) {
        client {
          updatedAt
          ...ClientTermsFields
        }
      }
    }
  `),
);

export function useUpdateClientTermsMutation() {
  return useMutation(UpdateClientTermsMutation);
}
