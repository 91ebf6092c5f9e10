import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { PartnerApiTokensQuery } from './partner-api-tokens-query';

/** The answer carries the secret, shown once: it is never asked for again, nor kept in the cache's lists. */
export const CreatePartnerApiTokenMutation = graphql(`
  mutation CreatePartnerApiToken($input: CreateApiTokenInput!) {
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

export const useCreatePartnerApiTokenMutation = () =>
  useMutation(CreatePartnerApiTokenMutation, { refetchQueries: [{ query: PartnerApiTokensQuery }] });
