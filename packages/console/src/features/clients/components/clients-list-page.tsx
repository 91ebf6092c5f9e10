import { useCallback, useMemo, useState } from 'react';
import { Alert, Box, Button, IconButton, Snackbar, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { clientPath } from '@/config/paths';
import { useClientListParams } from '../hooks/use-client-list-params';
import { useClientPage } from '../hooks/use-client-page';
import type { PageSize, SortField } from '../model/list-params';
import { ClientSearchField } from './client-search-field';
import { ClientsGrid, toRow } from './clients-grid';
import { NewClientDialog, type CreatedClient } from './new-client-dialog';

/** The client list: search, order and page come from the URL, so any view can be shared as a link. */
export function ClientsListPage() {
  const { t } = useTranslation(['clients', 'common']);
  const [params, update] = useClientListParams();
  const [creating, setCreating] = useState(false);
  // Kept after the snackbar closes, so its text does not vanish while it slides away.
  const [created, setCreated] = useState<CreatedClient | null>(null);
  const [announcing, setAnnouncing] = useState(false);

  // A link to a page past the end (the list shrank since) shows the first page instead.
  const backToFirstPage = useCallback(() => update({ page: 0 }, { replace: true }), [update]);
  const page = useClientPage(params, backToFirstPage);

  const shown = page.connection ?? (page.loading ? page.previous : undefined);
  const rows = useMemo(() => shown?.edges.map((edge) => toRow(edge.node)) ?? [], [shown]);
  const rowCount = shown?.totalCount ?? -1;

  const changePage = (model: GridPaginationModel) => {
    if (model.pageSize !== params.size) {
      update({ size: model.pageSize as PageSize, page: 0 });
    } else if (model.page !== params.page) {
      if (model.page === params.page + 1) page.rememberNext();
      update({ page: model.page });
    }
  };

  const changeSort = (sort: SortField, dir: 'asc' | 'desc') => update({ sort, dir, page: 0 });

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
      <title>{`${t('list.title')} · ${t('common:appName')}`}</title>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h1">{t('list.title')}</Typography>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          {t('list.new')}
        </Button>
      </Stack>

      <ClientSearchField value={params.q} onSearch={(q) => update({ q, page: 0 }, { replace: true })} />

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
        />
      )}

      <NewClientDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(client) => {
          setCreating(false);
          setCreated(client);
          setAnnouncing(true);
        }}
      />

      <Snackbar
        open={announcing}
        autoHideDuration={6000}
        onClose={(_, reason) => {
          if (reason !== 'clickaway') setAnnouncing(false);
        }}
      >
        <Alert
          severity="success"
          variant="filled"
          action={
            created ? (
              <>
                <Button color="inherit" size="small" component={RouterLink} to={clientPath(created.id)}>
                  {t('common:actions.open')}
                </Button>
                <IconButton
                  color="inherit"
                  size="small"
                  aria-label={t('common:actions.close')}
                  onClick={() => setAnnouncing(false)}
                >
                  <CloseIcon fontSize="small" />
                </IconButton>
              </>
            ) : undefined
          }
        >
          {created ? t('form.created', { code: created.code }) : null}
        </Alert>
      </Snackbar>
    </Box>
  );
}
