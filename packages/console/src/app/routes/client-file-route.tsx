import { Box, Tab, Tabs } from '@mui/material';
import { Link as RouterLink, Outlet, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CLIENT_TABS, clientPath, isClientTab } from '@/config/paths';
import { ClientFileFrame } from '@/features/clients/components/client-file-frame';

/**
 * A client file: its header, then one tab at a time, each at its own address
 * (`/clients/:id/terms`), so Back, reload and a copied link land on the same tab.
 */
export default function ClientFileRoute() {
  const { t } = useTranslation('clients');
  const { id = '' } = useParams();
  const { pathname } = useLocation();
  const current = pathname.split('/')[3];
  const tab = isClientTab(current) ? current : false;

  return (
    // A new id means a new file: keying drops any state (an edit in progress) from the previous one.
    <ClientFileFrame key={id} id={id}>
      <Box
        component="nav"
        aria-label={t('tabs.label')}
        sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}
      >
        <Tabs value={tab} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile>
          {CLIENT_TABS.map((name) => (
            <Tab
              key={name}
              value={name}
              label={t(`tabs.${name}`)}
              component={RouterLink}
              to={clientPath(id, name)}
              sx={{ minWidth: { xs: 72, sm: 90 } }}
            />
          ))}
        </Tabs>
      </Box>
      <Outlet />
    </ClientFileFrame>
  );
}
