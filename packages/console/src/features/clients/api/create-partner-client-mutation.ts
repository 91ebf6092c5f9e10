import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * A partner adds a client (seed 000). Only the card comes back: until the
 * client's administrator accepts, the card is all a partner may read.
 */
export const CreatePartnerClientMutation = graphql(`
  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {
    createPartnerClient(input: $input) {
      client {
        id
        name
        city
        plan {
          id
          name
        }
        partnerInvitation {
          id
          status
          sentAt
          expiresAt
          version
        }
      }
    }
  }
`);

/** The partner's list is read again afterwards: the new card takes its place in the server's order. */
export function useCreatePartnerClientMutation() {
  return useMutation(CreatePartnerClientMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
      cache.gc();
    },
  });
}
