import { useMemo, type ReactNode } from 'react';
import { Box, Button, Chip, Link, useMediaQuery, useTheme } from '@mui/material';
import { LoadingBar } from '@/components/loading-bar';
import RestoreIcon from '@mui/icons-material/RestoreFromTrash';
import {
  DataGrid,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridPaginationModel,
  type GridRowSelectionModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  CLIENT_LIST_COLUMNS,
  accountTierLabels,
  clientListColumnLabels,
  healthStatusLabels,
  type ClientListColumn,
  type Locale,
} from '@clientele/shared';
import { clientPath } from '@/config/paths';
import type { ClientsQuery } from '@/gql/graphql';
import { countryName, formatCalendarDate, formatDate, formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { InvitationStatusChip } from '@/features/partner-portal/components/invitation-status-chip';
import { healthColor, kindLabel, labelFrom, lifecycleLabel, tierColor } from '../model/labels';
import {
  DEFAULT_LIST_PARAMS,
  PAGE_SIZES,
  SORT_FIELDS,
  type ClientListParams,
  type SortField,
} from '../model/list-params';
import { ClientStatusChip } from './client-status-chip';
import type { WholeFile } from '@/lib/whole-file';

type ClientNode = WholeFile<ClientsQuery>['clients']['edges'][number]['node'];

export interface ClientRow {
  id: string;
  code: string;
  name: string;
  kind: ClientNode['kind'];
  status: ClientNode['status'];
  lifecycle: ClientNode['lifecycle'];
  email: string;
  phone: string;
  city: string;
  country: string;
  tier: string;
  health: string;
  renewalDate: string;
  accountOwner: string;
  partner: string;
  invitation: string;
  tags: string[];
  createdAt: string;
  updatedAt: string;
  deletedAt: string;
  deletedBy: string;
  purgeAt: string;
}

export const toRow = (node: ClientNode): ClientRow => ({
  id: node.id,
  code: node.code,
  name: node.name,
  kind: node.kind,
  status: node.status,
  lifecycle: node.lifecycle,
  email: node.email ?? '',
  phone: node.phone ?? '',
  city: node.billingAddress.city ?? '',
  country: node.billingAddress.country ?? '',
  tier: node.crm.tier ?? '',
  health: node.crm.health ?? '',
  renewalDate: node.crm.renewalDate ?? '',
  accountOwner: node.crm.accountOwner?.displayName ?? '',
  partner: node.partner?.name ?? '',
  invitation: node.partnerInvitation?.status ?? '',
  tags: node.tags,
  createdAt: node.createdAt,
  updatedAt: node.updatedAt,
  deletedAt: node.deletedAt ?? '',
  deletedBy: node.deletedBy ?? '',
  purgeAt: node.purgeAt ?? '',
});

const gridLocales = { fr: frFR, en: enUS } as const;

const isSortField = (field: string): field is SortField =>
  Object.prototype.hasOwnProperty.call(SORT_FIELDS, field);

/**
 * On a phone the default list keeps what identifies a client: the name, with
 * its code beneath (a column of its own left too little room for the name),
 * and its status. A chosen set of columns is kept as chosen.
 */
const PHONE_COLUMNS: readonly ClientListColumn[] = ['name', 'status'];

/** MUI's warning and info hues are too light for small text on white (WCAG AA): darker text, same border. */
const READABLE_TEXT: Record<string, string | undefined> = { warning: '#8a4500', info: '#01579b' };

/** Whole days left before a purge, never below zero. */
export const daysUntil = (iso: string, now = Date.now()): number =>
  Math.max(0, Math.ceil((new Date(iso).getTime() - now) / 86_400_000));

const dateCell = (iso: string, locale: Locale): ReactNode =>
  iso ? <span title={formatDateTime(iso, locale)}>{formatDate(iso, locale)}</span> : null;

function useColumns(locale: Locale, phone: boolean, deleted: boolean, onRestore?: (row: ClientRow) => void) {
  const { t } = useTranslation('clients');
  return useMemo(() => {
    const header = (column: ClientListColumn) => clientListColumnLabels[locale][column];
    const byName: Record<ClientListColumn, GridColDef<ClientRow>> = {
      code: { field: 'code', width: phone ? 92 : 115 },
      name: {
        field: 'name',
        flex: 1,
        minWidth: phone ? 120 : 220,
        // A real link: keyboard users reach it with Tab, and it opens in a new tab on demand.
        renderCell: ({ row }) => {
          const link = (
            <Link component={RouterLink} to={clientPath(row.id)} underline="hover" color="inherit">
              {row.name}
            </Link>
          );
          if (!phone) return link;
          return (
            <Box
              sx={{
                display: 'grid',
                lineHeight: 1.3,
                minWidth: 0,
                '& > *': { overflow: 'hidden', textOverflow: 'ellipsis' },
              }}
            >
              {link}
              <Box component="span" sx={{ typography: 'caption', color: 'text.secondary' }}>
                {row.code}
              </Box>
            </Box>
          );
        },
      },
      kind: {
        field: 'kind',
        width: 120,
        valueFormatter: (value: ClientRow['kind']) => kindLabel(value, locale),
      },
      status: {
        field: 'status',
        // Wide enough for the longest chip in either language (Suspended, Suspendu).
        width: 120,
        renderCell: ({ row }) => <ClientStatusChip status={row.status} />,
      },
      lifecycle: {
        field: 'lifecycle',
        width: 120,
        valueFormatter: (value: ClientRow['lifecycle']) => lifecycleLabel(value, locale),
      },
      email: { field: 'email', width: 220 },
      phone: { field: 'phone', width: 150 },
      city: { field: 'city', width: 140 },
      country: {
        field: 'country',
        width: 120,
        valueFormatter: (value: string) => countryName(value, locale),
      },
      tier: {
        field: 'tier',
        width: 120,
        renderCell: ({ row }) =>
          row.tier ? (
            <Chip
              size="small"
              variant="outlined"
              color={tierColor(row.tier)}
              label={labelFrom(accountTierLabels, row.tier, locale)}
              sx={{ color: READABLE_TEXT[tierColor(row.tier)] }}
            />
          ) : null,
      },
      health: {
        field: 'health',
        width: 130,
        renderCell: ({ row }) =>
          row.health ? (
            <Chip
              size="small"
              variant="outlined"
              color={healthColor(row.health)}
              label={labelFrom(healthStatusLabels, row.health, locale)}
              sx={{ color: READABLE_TEXT[healthColor(row.health)] }}
            />
          ) : null,
      },
      renewalDate: {
        field: 'renewalDate',
        width: 140,
        valueFormatter: (value: string) => formatCalendarDate(value, locale),
      },
      accountOwner: { field: 'accountOwner', width: 170 },
      partner: { field: 'partner', width: 200 },
      invitation: {
        field: 'invitation',
        width: 170,
        renderCell: ({ row }) => <InvitationStatusChip status={row.invitation} />,
      },
      tags: { field: 'tags', width: 180, valueFormatter: (value: string[]) => value.join(', ') },
      createdAt: { field: 'createdAt', width: 125, renderCell: ({ row }) => dateCell(row.createdAt, locale) },
      updatedAt: { field: 'updatedAt', width: 125, renderCell: ({ row }) => dateCell(row.updatedAt, locale) },
    };
    const all: GridColDef<ClientRow>[] = CLIENT_LIST_COLUMNS.map((column) => ({
      ...byName[column],
      headerName: header(column),
      sortable: isSortField(column),
    }));
    if (!deleted) return all;
    // The Deleted screen: who, when, how long until it is gone for good, and the way back.
    const deletedColumns: GridColDef<ClientRow>[] = [
      {
        field: 'deletedAt',
        headerName: t('list.deleted.deletedAt'),
        width: 130,
        sortable: false,
        renderCell: ({ row }) => dateCell(row.deletedAt, locale),
      },
      { field: 'deletedBy', headerName: t('list.deleted.deletedBy'), width: 170, sortable: false },
      {
        field: 'purgeAt',
        headerName: t('list.deleted.purgeIn'),
        width: 130,
        sortable: false,
        renderCell: ({ row }) =>
          row.purgeAt ? (
            <span title={formatDateTime(row.purgeAt, locale)}>
              {t('list.deleted.days', { count: daysUntil(row.purgeAt) })}
            </span>
          ) : null,
      },
    ];
    if (onRestore) {
      deletedColumns.push({
        field: 'restore',
        headerName: t('list.deleted.actions'),
        width: 140,
        sortable: false,
        renderCell: ({ row }) => (
          <Button
            size="small"
            startIcon={<RestoreIcon />}
            aria-label={t('list.deleted.restoreOne', { name: row.name })}
            onClick={(event) => {
              event.stopPropagation();
              onRestore(row);
            }}
          >
            {t('detail.restore')}
          </Button>
        ),
      });
    }
    return [...all.filter((c) => c.field === 'code' || c.field === 'name'), ...deletedColumns];
  }, [t, locale, phone, deleted, onRestore]);
}

interface ClientsGridProps {
  rows: ClientRow[];
  /** -1 while unknown: the grid then keeps the page asked for instead of clamping it to nothing. */
  rowCount: number;
  loading: boolean;
  params: ClientListParams;
  onPaginationChange: (model: GridPaginationModel) => void;
  onSortChange: (sort: SortField, dir: 'asc' | 'desc') => void;
  /** Given when rows can be picked (people who may delete or restore). */
  selection?: GridRowSelectionModel;
  onSelectionChange?: (model: GridRowSelectionModel) => void;
  /** A Restore button on each row of the Deleted screen. */
  onRestore?: (row: ClientRow) => void;
  noRowsLabel: string;
}

/** The client list on the server's terms: it pages, sorts and filters; the grid only shows. */
export function ClientsGrid({
  rows,
  rowCount,
  loading,
  params,
  onPaginationChange,
  onSortChange,
  selection,
  onSelectionChange,
  onRestore,
  noRowsLabel,
}: ClientsGridProps) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const navigate = useNavigate();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const columns = useColumns(locale, phone, params.deleted, onRestore);

  // Shown columns, in the chosen order; the others stay defined but hidden.
  const shown = useMemo(() => {
    if (params.deleted) return columns.map((c) => c.field);
    const chosen =
      phone && params.columns.join() === DEFAULT_LIST_PARAMS.columns.join() ? PHONE_COLUMNS : params.columns;
    return [...chosen];
  }, [params.deleted, params.columns, phone, columns]);
  const ordered = useMemo(
    () => [
      ...shown.map((field) => columns.find((c) => c.field === field)!).filter(Boolean),
      ...columns.filter((c) => !shown.includes(c.field)),
    ],
    [columns, shown],
  );
  const visibility = useMemo<GridColumnVisibilityModel>(
    () => Object.fromEntries(columns.map((c) => [c.field, shown.includes(c.field)])),
    [columns, shown],
  );

  const paginationModel = useMemo(
    () => ({ page: params.page, pageSize: params.size }),
    [params.page, params.size],
  );
  const sortModel = useMemo<GridSortModel>(
    () => [{ field: params.sort, sort: params.dir }],
    [params.sort, params.dir],
  );
  const localeText = useMemo(
    () => ({ ...gridLocales[locale].components.MuiDataGrid.defaultProps.localeText, noRowsLabel }),
    [locale, noRowsLabel],
  );

  return (
    <DataGrid
      label={params.deleted ? t('list.deleted.gridLabel') : t('list.gridLabel')}
      rows={rows}
      columns={ordered}
      rowCount={rowCount}
      paginationMeta={rowCount === -1 ? { hasNextPage: true } : undefined}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationChange}
      pageSizeOptions={[...PAGE_SIZES]}
      sortModel={sortModel}
      // No unsorted state: the API always orders, by name unless told otherwise.
      sortingOrder={['asc', 'desc']}
      onSortModelChange={(model) => {
        const [first] = model;
        if (first?.sort && isSortField(first.field)) onSortChange(first.field, first.sort);
      }}
      columnVisibilityModel={visibility}
      onRowClick={({ row }, event) => {
        // The name is a link already, and checkboxes and buttons do their own thing.
        if ((event.target as HTMLElement).closest('a, button, input')) return;
        void navigate(clientPath(row.id));
      }}
      localeText={localeText}
      disableColumnMenu
      disableColumnFilter
      checkboxSelection={Boolean(onSelectionChange)}
      disableRowSelectionOnClick
      rowSelectionModel={selection}
      onRowSelectionModelChange={onSelectionChange}
      // The whole page of rows is in the document, not only those on screen: the browser's
      // find-in-page and assistive technology see every client listed (100 at most).
      autoHeight
      // Standard rows on a phone too: the name cell holds two lines there.
      density="standard"
      // The grid's own loading bar has no name for assistive technology; this one says what it is.
      slots={{ loadingOverlay: GridLoadingBar }}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-columnHeader:focus': { outlineOffset: -2 },
      }}
    />
  );
}

/** Over the rows while a page loads: a thin, named bar along the top. */
function GridLoadingBar() {
  return (
    <Box sx={{ position: 'absolute', top: 0, left: 0, right: 0, zIndex: 1 }}>
      <LoadingBar />
    </Box>
  );
}
