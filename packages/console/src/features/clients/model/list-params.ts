import type { ClientOrder, ClientOrderField } from '@/gql/graphql';

/** Columns the API can order by, under the names the URL and the grid use. */
export const SORT_FIELDS = {
  name: 'NAME',
  code: 'CODE',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
} as const satisfies Record<string, ClientOrderField>;

export type SortField = keyof typeof SORT_FIELDS;
export type SortDirection = 'asc' | 'desc';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** One view of the client list; `page` counts from 0 here and from 1 in the URL, for people. */
export interface ClientListParams {
  q: string;
  sort: SortField;
  dir: SortDirection;
  page: number;
  size: PageSize;
}

export const DEFAULT_LIST_PARAMS: ClientListParams = { q: '', sort: 'name', dir: 'asc', page: 0, size: 25 };

const isSortField = (value: string | null): value is SortField =>
  value !== null && Object.prototype.hasOwnProperty.call(SORT_FIELDS, value);

/** Reads a view from a query string; anything unreadable falls back to the default, never to an error. */
export function parseListParams(search: URLSearchParams): ClientListParams {
  const sort = search.get('sort');
  const dir = search.get('dir');
  const page = Number(search.get('page'));
  const size = Number(search.get('size'));
  return {
    q: search.get('q')?.trim() ?? '',
    sort: isSortField(sort) ? sort : DEFAULT_LIST_PARAMS.sort,
    dir: dir === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_LIST_PARAMS.size,
  };
}

/** Writes a view as a query string, leaving defaults out so plain links stay plain. */
export function toSearchParams(params: ClientListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.sort !== DEFAULT_LIST_PARAMS.sort || params.dir !== DEFAULT_LIST_PARAMS.dir) {
    search.set('sort', params.sort);
    search.set('dir', params.dir);
  }
  if (params.page > 0) search.set('page', String(params.page + 1));
  if (params.size !== DEFAULT_LIST_PARAMS.size) search.set('size', String(params.size));
  return search;
}

export const toOrderBy = (params: Pick<ClientListParams, 'sort' | 'dir'>): ClientOrder => ({
  field: SORT_FIELDS[params.sort],
  direction: params.dir === 'desc' ? 'DESC' : 'ASC',
});

/** What identifies a list apart from the page: cursors from one view mean nothing in another. */
export const viewKey = (params: ClientListParams): string =>
  JSON.stringify([params.q, params.sort, params.dir, params.size]);
