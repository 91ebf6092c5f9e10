import {
  AccountTier,
  CLIENT_LIST_COLUMNS,
  ClientKind,
  ClientStatus,
  DEFAULT_CLIENT_LIST_COLUMNS,
  HealthStatus,
  Lifecycle,
  checkIsoDate,
  type ClientListColumn,
  type ClientListFilter,
  type ClientListView,
} from '@clientele/shared';
import type { ClientFilter, ClientOrder, ClientOrderField } from '@/gql/graphql';

/** Columns the API can order by, under the names the URL and the grid use. */
export const SORT_FIELDS = {
  name: 'NAME',
  code: 'CODE',
  createdAt: 'CREATED_AT',
  updatedAt: 'UPDATED_AT',
  renewalDate: 'RENEWAL_DATE',
} as const satisfies Record<string, ClientOrderField>;

export type SortField = keyof typeof SORT_FIELDS;
export type SortDirection = 'asc' | 'desc';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/**
 * One view of the client list; `page` counts from 0 here and from 1 in the
 * URL, for people. `deleted` is the Deleted screen: the clients that can
 * still be restored.
 */
export interface ClientListParams {
  q: string;
  sort: SortField;
  dir: SortDirection;
  page: number;
  size: PageSize;
  filter: ClientListFilter;
  /** Visible columns, in the order shown. */
  columns: ClientListColumn[];
  deleted: boolean;
}

export const DEFAULT_LIST_PARAMS: ClientListParams = {
  q: '',
  sort: 'name',
  dir: 'asc',
  page: 0,
  size: 25,
  filter: {},
  columns: [...DEFAULT_CLIENT_LIST_COLUMNS],
  deleted: false,
};

/** The query-string key of each filter: short, readable, stable (links get shared). */
export const FILTER_KEYS = {
  status: 'status',
  kind: 'kind',
  lifecycle: 'lifecycle',
  tier: 'tier',
  health: 'health',
  accountOwnerId: 'owner',
  partnerId: 'partner',
  accountGroupId: 'group',
  industryId: 'industry',
  tag: 'tag',
  renewalFrom: 'renewalFrom',
  renewalTo: 'renewalTo',
} as const satisfies Record<keyof ClientListFilter, string>;

export type FilterName = keyof typeof FILTER_KEYS;

/** Filters that hold several values (any of them matches). */
const MULTI_VALUES = { status: ClientStatus, tier: AccountTier, health: HealthStatus } as const;
const ONE_VALUE = { kind: ClientKind, lifecycle: Lifecycle } as const;
const IDS = ['accountOwnerId', 'partnerId', 'accountGroupId', 'industryId'] as const;

const isSortField = (value: string | null): value is SortField =>
  value !== null && Object.prototype.hasOwnProperty.call(SORT_FIELDS, value);

const valuesOf = (table: Record<string, string>) => Object.values(table);

function readFilter(search: URLSearchParams): ClientListFilter {
  const filter: ClientListFilter = {};
  for (const [name, table] of Object.entries(MULTI_VALUES) as [
    keyof typeof MULTI_VALUES,
    Record<string, string>,
  ][]) {
    const raw = search.get(FILTER_KEYS[name]);
    const known = [...new Set((raw ?? '').split(',').filter((v) => valuesOf(table).includes(v)))];
    if (known.length) (filter as Record<string, string[]>)[name] = known;
  }
  for (const [name, table] of Object.entries(ONE_VALUE) as [
    keyof typeof ONE_VALUE,
    Record<string, string>,
  ][]) {
    const raw = search.get(FILTER_KEYS[name]);
    if (raw && valuesOf(table).includes(raw)) (filter as Record<string, string>)[name] = raw;
  }
  for (const name of IDS) {
    const raw = search.get(FILTER_KEYS[name]);
    if (raw && raw.length <= 36 && /^[\w-]+$/.test(raw)) filter[name] = raw;
  }
  const tag = search.get(FILTER_KEYS.tag)?.trim();
  if (tag) filter.tag = tag.slice(0, 100);
  for (const name of ['renewalFrom', 'renewalTo'] as const) {
    const raw = search.get(FILTER_KEYS[name]);
    if (raw && !checkIsoDate(raw)) filter[name] = raw;
  }
  return filter;
}

