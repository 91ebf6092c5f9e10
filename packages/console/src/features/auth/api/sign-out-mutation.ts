import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut {
      done
    }
  }
`);

export function useSignOutMutation() {
  return useMutation(SignOutMutation);
}
