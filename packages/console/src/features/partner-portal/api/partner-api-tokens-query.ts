import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const PartnerApiTokensQuery = graphql(`
  query PartnerApiTokens {
    apiTokens {
      id
      name
      prefix
      scope
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

/** The signed-in partner user's own tokens (the API lists no one else's). */
export const usePartnerApiTokensQuery = () => useQuery(PartnerApiTokensQuery);
