import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ClientQuery = graphql(`
  query Client($id: ID!) {
    client(id: $id) {
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
`);

/** One client's file; `data.client` is null for an id that names nothing the caller may see. */
export function useClientQuery(id: string) {
  return useQuery(ClientQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
}
