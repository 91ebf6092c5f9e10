/**
 * Every route of the console. The URL is the state: a list's search, order
 * and page live in its query string, and each tab of a client file has its
 * own address, so a copied link shows the same view.
 */
export const paths = {
  home: '/',
  signIn: '/sign-in',
  signOut: '/sign-out',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  clients: '/clients',
  admin: '/admin',
  client: '/clients/:id',
  acceptInvitation: '/accept-invitation',
  portal: '/portal',
  portalClient: '/portal/:id',
  portalSettings: '/portal/settings',
  partnerClients: '/partner/clients',
  partnerClient: '/partner/clients/:id',
  partnerApiTokens: '/partner/api-tokens',
  // The signed-in person's account, in each of the three frames.
  account: '/account',
  partnerAccount: '/partner/account',
  portalAccount: '/portal/account',
} as const;

/** A partner's client, readable once its administrator accepted the partner. */
export const partnerClientPath = (id: string): string => `/partner/clients/${encodeURIComponent(id)}`;

/** The tabs of a client file, in the order shown. */
export const CLIENT_TABS = ['info', 'terms', 'crm', 'notes', 'contacts', 'access', 'activity'] as const;
export type ClientTab = (typeof CLIENT_TABS)[number];

export const isClientTab = (value: string | undefined): value is ClientTab =>
  (CLIENT_TABS as readonly string[]).includes(value ?? '');

/** A client's file, on the Info tab unless another is named. */
export const clientPath = (id: string, tab: ClientTab = 'info'): string =>
  `/clients/${encodeURIComponent(id)}/${tab}`;

/** The client list with a query string already built (see `features/clients/model/list-params`). */
export const clientsPath = (search?: URLSearchParams): string => {
  const query = search?.toString();
  return query ? `${paths.clients}?${query}` : paths.clients;
};

/** The sign-in page, remembering where the person was headed. */
export const signInPath = (next?: string): string =>
  next && next !== paths.home ? `${paths.signIn}?${new URLSearchParams({ next }).toString()}` : paths.signIn;

/** What a client contact sees of their company in the portal. */
export const PORTAL_TABS = ['info', 'contacts'] as const;
export type PortalTab = (typeof PORTAL_TABS)[number];

/** A company's file as its contact sees it in the portal. */
export const portalClientPath = (id: string, tab: PortalTab = 'info'): string =>
  `${paths.portal}/${encodeURIComponent(id)}/${tab}`;
