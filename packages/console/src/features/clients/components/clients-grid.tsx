import { useMemo } from 'react';
import { Link, useMediaQuery, useTheme } from '@mui/material';
import {
  DataGrid,
  type GridColDef,
  type GridColumnVisibilityModel,
  type GridPaginationModel,
  type GridSortModel,
} from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@clientele/shared';
import { clientPath } from '@/config/paths';
import type { ClientsQuery } from '@/gql/graphql';
import { countryName, formatDate, formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { kindLabel, lifecycleLabel } from '../model/labels';
import { PAGE_SIZES, SORT_FIELDS, type ClientListParams, type SortField } from '../model/list-params';
import { ClientStatusChip } from './client-status-chip';

type ClientNode = ClientsQuery['clients']['edges'][number]['node'];

export interface ClientRow {
  id: string;
  code: string;
  name: string;
  kind: ClientNode['kind'];
  status: ClientNode['status'];
  lifecycle: ClientNode['lifecycle'];
  city: string;
  country: string;
  createdAt: string;
  updatedAt: string;
}

export const toRow = (node: ClientNode): ClientRow => ({
  id: node.id,
  code: node.code,
  name: node.name,
  kind: node.kind,
  status: node.status,
  lifecycle: node.lifecycle,
  city: node.billingAddress.city ?? '',
  country: node.billingAddress.country ?? '',
  createdAt: node.createdAt,
  updatedAt: node.updatedAt,
});

const gridLocales = { fr: frFR, en: enUS } as const;

const isSortField = (field: string): field is SortField =>
  Object.prototype.hasOwnProperty.call(SORT_FIELDS, field);

/** On a phone the list keeps what identifies a client; the rest is one tap away, on its page. */
const PHONE_COLUMNS: GridColumnVisibilityModel = {
  kind: false,
  lifecycle: false,
  city: false,
  country: false,
  createdAt: false,
  updatedAt: false,
};

const ALL_COLUMNS: GridColumnVisibilityModel = {};

function useColumns(locale: Locale, phone: boolean): GridColDef<ClientRow>[] {
  const { t } = useTranslation('clients');
  return useMemo(
    () => [
      { field: 'code', headerName: t('fields.code'), width: phone ? 92 : 115 },
      {
        field: 'name',
        headerName: t('fields.name'),
        flex: 1,
        minWidth: phone ? 120 : 240,
        // A real link: keyboard users reach it with Tab, and it opens in a new tab on demand.
        renderCell: ({ row }) => (
          <Link component={RouterLink} to={clientPath(row.id)} underline="hover" color="inherit">
            {row.name}
          </Link>
        ),
      },
      {
        field: 'kind',
        headerName: t('fields.kind'),
        width: 120,
        sortable: false,
        valueFormatter: (value: ClientRow['kind']) => kindLabel(value, locale),
      },
      {
        field: 'status',
        headerName: t('fields.status'),
        width: phone ? 100 : 120,
        sortable: false,
        renderCell: ({ row }) => <ClientStatusChip status={row.status} />,
      },
      {
        field: 'lifecycle',
        headerName: t('fields.lifecycle'),
        width: 120,
        sortable: false,
        valueFormatter: (value: ClientRow['lifecycle']) => lifecycleLabel(value, locale),
      },
      { field: 'city', headerName: t('fields.city'), width: 140, sortable: false },
      {
        field: 'country',
        headerName: t('fields.country'),
        width: 120,
        sortable: false,
        valueFormatter: (value: string) => countryName(value, locale),
      },
      {
        field: 'createdAt',
        headerName: t('fields.createdAt'),
        width: 125,
        renderCell: ({ row }) => (
          <span title={formatDateTime(row.createdAt, locale)}>{formatDate(row.createdAt, locale)}</span>
        ),
      },
      {
        field: 'updatedAt',
        headerName: t('fields.updatedAt'),
        width: 125,
        renderCell: ({ row }) => (
          <span title={formatDateTime(row.updatedAt, locale)}>{formatDate(row.updatedAt, locale)}</span>
        ),
      },
    ],
    [t, locale, phone],
  );
}

interface ClientsGridProps {
  rows: ClientRow[];
  /** -1 while unknown: the grid then keeps the page asked for instead of clamping it to nothing. */
  rowCount: number;
  loading: boolean;
  params: ClientListParams;
  onPaginationChange: (model: GridPaginationModel) => void;
  onSortChange: (sort: SortField, dir: 'asc' | 'desc') => void;
}

/** The client list on the server's terms: it pages, sorts and filters; the grid only shows. */
export function ClientsGrid({
  rows,
  rowCount,
  loading,
  params,
  onPaginationChange,
  onSortChange,
}: ClientsGridProps) {
  const { t } = useTranslation('clients');
  const locale = useLocale();
  const navigate = useNavigate();
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const columns = useColumns(locale, phone);

  const paginationModel = useMemo(
    () => ({ page: params.page, pageSize: params.size }),
    [params.page, params.size],
  );
  const sortModel = useMemo<GridSortModel>(
    () => [{ field: params.sort, sort: params.dir }],
    [params.sort, params.dir],
  );
  const localeText = useMemo(
    () => ({
      ...gridLocales[locale].components.MuiDataGrid.defaultProps.localeText,
      noRowsLabel: params.q ? t('list.noMatch', { query: params.q }) : t('list.empty'),
    }),
    [locale, params.q, t],
  );

  return (
    <DataGrid
      label={t('list.gridLabel')}
      rows={rows}
      columns={columns}
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
      columnVisibilityModel={phone ? PHONE_COLUMNS : ALL_COLUMNS}
      onRowClick={({ row }, event) => {
        // The name is a link already; let it do its own navigation.
        if ((event.target as HTMLElement).closest('a')) return;
        void navigate(clientPath(row.id));
      }}
      localeText={localeText}
      disableColumnMenu
      disableColumnFilter
      rowSelection={false}
      // The whole page of rows is in the document, not only those on screen: the browser's
      // find-in-page and assistive technology see every client listed (100 at most).
      autoHeight
      density={phone ? 'compact' : 'standard'}
      slotProps={{ loadingOverlay: { variant: 'linear-progress', noRowsVariant: 'skeleton' } }}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-columnHeader:focus': { outlineOffset: -2 },
      }}
    />
  );
}
