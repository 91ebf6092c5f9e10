import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

export const AcceptAccessInvitationMutation = graphql(`
  mutation AcceptAccessInvitation($input: AcceptAccessInvitationInput!) {
    acceptAccessInvitation(input: $input) {
      account {
        id
        userCode
        email
      }
    }
  }
`);

/** A client contact chooses their first password with the link from their invitation (seed 004). */
export function useAcceptAccessInvitationMutation() {
  return useMutation(AcceptAccessInvitationMutation);
}
