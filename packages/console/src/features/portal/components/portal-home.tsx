import { Box, Card, CardActionArea, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { Navigate, Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { portalClientPath } from '@/config/paths';
import { usePortalClientsQuery } from '../api/portal-queries';
import { PartnerInvitationPanel } from './partner-invitation-panel';

export const portalPageSx = {
  px: { xs: 2, sm: 3 },
  py: { xs: 2, sm: 3 },
  maxWidth: 1000,
  width: '100%',
} as const;

/** The portal's start: straight to the company when there is one, a choice when several granted access. */
export function PortalHome() {
  const { t } = useTranslation(['portal', 'common']);
  const { data, error, refetch } = usePortalClientsQuery();
  const clients = data?.portalClients;

  if (!clients) {
    if (error)
      return (
        <Box sx={portalPageSx}>
          <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      );
    return (
      <Box sx={portalPageSx} aria-busy="true">
        <Skeleton variant="rounded" height={160} />
      </Box>
    );
  }
  if (clients.length === 1) return <Navigate to={portalClientPath(clients[0]!.id)} replace />;

  return (
    <Box sx={portalPageSx}>
      <title>{`${t('home.title')} · ${t('common:appName')}`}</title>
      <Typography variant="h1" gutterBottom>
        {t('home.title')}
      </Typography>
      {clients.length === 0 ? (
        <Typography color="text.secondary">{t('home.none')}</Typography>
      ) : (
        <Stack sx={{ gap: 2 }}>
          {clients.map((client) => (
            <PartnerInvitationPanel key={`invitation-${client.id}`} client={client} />
          ))}
          <Stack component="ul" sx={{ listStyle: 'none', p: 0, m: 0, gap: 1.5 }}>
            {clients.map((client) => (
              <Card component="li" key={client.id} variant="outlined">
                <CardActionArea component={RouterLink} to={portalClientPath(client.id)}>
                  <CardContent>
                    <Typography variant="h2" component="h2">
                      {client.name}
                    </Typography>
                    <Typography color="text.secondary">
                      {[client.code, client.billingAddress?.city].filter(Boolean).join(' · ')}
                    </Typography>
                  </CardContent>
                </CardActionArea>
              </Card>
            ))}
          </Stack>
        </Stack>
      )}
    </Box>
  );
}
