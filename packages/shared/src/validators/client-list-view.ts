import {
  AccountTier,
  ClientKind,
  ClientOrderField,
  ClientStatus,
  HealthStatus,
  Lifecycle,
  SortDirection,
} from '../enums';
import { FieldErrorCode } from '../errors';
import type { Locale } from '../locale';
import { issue, type FieldIssue } from './field-issue';
import { checkDateRange, checkIsoDate } from './numbers-and-dates';

/**
 * A view of the client list — search, filters, order and columns — as the
 * console keeps it in the URL and a saved view stores it. The API checks a
 * saved view with the very function the console reads one with, so a view
 * saved today opens the same tomorrow.
 */

/** The columns the list can show, in their default order. */
export const CLIENT_LIST_COLUMNS = [
  'code',
  'name',
  'kind',
  'status',
  'lifecycle',
  'email',
  'phone',
  'city',
  'country',
  'tier',
  'health',
  'renewalDate',
  'accountOwner',
  'partner',
  'invitation',
  'tags',
  'createdAt',
  'updatedAt',
] as const;

export type ClientListColumn = (typeof CLIENT_LIST_COLUMNS)[number];

/** Column headings, on screen and in exported files alike. */
export const clientListColumnLabels: Record<Locale, Record<ClientListColumn, string>> = {
  fr: {
    code: 'Code',
    name: 'Nom',
    kind: 'Type',
    status: 'Statut',
    lifecycle: 'Cycle de vie',
    email: 'Courriel',
    phone: 'Téléphone',
    city: 'Ville',
    country: 'Pays',
    tier: 'Niveau',
    health: 'Santé',
    renewalDate: 'Renouvellement',
    accountOwner: 'Responsable du compte',
    partner: 'Partenaire',
    invitation: 'Invitation du partenaire',
    tags: 'Étiquettes',
    createdAt: 'Créé le',
    updatedAt: 'Modifié le',
  },
  en: {
    code: 'Code',
    name: 'Name',
    kind: 'Type',
    status: 'Status',
    lifecycle: 'Lifecycle',
    email: 'Email',
    phone: 'Phone',
    city: 'City',
    country: 'Country',
    tier: 'Tier',
    health: 'Health',
    renewalDate: 'Renewal',
    accountOwner: 'Account owner',
    partner: 'Partner',
    invitation: 'Partner invitation',
    tags: 'Tags',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
};

/** What a list shows until told otherwise. */
export const DEFAULT_CLIENT_LIST_COLUMNS: readonly ClientListColumn[] = [
  'code',
  'name',
  'kind',
  'status',
  'lifecycle',
  'city',
  'country',
  'createdAt',
  'updatedAt',
];

/** The criteria of the API's `ClientFilter` a view can hold (never `deleted`: that is its own screen). */
export interface ClientListFilter {
  status?: ClientStatus[];
  kind?: ClientKind;
  lifecycle?: Lifecycle;
  tier?: AccountTier[];
  health?: HealthStatus[];
  accountOwnerId?: string;
  partnerId?: string;
  accountGroupId?: string;
  industryId?: string;
  tag?: string;
  renewalFrom?: string;
  renewalTo?: string;
}

export interface ClientListView {
  search: string;
  filter: ClientListFilter;
  sort: { field: ClientOrderField; direction: SortDirection };
  /** Visible columns, in the order shown. */
  columns: ClientListColumn[];
}

/** An issue at a dotted path inside the view (`filter.status.1`). */
export interface ViewIssue extends FieldIssue {
  path: string;
}

/** The longest search or tag a view keeps, and the size of an id. */
export const LIST_VIEW_LIMITS = { search: 200, tag: 100, id: 36 } as const;

const MULTI = { status: ClientStatus, tier: AccountTier, health: HealthStatus } as const;
const SINGLE = { kind: ClientKind, lifecycle: Lifecycle } as const;
const IDS = ['accountOwnerId', 'partnerId', 'accountGroupId', 'industryId'] as const;
const DATES = ['renewalFrom', 'renewalTo'] as const;
const FILTER_KEYS = new Set<string>([...Object.keys(MULTI), ...Object.keys(SINGLE), ...IDS, ...DATES, 'tag']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isOneOf = <E extends Record<string, string>>(values: E, value: unknown): value is E[keyof E] =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);

/**
 * Checks a view and returns it normalised (trimmed, duplicates and empty
 * criteria left out), or every issue found, each at its path. Unknown keys
 * are refused rather than kept: a stored view holds only what the list reads.
 */
export function checkClientListView(
  value: unknown,
): { view: ClientListView; issues: [] } | { view: null; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const at = (path: string, found: FieldIssue | null) => {
    if (found) issues.push({ path, ...found });
  };
  if (!isRecord(value))
    return { view: null, issues: [{ path: '', ...issue(FieldErrorCode.INVALID_FORMAT) }] };
  for (const key of Object.keys(value)) {
    if (!['search', 'filter', 'sort', 'columns'].includes(key)) at(key, issue(FieldErrorCode.INVALID_CHOICE));
  }

  let search = '';
  if (value.search !== undefined && value.search !== null) {
    if (typeof value.search !== 'string') at('search', issue(FieldErrorCode.INVALID_FORMAT));
    else if ([...value.search.trim()].length > LIST_VIEW_LIMITS.search)
      at('search', issue(FieldErrorCode.TOO_LONG, { max: LIST_VIEW_LIMITS.search }));
    else search = value.search.trim();
  }

  const filter: ClientListFilter = {};
  const rawFilter = value.filter ?? {};
  if (!isRecord(rawFilter)) at('filter', issue(FieldErrorCode.INVALID_FORMAT));
  else {
    for (const key of Object.keys(rawFilter)) {
      if (!FILTER_KEYS.has(key)) at(`filter.${key}`, issue(FieldErrorCode.INVALID_CHOICE));
    }
    for (const [key, values] of Object.entries(MULTI) as [keyof typeof MULTI, Record<string, string>][]) {
      const raw = rawFilter[key];
      if (raw === undefined || raw === null) continue;
      if (!Array.isArray(raw)) {
        at(`filter.${key}`, issue(FieldErrorCode.INVALID_FORMAT));
        continue;
      }
      raw.forEach((item, i) => {
        if (!isOneOf(values, item)) at(`filter.${key}.${i}`, issue(FieldErrorCode.INVALID_CHOICE));
      });
      const kept = [...new Set(raw.filter((item) => isOneOf(values, item)))];
      if (kept.length) (filter as Record<string, unknown>)[key] = kept;
    }
    for (const [key, values] of Object.entries(SINGLE) as [keyof typeof SINGLE, Record<string, string>][]) {
      const raw = rawFilter[key];
      if (raw === undefined || raw === null) continue;
      if (isOneOf(values, raw)) (filter as Record<string, unknown>)[key] = raw;
      else at(`filter.${key}`, issue(FieldErrorCode.INVALID_CHOICE));
    }
    for (const key of IDS) {
      const raw = rawFilter[key];
      if (raw === undefined || raw === null || raw === '') continue;
      if (typeof raw !== 'string' || raw.length > LIST_VIEW_LIMITS.id || !/^[\w-]+$/.test(raw))
        at(`filter.${key}`, issue(FieldErrorCode.INVALID_REFERENCE));
      else filter[key] = raw;
    }
    for (const key of DATES) {
      const raw = rawFilter[key];
      if (raw === undefined || raw === null || raw === '') continue;
      const found = checkIsoDate(raw);
      if (found) at(`filter.${key}`, found);
      else filter[key] = raw as string;
    }
    if (filter.renewalFrom && filter.renewalTo)
      at('filter.renewalTo', checkDateRange(filter.renewalFrom, filter.renewalTo));
    const tag = rawFilter.tag;
    if (tag !== undefined && tag !== null) {
      if (typeof tag !== 'string') at('filter.tag', issue(FieldErrorCode.INVALID_FORMAT));
      else if ([...tag.trim()].length > LIST_VIEW_LIMITS.tag)
        at('filter.tag', issue(FieldErrorCode.TOO_LONG, { max: LIST_VIEW_LIMITS.tag }));
      else if (tag.trim()) filter.tag = tag.trim();
    }
  }

  let sort: ClientListView['sort'] = { field: ClientOrderField.NAME, direction: SortDirection.ASC };
  if (value.sort !== undefined && value.sort !== null) {
    if (!isRecord(value.sort)) at('sort', issue(FieldErrorCode.INVALID_FORMAT));
    else {
      const { field, direction } = value.sort;
      if (!isOneOf(ClientOrderField, field)) at('sort.field', issue(FieldErrorCode.INVALID_CHOICE));
      if (!isOneOf(SortDirection, direction)) at('sort.direction', issue(FieldErrorCode.INVALID_CHOICE));
      if (isOneOf(ClientOrderField, field) && isOneOf(SortDirection, direction)) sort = { field, direction };
    }
  }

  let columns = [...DEFAULT_CLIENT_LIST_COLUMNS];
  if (value.columns !== undefined && value.columns !== null) {
    if (!Array.isArray(value.columns)) at('columns', issue(FieldErrorCode.INVALID_FORMAT));
    else {
      const known = CLIENT_LIST_COLUMNS as readonly unknown[];
      value.columns.forEach((column, i) => {
        if (!known.includes(column)) at(`columns.${i}`, issue(FieldErrorCode.INVALID_CHOICE));
        else if (value.columns && (value.columns as unknown[]).indexOf(column) !== i)
          at(`columns.${i}`, issue(FieldErrorCode.DUPLICATE));
      });
      // The name is what opens a client: a list without it leads nowhere.
      if (!value.columns.includes('name')) at('columns', issue(FieldErrorCode.REQUIRED));
      columns = value.columns as ClientListColumn[];
    }
  }

  return issues.length ? { view: null, issues } : { view: { search, filter, sort, columns }, issues: [] };
}
