import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/** A new link and a new expiry for the client's administrator; the card's invitation updates from the answer. */
export const ResendPartnerInvitationMutation = graphql(`
  mutation ResendPartnerInvitation($input: PartnerInvitationRefInput!) {
    resendPartnerInvitation(input: $input) {
      invitation {
        id
        status
        sentAt
        expiresAt
        respondedAt
        version
      }
    }
  }
`);

export const useResendPartnerInvitationMutation = () => useMutation(ResendPartnerInvitationMutation);
