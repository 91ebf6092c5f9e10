import { Box, Paper, Skeleton, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { usePortalClientsQuery } from '../api/portal-queries';
import { PartnerInvitationPanel } from './partner-invitation-panel';
import { portalPageSx } from './portal-home';

/** Settings > Assigned partner (seed 000): who manages each company's account, and the invitation to answer. */
export function PortalSettingsPage() {
  const { t } = useTranslation(['portal', 'common']);
  const { data, error, refetch } = usePortalClientsQuery();
  const clients = data?.portalClients;
  return (
    <Box sx={portalPageSx}>
      <title>{`${t('settings.title')} · ${t('common:appName')}`}</title>
      <Typography variant="h1" gutterBottom>
        {t('settings.title')}
      </Typography>
      <Typography variant="h2" component="h2" sx={{ mt: 3, mb: 1 }}>
        {t('settings.partner')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('settings.partnerIntro')}
      </Typography>
      {!clients ? (
        error ? (
          <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <Skeleton variant="rounded" height={120} aria-busy="true" />
        )
      ) : (
        <Stack sx={{ gap: 2 }}>
          {clients.map((client) => (
            <Paper
              key={client.id}
              variant="outlined"
              component="section"
              aria-label={client.name}
              sx={{ p: 2 }}
            >
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500 }}>
                {client.name}
              </Typography>
              <Typography color="text.secondary" sx={{ mb: client.partnerInvitation ? 1.5 : 0 }}>
                {client.partner
                  ? t('settings.partnerIs', { partner: client.partner.name })
                  : t('settings.noPartner')}
              </Typography>
              <PartnerInvitationPanel client={client} showSettled />
            </Paper>
          ))}
        </Stack>
      )}
    </Box>
  );
}
