import type { ReactNode } from 'react';
import { Box, Breadcrumbs, Button, Chip, Link, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { countryName, formatDateTime } from '@/lib/format';
import { useLocale } from '@/lib/i18n';
import { useClientQuery } from '../api/client-query';
import { addressLines, isEmptyAddress } from '../model/address-lines';
import { kindLabel, lifecycleLabel } from '../model/labels';
import { ClientStatusChip } from './client-status-chip';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: { xs: 2, sm: 3 } }} aria-label={title}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/** Label and value pairs, read as a description list by assistive technology. */
function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
        columnGap: 3,
        rowGap: 1.5,
        '& dt': { color: 'text.secondary' },
        '& dd': { m: 0 },
      }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2">
            {label}
          </Typography>
          <Typography component="dd" variant="body2">
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

function BackToList() {
  const { t } = useTranslation('clients');
  return (
    <Breadcrumbs aria-label={t('detail.breadcrumb')} sx={{ mb: 1 }}>
      <Link component={RouterLink} to={paths.clients} underline="hover" color="inherit">
        {t('detail.breadcrumb')}
      </Link>
    </Breadcrumbs>
  );
}

const pageSx = {
  px: { xs: 2, sm: 3 },
  py: { xs: 2, sm: 3 },
  maxWidth: 1200,
  width: '100%',
} as const;

/** A client at a glance: who it is, where it is billed, and when its file last changed. */
export function ClientSummaryPage({ id }: { id: string }) {
  const { t } = useTranslation(['clients', 'common']);
  const locale = useLocale();
  const { data, loading, error, refetch } = useClientQuery(id);
  const client = data?.client;

  if (error && !client) {
    return (
      <Box sx={pageSx}>
        <BackToList />
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Box>
    );
  }

  if (!client) {
    if (loading) {
      return (
        <Box sx={pageSx} aria-busy="true">
          <BackToList />
          <Skeleton variant="text" width="40%" sx={{ fontSize: '2rem' }} />
          <Skeleton variant="rounded" height={180} sx={{ mt: 3 }} />
        </Box>
      );
    }
    return (
      <Box sx={pageSx}>
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

  const address = client.billingAddress;
  const lines = addressLines(address);

  return (
    <Box sx={pageSx}>
      <title>{`${client.name} · ${t('common:appName')}`}</title>
      <BackToList />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ alignItems: { xs: 'flex-start', sm: 'center' }, gap: { xs: 1, sm: 2 }, mb: 3 }}
      >
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {client.name}
        </Typography>
        <Stack direction="row" sx={{ gap: 1 }}>
          <Chip label={client.code} size="small" sx={{ fontFamily: 'monospace', fontWeight: 500 }} />
          <ClientStatusChip status={client.status} />
        </Stack>
      </Stack>

      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
          alignItems: 'start',
        }}
      >
        <Section title={t('detail.overview')}>
          <Facts
            items={[
              [t('fields.kind'), kindLabel(client.kind, locale)],
              [t('fields.lifecycle'), lifecycleLabel(client.lifecycle, locale)],
            ]}
          />
        </Section>

        <Section title={t('fields.billingAddress')}>
          {isEmptyAddress(address) ? (
            <Typography variant="body2" color="text.secondary">
              {t('detail.noAddress')}
            </Typography>
          ) : (
            <Typography component="address" variant="body2" sx={{ fontStyle: 'normal' }}>
              {[...lines, countryName(address.country, locale)].filter(Boolean).map((line) => (
                <Box component="span" key={line} sx={{ display: 'block', whiteSpace: 'pre-wrap' }}>
                  {line}
                </Box>
              ))}
            </Typography>
          )}
        </Section>

        <Section title={t('detail.record')}>
          <Facts
            items={[
              [
                t('fields.createdAt'),
                <time key="created" dateTime={client.createdAt}>
                  {formatDateTime(client.createdAt, locale)}
                </time>,
              ],
              [
                t('fields.updatedAt'),
                <time key="updated" dateTime={client.updatedAt}>
                  {formatDateTime(client.updatedAt, locale)}
                </time>,
              ],
              [t('detail.version'), client.version],
            ]}
          />
        </Section>
      </Box>
    </Box>
  );
}
