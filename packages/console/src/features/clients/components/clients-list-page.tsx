import { useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Snackbar, Stack, Tab, Tabs, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import FilterIcon from '@mui/icons-material/FilterList';
import RestoreIcon from '@mui/icons-material/RestoreFromTrash';
import ColumnsIcon from '@mui/icons-material/ViewColumnOutlined';
import type { GridPaginationModel, GridRowId, GridRowSelectionModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { useNotice, type Wording } from '@/components/use-notice';
import { clientPath } from '@/config/paths';
import { useLocale } from '@/lib/i18n';
import { useCanEdit } from '@/lib/viewer';
import { useDeleteClientsMutation } from '../api/delete-clients-mutation';
import { useRestoreClientMutation } from '../api/restore-client-mutation';
import { useRestoreClientsMutation } from '../api/restore-clients-mutation';
import { useClientListParams } from '../hooks/use-client-list-params';
import { useClientPage } from '../hooks/use-client-page';
import { exportPath } from '../model/export';
import { activeFilterCount, type PageSize, type SortField } from '../model/list-params';
import { ClientSearchField } from './client-search-field';
import { ClientsColumnsDialog } from './clients-columns-dialog';
import { ClientsFilterChips, ClientsFiltersDrawer, useFilterOptions } from './clients-filters';
import { ClientsGrid, toRow, type ClientRow } from './clients-grid';
import { ClientsViewsMenu } from './clients-views-menu';
import { NewClientDialog, type CreatedClient } from './new-client-dialog';

const NO_SELECTION: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** What the snackbar says, and the clients an Undo would bring back. */
interface Notice {
  /** How to word it, not its words: the snackbar on screen follows a change of language. */
  message: Wording<['clients', 'common']>;
  severity: 'success' | 'error';
  undo?: string[];
  open?: string;
}

/**
 * The client list: search, filters, order, columns and page come from the
 * URL, so any view can be shared as a link; a view can also be saved by
 * name. Staff pick rows to delete them (with an Undo) or, on the Deleted
 * screen, to restore them; viewers only read.
 */
export function ClientsListPage() {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const canEdit = useCanEdit();
  const summarize = useErrorSummary();
  const [params, update] = useClientListParams();
  const [creating, setCreating] = useState(false);
  const [filtering, setFiltering] = useState(false);
  const [choosingColumns, setChoosingColumns] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [selection, setSelection] = useState<GridRowSelectionModel>(NO_SELECTION);
  // Kept after the snackbar closes, so its text does not vanish while it slides away.
  const [notice, say] = useNotice<Notice>();
  const [announcing, setAnnouncing] = useState(false);
  const options = useFilterOptions();
  const [deleteClients, deleting] = useDeleteClientsMutation();
  const [restoreClients, restoringMany] = useRestoreClientsMutation();
  const [restoreClient] = useRestoreClientMutation();

  // A link to a page past the end (the list shrank since) shows the first page instead.
  const backToFirstPage = useCallback(() => update({ page: 0 }, { replace: true }), [update]);
  const page = useClientPage(params, backToFirstPage);

  const shown = page.connection ?? (page.loading ? page.previous : undefined);
  const rows = useMemo(() => shown?.edges.map((edge) => toRow(edge.node)) ?? [], [shown]);
  const rowCount = shown?.totalCount ?? -1;
  // Only rows on this page count: a selection does not follow the user to another view.
  const selectedIds = useMemo(
    () => rows.filter((row) => selection.ids.has(row.id as GridRowId)).map((row) => row.id),
    [rows, selection],
  );

  const announce = (next: Notice) => {
    say(next);
    setAnnouncing(true);
  };
  const failed = (error: unknown) => {
    const summary = summarize(error);
    // The server's words, already in the language of the request.
    const words = [...summary.general, ...Object.values(summary.fields)].join(' ');
    announce({ severity: 'error', message: () => words });
  };

  const clearSelection = () => setSelection(NO_SELECTION);
  const changeView: typeof update = (change, options) => {
    clearSelection();
    update(change, options);
  };

  const changePage = (model: GridPaginationModel) => {
    if (model.pageSize !== params.size) {
      changeView({ size: model.pageSize as PageSize, page: 0 });
    } else if (model.page !== params.page) {
      if (model.page === params.page + 1) page.rememberNext();
      changeView({ page: model.page });
    }
  };

  const changeSort = (sort: SortField, dir: 'asc' | 'desc') => changeView({ sort, dir, page: 0 });

  const undo = async (ids: string[]) => {
    setAnnouncing(false);
    try {
      await restoreClients({ variables: { input: { ids } } });
      announce({ severity: 'success', message: (t) => t('list.bulk.restored', { count: ids.length }) });
    } catch (error) {
      failed(error);
    }
  };

  const deleteSelected = async () => {
    const ids = selectedIds;
    try {
      await deleteClients({ variables: { input: { ids } } });
      setConfirming(false);
      clearSelection();
      announce({
        severity: 'success',
        message: (t) => t('list.bulk.deleted', { count: ids.length }),
        undo: ids,
      });
    } catch (error) {
      setConfirming(false);
      failed(error);
    }
  };

  const restoreSelected = async () => {
    const ids = selectedIds;
    try {
      await restoreClients({ variables: { input: { ids } } });
      clearSelection();
      announce({ severity: 'success', message: (t) => t('list.bulk.restored', { count: ids.length }) });
    } catch (error) {
      failed(error);
    }
  };

  const restoreOne = useCallback(
    (row: ClientRow) => {
      restoreClient({ variables: { input: { id: row.id } } }).then(
        () =>
          announce({
            severity: 'success',
            message: (t) => t('list.deleted.restored', { name: row.name }),
            open: row.id,
          }),
        failed,
      );
    },
    // announce and failed only set state; their identity does not matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [restoreClient],
  );

  const filterCount = activeFilterCount(params.filter);
  const searching = Boolean(params.q) || filterCount > 0;
  const noRowsLabel = params.deleted
    ? searching
      ? t('list.deleted.noMatch')
      : t('list.deleted.empty')
    : params.q
      ? t('list.noMatch', { query: params.q })
      : searching
        ? t('list.noMatchFilters')
        : t('list.empty');

  return (
    <Box
      sx={{
        display: 'flex',
        flexDirection: 'column',
        gap: 2,
        px: { xs: 2, sm: 3 },
        py: { xs: 2, sm: 3 },
        minWidth: 0,
      }}
    >
      <title>{`${params.deleted ? t('list.deleted.title') : t('list.title')} · ${t('common:appName')}`}</title>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h1">{t('list.title')}</Typography>
        {canEdit ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            {t('list.new')}
          </Button>
        ) : null}
      </Stack>

      <Tabs
        value={params.deleted ? 'deleted' : 'live'}
        onChange={(_, value: string) => changeView({ deleted: value === 'deleted', page: 0 })}
        aria-label={t('list.screens')}
        sx={{ borderBottom: 1, borderColor: 'divider', minHeight: 40 }}
      >
        <Tab value="live" label={t('list.live')} sx={{ minHeight: 40 }} />
        <Tab value="deleted" label={t('list.deleted.tab')} sx={{ minHeight: 40 }} />
      </Tabs>

      {params.deleted ? (
        <Typography variant="body2" color="text.secondary">
          {t('list.deleted.help')}
        </Typography>
      ) : null}

      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 1.5, alignItems: { md: 'center' } }}>
        <Box sx={{ flex: 1, display: 'flex', '& > *': { flex: 1 } }}>
          <ClientSearchField
            value={params.q}
            onSearch={(q) => changeView({ q, page: 0 }, { replace: true })}
          />
        </Box>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Button variant="outlined" startIcon={<FilterIcon />} onClick={() => setFiltering(true)}>
            {filterCount ? t('list.filter.buttonCount', { count: filterCount }) : t('list.filter.button')}
          </Button>
          {params.deleted ? null : (
            <>
              <Button variant="outlined" startIcon={<ColumnsIcon />} onClick={() => setChoosingColumns(true)}>
                {t('list.columns.button')}
              </Button>
              <ClientsViewsMenu
                params={params}
                onApply={(next) => changeView(next)}
                onSaved={(message) => announce({ severity: 'success', message })}
              />
              <Button
                variant="outlined"
                startIcon={<DownloadIcon />}
                component="a"
                href={exportPath(params, locale)}
                download
              >
                {t('list.export')}
              </Button>
            </>
          )}
        </Stack>
      </Stack>

      <ClientsFilterChips
        filter={params.filter}
        options={options}
        onRemove={(name) => {
          const filter = { ...params.filter };
          delete filter[name];
          changeView({ filter, page: 0 });
        }}
        onClear={() => changeView({ filter: {}, page: 0 })}
      />

      {canEdit && selectedIds.length > 0 ? (
        <Paper
          variant="outlined"
          role="region"
          aria-label={t('list.bulk.label')}
          sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, flexWrap: 'wrap' }}
        >
          <Typography sx={{ flex: 1, minWidth: 120 }} aria-live="polite">
            {t('list.bulk.selected', { count: selectedIds.length })}
          </Typography>
          {params.deleted ? (
            <Button
              variant="contained"
              startIcon={<RestoreIcon />}
              loading={restoringMany.loading}
              onClick={() => void restoreSelected()}
            >
              {t('list.bulk.restore', { count: selectedIds.length })}
            </Button>
          ) : (
            <Button
              variant="contained"
              color="error"
              startIcon={<DeleteIcon />}
              onClick={() => setConfirming(true)}
            >
              {t('list.bulk.delete', { count: selectedIds.length })}
            </Button>
          )}
          <Button onClick={clearSelection}>{t('list.bulk.clear')}</Button>
        </Paper>
      ) : null}

      {page.error ? <ErrorAlert error={page.error} onRetry={page.retry} /> : null}

      {/* With nothing to show but an error, an empty grid would only suggest there are no clients. */}
      {page.error && rows.length === 0 ? null : (
        <ClientsGrid
          rows={rows}
          rowCount={rowCount}
          loading={page.loading}
          params={params}
          onPaginationChange={changePage}
          onSortChange={changeSort}
          selection={canEdit ? selection : undefined}
          onSelectionChange={canEdit ? setSelection : undefined}
          onRestore={canEdit && params.deleted ? restoreOne : undefined}
          noRowsLabel={noRowsLabel}
        />
      )}

      <ClientsFiltersDrawer
        open={filtering}
        filter={params.filter}
        options={options}
        onClose={() => setFiltering(false)}
        onApply={(filter) => {
          setFiltering(false);
          changeView({ filter, page: 0 });
        }}
      />

      <ClientsColumnsDialog
        open={choosingColumns}
        columns={params.columns}
        onClose={() => setChoosingColumns(false)}
        onApply={(columns) => {
          setChoosingColumns(false);
          update({ columns });
        }}
      />

      <ConfirmDialog
        open={confirming}
        title={t('list.bulk.confirmTitle', { count: selectedIds.length })}
        confirmLabel={t('list.bulk.delete', { count: selectedIds.length })}
        destructive
        busy={deleting.loading}
        onClose={() => setConfirming(false)}
        onConfirm={() => void deleteSelected()}
      >
        {t('list.bulk.confirmBody', { count: selectedIds.length })}
      </ConfirmDialog>

      <NewClientDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(client: CreatedClient) => {
          setCreating(false);
          announce({
            severity: 'success',
            message: (t) => t('form.created', { code: client.code }),
            open: client.id,
          });
        }}
      />

      <Snackbar
        open={announcing}
        autoHideDuration={notice?.undo ? 10000 : 6000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setAnnouncing(false);
        }}
      >
        <Alert
          severity={notice?.severity ?? 'success'}
          variant="filled"
          action={
            <>
              {notice?.undo ? (
                <Button color="inherit" size="small" onClick={() => void undo(notice.undo!)}>
                  {t('list.bulk.undo')}
                </Button>
              ) : null}
              {notice?.open ? (
                <Button color="inherit" size="small" component={RouterLink} to={clientPath(notice.open)}>
                  {t('common:actions.open')}
                </Button>
              ) : null}
              <IconButton
                color="inherit"
                size="small"
                aria-label={t('common:actions.close')}
                onClick={() => setAnnouncing(false)}
              >
                <CloseIcon fontSize="small" />
              </IconButton>
            </>
          }
        >
          {notice?.message(t)}
        </Alert>
      </Snackbar>
    </Box>
  );
}
