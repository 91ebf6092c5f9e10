import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const MeQuery = graphql(`
  query Me {
    me {
      sessionId
      user {
        id
        email
        displayName
        role
        locale
      }
      portalAccount {
        id
        email
        userCode
        contactId
      }
      contact {
        id
        firstName
        lastName
        language
      }
      actingFor {
        id
        displayName
      }
      partnerUser {
        id
        email
        displayName
        locale
      }
      partner {
        id
        name
      }
    }
  }
`);

/**
 * Who is signed in, asked once when the console starts: every later screen
 * reads the answer from the cache. Null when nobody is.
 */
export function useMeQuery() {
  return useQuery(MeQuery, { fetchPolicy: 'cache-first' });
}

/** Who is signed in, asked of the server again (after signing in). */
export async function fetchMe(client: ApolloClient) {
  const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
  return data?.me ?? null;
}

/**
 * The session is over (the server said UNAUTHENTICATED): the guard, which
 * watches `me`, sends the person to the sign-in page from wherever they are.
 */
export function markSignedOut(client: ApolloClient): void {
  client.cache.writeQuery({ query: MeQuery, data: { me: null } });
}
