import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { ErrorCode } from '@clientele/shared';
import { summarizeError } from './graphql-errors';

/** A page of a connection as the cache keeps it while "Load more" appends pages. */
interface ConnectionPage {
  edges?: readonly unknown[];
  pageInfo?: unknown;
  totalCount?: number;
}

const FALLBACK = { network: '', unexpected: '' };

/**
 * The API answers in the language of `Accept-Language` (field error
 * messages above all), so every request carries the language the user chose,
 * read at send time: a switch applies to the very next request.
 *
 * A session can end at any time (expired, signed out elsewhere, password
 * changed): any operation refused with UNAUTHENTICATED calls
 * `onUnauthenticated`, except those for which that answer is an ordinary
 * outcome (a wrong password at sign-in).
 */
export function createApolloClient({
  language,
  uri = '/graphql',
  fetch,
  onUnauthenticated,
  unauthenticatedIsAnAnswer = ['SignIn'],
}: {
  language: () => string;
  uri?: string;
  /** Tests pass their own; browsers use theirs. */
  fetch?: typeof globalThis.fetch;
  onUnauthenticated?: () => void;
  /** Operation names for which UNAUTHENTICATED is a result to show, not a lost session. */
  unauthenticatedIsAnAnswer?: readonly string[];
}): ApolloClient {
  const acceptLanguage = new SetContextLink((previous) => ({
    headers: { ...previous.headers, 'Accept-Language': language() },
  }));

  const sessionLost = new ErrorLink(({ error, operation }) => {
    if (!onUnauthenticated || unauthenticatedIsAnAnswer.includes(operation.operationName ?? '')) return;
    if (summarizeError(error, FALLBACK).codes.includes(ErrorCode.UNAUTHENTICATED)) onUnauthenticated();
  });

  return new ApolloClient({
    link: acceptLanguage.concat(sessionLost).concat(new HttpLink({ uri, fetch, credentials: 'same-origin' })),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            clients: {
              // One cache entry per page, filter and order: pages are shown one at a time,
              // never concatenated, so nothing is merged and a page never mixes with another.
              keyArgs: ['first', 'after', 'offset', 'filter', ['search'], 'orderBy', ['field', 'direction']],
              merge: false,
            },
            contacts: { keyArgs: ['first', 'after', 'filter', ['search', 'clientId']], merge: false },
          },
        },
        Client: {
          fields: {
            // The activity timeline grows with "Load more": later pages append to the first.
            activity: {
              keyArgs: ['filter', ['actions', 'actorType', 'actorId', 'entityType', 'afterClientVersion']],
              merge(existing: ConnectionPage | undefined, incoming: ConnectionPage, { args }) {
                if (!args?.after || !existing) return incoming;
                return { ...incoming, edges: [...(existing.edges ?? []), ...(incoming.edges ?? [])] };
              },
            },
          },
        },
        // Values of their client (no id of their own): a newer read replaces the parts it carries.
        Address: { merge: true },
        ClientTerms: { merge: true },
        ClientCrm: { merge: true },
      },
    }),
  });
}