function readColumns(raw: string | null): ClientListColumn[] {
  if (!raw) return [...DEFAULT_CLIENT_LIST_COLUMNS];
  const known = CLIENT_LIST_COLUMNS as readonly string[];
  const columns = [...new Set(raw.split(',').filter((c) => known.includes(c)))] as ClientListColumn[];
  // The name opens the client: it is always there.
  return columns.includes('name') ? columns : ['name', ...columns];
}

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
    filter: readFilter(search),
    columns: readColumns(search.get('cols')),
    deleted: search.get('view') === 'deleted',
  };
}

const sameColumns = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((column, i) => column === b[i]);

/** Writes a view as a query string, leaving defaults out so plain links stay plain. */
export function toSearchParams(params: ClientListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.deleted) search.set('view', 'deleted');
  if (params.q) search.set('q', params.q);
  for (const name of Object.keys(FILTER_KEYS) as FilterName[]) {
    const value = params.filter[name];
    if (Array.isArray(value) ? value.length : value) {
      search.set(FILTER_KEYS[name], Array.isArray(value) ? value.join(',') : String(value));
    }
  }
  if (params.sort !== DEFAULT_LIST_PARAMS.sort || params.dir !== DEFAULT_LIST_PARAMS.dir) {
    search.set('sort', params.sort);
    search.set('dir', params.dir);
  }
  if (!sameColumns(params.columns, DEFAULT_LIST_PARAMS.columns)) search.set('cols', params.columns.join(','));
  if (params.page > 0) search.set('page', String(params.page + 1));
  if (params.size !== DEFAULT_LIST_PARAMS.size) search.set('size', String(params.size));
  return search;
}

export const toOrderBy = (params: Pick<ClientListParams, 'sort' | 'dir'>): ClientOrder => ({
  field: SORT_FIELDS[params.sort],
  direction: params.dir === 'desc' ? 'DESC' : 'ASC',
});

/** The API's filter for a view: search, criteria, and live or deleted. */
export function toClientFilter(
  params: Pick<ClientListParams, 'q' | 'filter' | 'deleted'>,
): ClientFilter | undefined {
  const filter: ClientFilter = { ...params.filter };
  if (params.q) filter.search = params.q;
  if (params.deleted) filter.deleted = true;
  return Object.keys(filter).length ? filter : undefined;
}

/** How many criteria are set (a multi-value criterion counts once). */
export const activeFilterCount = (filter: ClientListFilter): number =>
  Object.values(filter).filter((value) => (Array.isArray(value) ? value.length > 0 : Boolean(value))).length;

/** What identifies a list apart from the page: cursors from one view mean nothing in another. */
export const viewKey = (params: ClientListParams): string =>
  JSON.stringify([params.q, params.sort, params.dir, params.size, params.filter, params.deleted]);

/** The view a saved view or an export carries (the shared `ClientListView`). */
export const toView = (params: ClientListParams): ClientListView => ({
  search: params.q,
  filter: params.filter,
  sort: toOrderBy(params) as ClientListView['sort'],
  columns: params.columns,
});

const SORT_BY_FIELD = Object.fromEntries(Object.entries(SORT_FIELDS).map(([k, v]) => [v, k])) as Record<
  string,
  SortField
>;

/**
 * A saved view as list parameters, read as a URL would be: anything the
 * console no longer understands falls back to the default.
 */
export function fromView(view: unknown): ClientListParams {
  const v = (typeof view === 'object' && view !== null ? view : {}) as Partial<ClientListView>;
  const search = new URLSearchParams();
  if (typeof v.search === 'string') search.set('q', v.search);
  const filter = (typeof v.filter === 'object' && v.filter !== null ? v.filter : {}) as Record<
    string,
    unknown
  >;
  for (const name of Object.keys(FILTER_KEYS) as FilterName[]) {
    const value = filter[name];
    if (Array.isArray(value)) search.set(FILTER_KEYS[name], value.join(','));
    else if (typeof value === 'string') search.set(FILTER_KEYS[name], value);
  }
  const sort = v.sort ? SORT_BY_FIELD[v.sort.field] : undefined;
  if (sort) {
    search.set('sort', sort);
    search.set('dir', v.sort?.direction === 'DESC' ? 'desc' : 'asc');
  }
  if (Array.isArray(v.columns)) search.set('cols', v.columns.join(','));
  return parseListParams(search);
}
