import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      done
    }
  }
`);

export function useResetPasswordMutation() {
  return useMutation(ResetPasswordMutation);
}
