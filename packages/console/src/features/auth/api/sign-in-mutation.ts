import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      expiresAt
      user {
        id
        displayName
        locale
      }
    }
  }
`);

/** Opens a cookie session: the token stays in an httpOnly cookie the console never sees. */
export function useSignInMutation() {
  return useMutation(SignInMutation);
}
