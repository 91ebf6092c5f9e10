import { gql } from '@apollo/client';
import { createApolloClient } from './apollo';

const Ping = gql`
  query Ping {
    clients(first: 1) {
      totalCount
    }
  }
`;

/** A fetch that answers every request with one JSON body, and remembers the requests. */
function fakeFetch() {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch = jest.fn(async (url: string, init: { headers: Record<string, string> }) => {
    requests.push({ url, headers: init.headers });
    return {
      status: 200,
      ok: true,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () =>
        JSON.stringify({ data: { clients: { __typename: 'ClientConnection', totalCount: 3 } } }),
    };
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

describe('createApolloClient', () => {
  it('sends the language chosen at the time of each request', async () => {
    let language = 'fr';
    const { fetch, requests } = fakeFetch();
    const client = createApolloClient({ language: () => language, fetch });

    await client.query({ query: Ping, fetchPolicy: 'network-only' });
    language = 'en';
    await client.query({ query: Ping, fetchPolicy: 'network-only' });

    expect(requests.map((request) => request.url)).toEqual(['/graphql', '/graphql']);
    expect(
      requests.map((request) => request.headers['Accept-Language'] ?? request.headers['accept-language']),
    ).toEqual(['fr', 'en']);
  });
});
