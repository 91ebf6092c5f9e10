import { Box, Button, Chip, Skeleton, Stack, Tab, Tabs, Typography } from '@mui/material';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { PORTAL_TABS, paths, portalClientPath, type PortalTab } from '@/config/paths';
import { usePortalClientsQuery } from '../api/portal-queries';
import { PartnerInvitationPanel } from './partner-invitation-panel';
import { portalPageSx } from './portal-home';
import { PortalContactsTab } from './portal-contacts-tab';
import { PortalInfoTab } from './portal-info-tab';

const isPortalTab = (value: string | undefined): value is PortalTab =>
  (PORTAL_TABS as readonly string[]).includes(value ?? '');

/** A company's file as its contact sees it: Info and Contacts, and a partner's invitation to answer. */
export function PortalClientPage() {
  const { t } = useTranslation(['portal', 'common']);
  const { id = '', tab: tabParam } = useParams();
  const tab: PortalTab = isPortalTab(tabParam) ? tabParam : 'info';
  const { data, error, refetch } = usePortalClientsQuery();
  const clients = data?.portalClients;
  const client = clients?.find((candidate) => candidate.id === id);

  if (!client) {
    if (error)
      return (
        <Box sx={portalPageSx}>
          <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      );
    if (!clients)
      return (
        <Box sx={portalPageSx} aria-busy="true">
          <Skeleton variant="text" width="40%" sx={{ fontSize: '2rem' }} />
          <Skeleton variant="rounded" height={240} sx={{ mt: 3 }} />
        </Box>
      );
    // Not theirs, or out of reach from where they are now: as if it did not exist.
    return (
      <Box sx={portalPageSx}>
        <Typography variant="h1" gutterBottom>
          {t('notFound.title')}
        </Typography>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('notFound.body')}
        </Typography>
        <Button variant="contained" component={RouterLink} to={paths.portal}>
          {t('notFound.back')}
        </Button>
      </Box>
    );
  }

  return (
    <Box sx={portalPageSx}>
      <title>{`${client.name} · ${t('common:appName')}`}</title>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ alignItems: { xs: 'flex-start', sm: 'center' }, gap: { xs: 1, sm: 2 }, mb: 2 }}
      >
        <Typography variant="h1" sx={{ overflowWrap: 'anywhere' }}>
          {client.name}
        </Typography>
        <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Chip label={client.code} size="small" sx={{ fontFamily: 'monospace', fontWeight: 500 }} />
          {client.myAccessRole ? (
            <Typography variant="body2" color="text.secondary" component="span">
              {t('yourRole', { role: t(`roles.${client.myAccessRole}`) })}
            </Typography>
          ) : null}
        </Stack>
      </Stack>
      <Box sx={{ mb: 2 }}>
        <PartnerInvitationPanel client={client} />
      </Box>
      <Box
        component="nav"
        aria-label={t('tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        <Tabs value={tab} variant="scrollable" allowScrollButtonsMobile>
          {PORTAL_TABS.map((name) => (
            <Tab
              key={name}
              value={name}
              label={t(`tabs.${name}`)}
              component={RouterLink}
              to={portalClientPath(client.id, name)}
            />
          ))}
        </Tabs>
      </Box>
      {tab === 'info' ? <PortalInfoTab client={client} /> : <PortalContactsTab client={client} />}
    </Box>
  );
}
