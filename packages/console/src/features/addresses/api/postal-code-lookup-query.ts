import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PostalCodeLookupQuery = graphql(`
  query PostalCodeLookup($postalCode: String!, $country: String) {
    postalCodeLookup(postalCode: $postalCode, country: $country) {
      postalCode
      city
      region
      country
      source
    }
  }
`);

/** Where a postal code is; asked once per code and country, then read from the cache. */
export function usePostalCodeLookupQuery(postalCode: string, country: string | null, skip: boolean) {
  return useQuery(PostalCodeLookupQuery, {
    variables: { postalCode, country },
    skip,
    fetchPolicy: 'cache-first',
  });
}
