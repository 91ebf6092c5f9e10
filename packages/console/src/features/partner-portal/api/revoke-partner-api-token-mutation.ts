import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RevokePartnerApiTokenMutation = graphql(`
  mutation RevokePartnerApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        id
        revokedAt
      }
    }
  }
`);

export const useRevokePartnerApiTokenMutation = () => useMutation(RevokePartnerApiTokenMutation);
