import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      done
    }
  }
`);

/** The user's other sessions end; this one stays open. */
export function useChangePasswordMutation() {
  return useMutation(ChangePasswordMutation);
}
