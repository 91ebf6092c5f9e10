import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AddressSuggestionsQuery = graphql(`
  query AddressSuggestions($query: String!, $country: String) {
    addressSuggestions(query: $query, country: $country) {
      line1
      city
      region
      postalCode
      country
      source
    }
  }
`);

/** Addresses for what was typed; the same words in the same country are answered from the cache. */
export function useAddressSuggestionsQuery(query: string, country: string | null, skip: boolean) {
  return useQuery(AddressSuggestionsQuery, {
    variables: { query, country },
    skip,
    fetchPolicy: 'cache-first',
  });
}
