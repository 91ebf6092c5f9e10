import { useMutation } from '@apollo/client/react';
import { graphql } from '@/gql';
import { AdminUsersQuery } from './users-query';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: UserRefInput!) {
    deactivateUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: UserRefInput!) {
    reactivateUser(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

export const ResendUserInvitationMutation = graphql(`
  mutation ResendUserInvitation($input: UserRefInput!) {
    resendUserInvitation(input: $input) {
      user {
        ...AdminUserFields
      }
    }
  }
`);

/** A new user joins the list: read it again (the answer holds the user only). */
export const useCreateUserMutation = () =>
  useMutation(CreateUserMutation, {
    refetchQueries: [{ query: AdminUsersQuery }],
    awaitRefetchQueries: true,
  });

/** The answers carry the changed user: the cache updates the list from them. */
export const useUpdateUserMutation = () => useMutation(UpdateUserMutation);
export const useDeactivateUserMutation = () => useMutation(DeactivateUserMutation);
export const useReactivateUserMutation = () => useMutation(ReactivateUserMutation);
export const useResendUserInvitationMutation = () => useMutation(ResendUserInvitationMutation);
