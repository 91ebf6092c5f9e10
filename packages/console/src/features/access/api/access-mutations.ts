import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { ClientAccessQuery } from './client-access-query';

export const GrantAccessMutation = graphql(`
  mutation GrantAccess($input: GrantAccessInput!) {
    grantAccess(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const UpdateAccessMutation = graphql(`
  mutation UpdateAccess($input: UpdateAccessInput!) {
    updateAccess(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const ResendAccessInvitationMutation = graphql(`
  mutation ResendAccessInvitation($input: AccessRefInput!) {
    resendAccessInvitation(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const SuspendAccessMutation = graphql(`
  mutation SuspendAccess($input: AccessRefInput!) {
    suspendAccess(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const ReactivateAccessMutation = graphql(`
  mutation ReactivateAccess($input: AccessRefInput!) {
    reactivateAccess(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const RevokeAccessMutation = graphql(`
  mutation RevokeAccess($input: AccessRefInput!) {
    revokeAccess(input: $input) {
      emailSuppressed
      access {
        ...AccessGrantFields
      }
    }
  }
`);

export const ActAsContactMutation = graphql(`
  mutation ActAsContact($input: ActAsContactInput!) {
    actAsContact(input: $input) {
      expiresAt
    }
  }
`);

// A new access adds a row: the list is read again. The others answer with the
// access as it now is, which the cache merges by id.
export const useGrantAccessMutation = (clientId: string) =>
  useMutation(GrantAccessMutation, {
    refetchQueries: [{ query: ClientAccessQuery, variables: { clientId } }],
    awaitRefetchQueries: true,
  });
export const useUpdateAccessMutation = () => useMutation(UpdateAccessMutation);
export const useResendAccessInvitationMutation = () => useMutation(ResendAccessInvitationMutation);
export const useSuspendAccessMutation = () => useMutation(SuspendAccessMutation);
export const useReactivateAccessMutation = () => useMutation(ReactivateAccessMutation);
export const useRevokeAccessMutation = () => useMutation(RevokeAccessMutation);
export const useActAsContactMutation = () => useMutation(ActAsContactMutation);
