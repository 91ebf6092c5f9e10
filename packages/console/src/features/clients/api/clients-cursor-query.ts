import type { ApolloClient } from '@apollo/client';
import { graphql } from '@/gql';
import type { ClientFilter, ClientOrder } from '@/gql/graphql';

export const ClientsCursorQuery = graphql(`
  query ClientsCursor($first: Int!, $after: String, $filter: ClientFilter, $orderBy: ClientOrder) {
    clients(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The API's cap on `first`: the longest stride when walking to a cursor. */
const MAX_PAGE = 100;

type View = { filter?: ClientFilter; orderBy: ClientOrder };

async function pageEnd(client: ApolloClient, view: View, first: number, after: string | null) {
  const { data } = await client.query({
    query: ClientsCursorQuery,
    variables: { ...view, first, after },
    // Walks are one-off; caching them would only crowd out real pages.
    fetchPolicy: 'no-cache',
  });
  return data?.clients.pageInfo;
}

/**
 * The cursor after which the `offset`-th client starts, found by walking the
 * list in the largest pages the API allows. The API pages by cursor only, so
 * a link to page 4 needs the end of page 3; `null` when the list is shorter.
 */
export async function findCursorAt(client: ApolloClient, view: View, offset: number): Promise<string | null> {
  let after: string | null = null;
  let remaining = offset;
  while (remaining > 0) {
    const first = Math.min(MAX_PAGE, remaining);
    const pageInfo = await pageEnd(client, view, first, after);
    if (!pageInfo?.endCursor) return null;
    remaining -= first;
    if (remaining > 0 && !pageInfo.hasNextPage) return null;
    after = pageInfo.endCursor;
  }
  return after;
}
