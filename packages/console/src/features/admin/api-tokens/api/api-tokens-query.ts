import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AdminApiTokensQuery = graphql(`
  query AdminApiTokens {
    apiTokens {
      id
      name
      scope
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
        name
        scope
        prefix
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

export const useAdminApiTokensQuery = () =>
  useQuery(AdminApiTokensQuery, { fetchPolicy: 'cache-and-network' });
export const useCreateApiTokenMutation = () =>
  useMutation(CreateApiTokenMutation, {
    refetchQueries: [{ query: AdminApiTokensQuery }],
    awaitRefetchQueries: true,
  });
/** The answer carries the revocation time: the cache updates the row from it. */
export const useRevokeApiTokenMutation = () => useMutation(RevokeApiTokenMutation);
