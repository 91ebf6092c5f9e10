/**
 * Every route of the console. The URL is the state: a list's search, order
 * and page live in its query string, so a copied link shows the same view.
 */
export const paths = {
  home: '/',
  clients: '/clients',
  client: '/clients/:id',
} as const;

export const clientPath = (id: string): string => `/clients/${encodeURIComponent(id)}`;

/** The client list with a query string already built (see `features/clients/model/list-params`). */
export const clientsPath = (search?: URLSearchParams): string => {
  const query = search?.toString();
  return query ? `${paths.clients}?${query}` : paths.clients;
};
