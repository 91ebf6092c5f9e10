import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { ClientContactsQuery } from './client-contacts-query';

export const CreateContactMutation = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      contact {
        id
        firstName
        lastName
      }
    }
  }
`);

/** Creates a contact linked to the client; the client's contacts are read again (the answer holds the contact only). */
export function useCreateContactMutation(clientId: string) {
  return useMutation(CreateContactMutation, {
    refetchQueries: [{ query: ClientContactsQuery, variables: { clientId } }],
    awaitRefetchQueries: true,
  });
}
