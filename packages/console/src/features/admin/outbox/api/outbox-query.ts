import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';
import type { EmailStatus } from '@/gql/graphql';

export const OutboxQuery = graphql(`
  query Outbox($first: Int, $after: String, $status: EmailStatus) {
    outbox(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          to
          toName
          subject
          template
          locale
          status
          attempts
          lastError
          createdAt
          sentAt
          text
        }
      }
    }
  }
`);

/** One page of the outbox, newest first; `after` is the cursor the previous page ended on. */
export const useOutboxQuery = (first: number, after: string | null, status: EmailStatus | null) =>
  useQuery(OutboxQuery, {
    variables: { first, after, status },
    fetchPolicy: 'cache-and-network',
  });
