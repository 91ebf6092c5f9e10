import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ContactSearchQuery = graphql(`
  query ContactSearch($search: String, $first: Int!) {
    contacts(first: $first, filter: { search: $search }) {
      edges {
        node {
          id
          firstName
          lastName
          email
          clients {
            id
            client {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** Contacts whose name or email holds what was typed, to link one that already exists. */
export function useContactSearchQuery(search: string, skip: boolean) {
  return useQuery(ContactSearchQuery, {
    variables: { search: search.trim() || null, first: 10 },
    skip,
    fetchPolicy: 'cache-and-network',
  });
}
