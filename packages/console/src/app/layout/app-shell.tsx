import { Suspense } from 'react';
import { AppBar, Box, Button, LinearProgress, Link, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet, Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesProvider } from '@/components/unsaved-changes';
import { paths } from '@/config/paths';
import { UserMenu } from '@/features/auth/components/user-menu';
import { LanguageMenu } from './language-menu';

const MAIN_ID = 'main';

/** The frame around every signed-in screen: product name, navigation, language, the user, and the page. */
export function AppShell() {
  const { t } = useTranslation();
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
            to={paths.clients}
            variant="h6"
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 500, letterSpacing: 0.2 }}
          >
            {t('appName')}
          </Typography>
          <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', gap: 1 }}>
            <Button
              component={NavLink}
              to={paths.clients}
              color="inherit"
              sx={{
                fontSize: '1rem',
                '&.active': { bgcolor: 'rgba(255, 255, 255, 0.14)' },
              }}
            >
              {t('nav.clients')}
            </Button>
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
