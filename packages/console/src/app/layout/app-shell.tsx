import { Suspense } from 'react';
import { AppBar, Box, Button, LinearProgress, Link, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet, Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import KeyIcon from '@mui/icons-material/Key';
import { StaffRole } from '@clientele/shared';
import { UnsavedChangesProvider } from '@/components/unsaved-changes';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useViewer } from '@/lib/viewer';
import { LanguageMenu } from './language-menu';

const MAIN_ID = 'main';

/** The frame around every signed-in screen: product name, navigation, language, the user, and the page. */
export function AppShell() {
  const { t } = useTranslation(['common', 'admin', 'partners']);
  const viewer = useViewer();
  // A partner user's console is their clients and their API tokens; nothing of the staff's.
  const partner = Boolean(viewer?.partner);
  const home = partner ? paths.partnerClients : paths.clients;
  return (
    <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column' }}>
      <Link
        href={`#${MAIN_ID}`}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (theme) => theme.zIndex.appBar + 1,
          p: 1,
          bgcolor: 'background.paper',
          '&:focus': { top: 8 },
        }}
      >
        {t('skipToContent')}
      </Link>
      <AppBar position="sticky" color="primary">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 2 } }}>
          <Typography
            component={RouterLink}
            to={home}
            variant="h6"
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 500, letterSpacing: 0.2 }}
          >
            {t('appName')}
          </Typography>
          <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', gap: 1 }}>
            <Button
              component={NavLink}
              to={home}
              color="inherit"
              sx={{
                fontSize: '1rem',
                '&.active': { bgcolor: 'rgba(255, 255, 255, 0.14)' },
              }}
            >
              {partner ? t('partners:nav.clients') : t('nav.clients')}
            </Button>
            {partner ? (
              <Button
                component={NavLink}
                to={paths.partnerApiTokens}
                color="inherit"
                aria-label={t('partners:nav.apiTokens')}
                sx={{ fontSize: '1rem', minWidth: 0, '&.active': { bgcolor: 'rgba(255, 255, 255, 0.14)' } }}
              >
                {/* As for Administration: on phones the icon stands in for the word, the label stays. */}
                <KeyIcon sx={{ display: { xs: 'inline-flex', sm: 'none' } }} />
                <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                  {t('partners:nav.apiTokens')}
                </Box>
              </Button>
            ) : null}
            {viewer?.role === StaffRole.ADMIN ? (
              <Button
                component={NavLink}
                to={paths.admin}
                color="inherit"
                aria-label={t('admin:nav')}
                sx={{
                  fontSize: '1rem',
                  minWidth: 0,
                  '&.active': { bgcolor: 'rgba(255, 255, 255, 0.14)' },
                }}
              >
                {/* On phones the word does not fit beside the rest: the icon stands in, the label stays. */}
                <AdminPanelSettingsIcon sx={{ display: { xs: 'inline-flex', sm: 'none' } }} />
                <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
                  {t('admin:nav')}
                </Box>
              </Button>
            ) : null}
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageMenu />
          <UserMenu />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        id={MAIN_ID}
        tabIndex={-1}
        sx={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0, outline: 'none' }}
      >
        <UnsavedChangesProvider>
          <Suspense fallback={<LinearProgress aria-label={t('loading')} />}>
            <Outlet />
          </Suspense>
        </UnsavedChangesProvider>
      </Box>
    </Box>
  );
}
