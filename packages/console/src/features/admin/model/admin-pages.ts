/** The pages of the Administration area, in the order of its menu; each is `/admin/<page>`. */
export const ADMIN_PAGES = ['users', 'partners', 'plans', 'lists', 'api-tokens', 'outbox'] as const;
export type AdminPage = (typeof ADMIN_PAGES)[number];

export const adminPath = (page: AdminPage): string => `/admin/${page}`;

/** The page a path is on, for the menu's selection; the first when the path names none. */
export function adminPageOf(pathname: string): AdminPage {
  const segment = pathname.split('/')[2] ?? '';
  return (ADMIN_PAGES as readonly string[]).includes(segment) ? (segment as AdminPage) : ADMIN_PAGES[0];
}
