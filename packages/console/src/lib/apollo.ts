import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';

/**
 * The API answers in the language of `Accept-Language` (field error
 * messages above all), so every request carries the language the user chose,
 * read at send time: a switch applies to the very next request.
 */
export function createApolloClient({
  language,
  uri = '/graphql',
  fetch,
}: {
  language: () => string;
  uri?: string;
  /** Tests pass their own; browsers use theirs. */
  fetch?: typeof globalThis.fetch;
}): ApolloClient {
  const acceptLanguage = new SetContextLink((previous) => ({
    headers: { ...previous.headers, 'Accept-Language': language() },
  }));

  return new ApolloClient({
    link: acceptLanguage.concat(new HttpLink({ uri, fetch })),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            clients: {
              // One cache entry per page, filter and order: pages are shown one at a time,
              // never concatenated, so nothing is merged and a page never mixes with another.
              keyArgs: ['first', 'after', 'filter', ['search'], 'orderBy', ['field', 'direction']],
              merge: false,
            },
          },
        },
        // An address is a value of its client (no id): a newer read replaces the parts it carries.
        Address: { merge: true },
      },
    }),
  });
}
