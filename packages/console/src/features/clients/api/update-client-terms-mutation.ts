import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const UpdateClientTermsMutation = graphql(`
  mutation UpdateClientTerms($input: UpdateClientTermsInput!) {
    updateClientTerms(input: $input) {
      client {
        updatedAt
        ...ClientTermsFields
      }
    }
  }
`);

export function useUpdateClientTermsMutation() {
  return useMutation(UpdateClientTermsMutation);
}
