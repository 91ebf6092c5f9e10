import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/** Staff's new client, its primary contact: made right after the client, in the same dialog. */
export const CreatePrimaryContactMutation = graphql(`
  mutation CreatePrimaryContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
        firstName
        lastName
      }
    }
  }
`);

export function useCreatePrimaryContactMutation() {
  return useMutation(CreatePrimaryContactMutation);
}
