import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import { readsWholeFiles } from '@/lib/whole-file';

export const ClientPickerQuery = readsWholeFiles(
  graphql(`
    query ClientPicker($search: String, $first: Int!) {
      clients(first: $first, filter: { search: $search }) {
        edges {
          node {
            id
            code
            name
          }
        }
      }
    }
  `),
);

/** Clients matching what was typed, for choosing a parent or a bill-to client. */
export function useClientPickerQuery(search: string, skip: boolean) {
  return useQuery(ClientPickerQuery, {
    variables: { search: search.trim() || null, first: 10 },
    skip,
    fetchPolicy: 'cache-first',
  });
}
