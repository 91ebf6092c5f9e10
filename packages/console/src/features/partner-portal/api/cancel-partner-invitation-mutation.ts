import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The partner withdraws its invitation; the card stays, marked CANCELLED. */
export const CancelPartnerInvitationMutation = graphql(`
  mutation CancelPartnerInvitation($input: PartnerInvitationRefInput!) {
    cancelPartnerInvitation(input: $input) {
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

export const useCancelPartnerInvitationMutation = () => useMutation(CancelPartnerInvitationMutation);
