import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ListFilterOptionsQuery = graphql(`
  query ListFilterOptions {
    users {
      id
      displayName
    }
    accountGroups {
      id
      name
      archived
    }
    industries {
      id
      name
      archived
    }
  }
`);

export const ListPartnerOptionsQuery = graphql(`
  query ListPartnerOptions {
    partners {
      id
      name
    }
  }
`);

/** The choices of the list's filters; they change rarely, so the cache answers after the first read. */
export const useListFilterOptionsQuery = (skip = false) =>
  useQuery(ListFilterOptionsQuery, { fetchPolicy: 'cache-first', skip });

/** Partners, for administrators only (the API keeps the list from everyone else). */
export const useListPartnerOptionsQuery = (skip: boolean) =>
  useQuery(ListPartnerOptionsQuery, { fetchPolicy: 'cache-first', skip });
