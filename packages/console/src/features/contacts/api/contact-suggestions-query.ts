import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ContactSuggestionsQuery = graphql(`
  query ContactSuggestions($clientId: ID!) {
    contactSuggestions(clientId: $clientId) {
      id
      firstName
      lastName
      email
    }
  }
`);

/** Contacts not linked yet whose email domain is one of the client's: likely colleagues. */
export function useContactSuggestionsQuery(clientId: string, skip: boolean) {
  return useQuery(ContactSuggestionsQuery, { variables: { clientId }, skip, fetchPolicy: 'network-only' });
}
