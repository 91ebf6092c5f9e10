import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

/**
 * The partner's clients as cards: only what a partner may read of every
 * client, accepted or not (name, city, plan, the invitation). Anything more
 * would be refused for the clients still pending.
 */
export const PartnerClientsQuery = graphql(`
  query PartnerClients($first: Int, $after: String, $search: String) {
    clients(first: $first, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          city
          notificationsEnabled
          plan {
            id
            name
          }
          partnerInvitation {
            id
            status
            sentAt
            expiresAt
            respondedAt
            version
          }
        }
      }
    }
  }
`);

export const PARTNER_PAGE_SIZE = 50;

export function usePartnerClientsQuery(search: string) {
  return useQuery(PartnerClientsQuery, {
    variables: { first: PARTNER_PAGE_SIZE, search: search || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
}
