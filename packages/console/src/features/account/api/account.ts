import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/** The signed-in person's open sessions: this browser, others, apps holding a bearer token. */
export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      kind
      current
      userAgent
      ip
      createdAt
      lastSeenAt
      expiresAt
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(input: { id: $id }) {
      sessionId
    }
  }
`);

export const RevokeOtherSessionsMutation = graphql(`
  mutation RevokeOtherSessions {
    revokeOtherSessions {
      revokedCount
    }
  }
`);

export const UpdateMeMutation = graphql(`
  mutation UpdateMe($input: UpdateMeInput!) {
    updateMe(input: $input) {
      user {
        id
        displayName
        locale
      }
    }
  }
`);

export const useMySessionsQuery = () => useQuery(MySessionsQuery, { fetchPolicy: 'cache-and-network' });
/** Ended sessions leave the list: it is asked again rather than patched. */
export const useRevokeSessionMutation = () =>
  useMutation(RevokeSessionMutation, {
    refetchQueries: [{ query: MySessionsQuery }],
    awaitRefetchQueries: true,
  });
export const useRevokeOtherSessionsMutation = () =>
  useMutation(RevokeOtherSessionsMutation, {
    refetchQueries: [{ query: MySessionsQuery }],
    awaitRefetchQueries: true,
  });
/** The answer carries the user's id: the cache updates the signed-in user (`me`) from it. */
export const useUpdateMeMutation = () => useMutation(UpdateMeMutation);
