import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      done
    }
  }
`);

/** Always answers alike: whether an account exists is nobody's business here. */
export function useRequestPasswordResetMutation() {
  return useMutation(RequestPasswordResetMutation);
}
