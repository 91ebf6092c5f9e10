import { useState, type ReactNode } from 'react';
import { Alert, Box, Breadcrumbs, Button, Chip, Link, Skeleton, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorSummary } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useCanEdit } from '@/lib/viewer';
import { useClientHeaderQuery } from '../api/client-header-query';
import { useRestoreClientMutation } from '../api/restore-client-mutation';
import { kindLabel, lifecycleLabel } from '../model/labels';
import { ClientStatusChip } from './client-status-chip';

function BackToList() {
  const { t } = useTranslation('clients');
  return (
    <Breadcrumbs aria-label={t('detail.breadcrumbLabel')} sx={{ mb: 1 }}>
      <Link component={RouterLink} to={paths.clients} underline="hover" color="inherit">
        {t('detail.breadcrumb')}
      </Link>
    </Breadcrumbs>
  );
}

export const filePageSx = {
  px: { xs: 2, sm: 3 },
  py: { xs: 2, sm: 3 },
  maxWidth: 1200,
  width: '100%',
  minWidth: 0,
} as const;

/**
 * The top of a client file, the same on every tab: name, code, status, kind,
 * and, for a deleted client, since when and a way back. The tabs come below,
 * only once the client is known to exist.
 */
export function ClientFileFrame({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const canEdit = useCanEdit();
  const summarize = useErrorSummary();
  const { data, loading, error, refetch } = useClientHeaderQuery(id);
  const [restore, { loading: restoring }] = useRestoreClientMutation();
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const client = data?.client;

  if (error && !client) {
    return (
      <Box sx={filePageSx}>
        <BackToList />
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Box>
    );
  }

  if (!client) {
    if (loading) {
      return (
        <Box sx={filePageSx} aria-busy="true">
          <BackToList />
          <Skeleton variant="text" width="40%" sx={{ fontSize: '2rem' }} />
          <Skeleton variant="rounded" height={48} sx={{ mt: 2 }} />
          <Skeleton variant="rounded" height={240} sx={{ mt: 3 }} />
        </Box>
      );
    }
    return (
      <Box sx={filePageSx}>
        <BackToList />
        <Typography variant="h1" gutterBottom>
          {t('detail.notFoundTitle')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('detail.notFoundBody')}
        </Typography>
        <Button variant="contained" component={RouterLink} to={paths.clients}>
          {t('detail.back')}
        </Button>
      </Box>
    );
  }

  const doRestore = async () => {
    setRestoreError(null);
    try {
      await restore({ variables: { input: { id: client.id } } });
    } catch (failure) {
      setRestoreError(summarize(failure).general.join(' '));
    }
  };

  return (
    <Box sx={filePageSx}>
      <title>{`${client.name} · ${t('common:appName')}`}</title>
      <BackToList />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ alignItems: { xs: 'flex-start', sm: 'center' }, gap: { xs: 1, sm: 2 }, mb: 2 }}
      >
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {client.name}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Chip label={client.code} size="small" sx={{ fontFamily: 'monospace', fontWeight: 500 }} />
          <ClientStatusChip status={client.status} />
          <Typography variant="body2" color="text.secondary" component="span">
            {kindLabel(client.kind, locale)} · {lifecycleLabel(client.lifecycle, locale)}
          </Typography>
        </Stack>
      </Stack>
      {client.deletedAt ? (
        <Alert
          severity="warning"
          sx={{ mb: 2 }}
          action={
            canEdit ? (
              <Button color="inherit" size="small" loading={restoring} onClick={() => void doRestore()}>
                {t('detail.restore')}
              </Button>
            ) : undefined
          }
        >
          {t('detail.deleted', { date: formatDateTime(client.deletedAt, locale) })}
          {restoreError ? <Box sx={{ mt: 0.5 }}>{restoreError}</Box> : null}
        </Alert>
      ) : null}
      {children}
    </Box>
  );
}
