import { gql } from '@apollo/client';
import { parse } from 'graphql';
import { createApolloClient } from './apollo';

const Ping = gql`
  query Ping {
    clients(first: 1) {
      totalCount
    }
  }
`;

/** A fetch that answers every request with one JSON body, and remembers the requests. */
function fakeFetch(body: object = { data: { clients: { __typename: 'ClientConnection', totalCount: 3 } } }) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const fetch = jest.fn(async (url: string, init: { headers: Record<string, string> }) => {
    requests.push({ url, headers: init.headers });
    return {
      status: 200,
      ok: true,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => JSON.stringify(body),
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

// Built with `parse`, not a tagged template: codegen reads those, and the app has its own SignIn.
const SignIn = parse('mutation SignIn { signIn(input: { login: "x", password: "y" }) { expiresAt } }');

const unauthenticated = {
  data: null,
  errors: [{ message: 'Please sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('a session that ends', () => {
  it('is reported when any operation is refused with UNAUTHENTICATED', async () => {
    const onUnauthenticated = jest.fn();
    const { fetch } = fakeFetch(unauthenticated);
    const client = createApolloClient({ language: () => 'en', fetch, onUnauthenticated });

    await expect(client.query({ query: Ping, fetchPolicy: 'network-only' })).rejects.toThrow(
      'Please sign in.',
    );
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('is not what a wrong password at sign-in means', async () => {
    const onUnauthenticated = jest.fn();
    const { fetch } = fakeFetch(unauthenticated);
    const client = createApolloClient({ language: () => 'en', fetch, onUnauthenticated });

    await expect(client.mutate({ mutation: SignIn })).rejects.toThrow('Please sign in.');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('is not reported for other errors', async () => {
    const onUnauthenticated = jest.fn();
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: 'No.', extensions: { code: 'FORBIDDEN' } }],
    });
    const client = createApolloClient({ language: () => 'en', fetch, onUnauthenticated });

    await expect(client.query({ query: Ping, fetchPolicy: 'network-only' })).rejects.toThrow('No.');
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
