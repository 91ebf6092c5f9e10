import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** A partner user's own tokens; for an administrator, everyone's, with whose they are. */
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      id
      name
      ownerName
      ownerPartnerName
      prefix
      scope
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

/** The answer carries the secret, shown once: it is never asked for again, nor kept in the cache's lists. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        prefix
        scope
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

export const useApiTokensQuery = () => useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
export const useCreateApiTokenMutation = () =>
  useMutation(CreateApiTokenMutation, { refetchQueries: [{ query: ApiTokensQuery }] });
/** The answer carries the revocation time: the cache updates the token from it. */
export const useRevokeApiTokenMutation = () => useMutation(RevokeApiTokenMutation);
