import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SavedViewFields = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    view
    version
    updatedAt
  }
`);

export const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      ...SavedViewFields
    }
  }
`);

/** My saved views of the client list, by name. */
export const useSavedViewsQuery = () => useQuery(SavedViewsQuery, { fetchPolicy: 'cache-and-network' });
