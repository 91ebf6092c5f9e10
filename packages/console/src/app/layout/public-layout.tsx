import { Suspense } from 'react';
import { AppBar, Box, LinearProgress, Toolbar, Typography } from '@mui/material';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageMenu } from './language-menu';

/** The frame of the pages before signing in: the product's name, the language, one card. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column' }}>
      <AppBar position="static" color="primary">
        <Toolbar sx={{ gap: 2 }}>
          <Typography variant="h6" component="div" sx={{ fontWeight: 500, letterSpacing: 0.2 }}>
            {t('appName')}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageMenu />
        </Toolbar>
      </AppBar>
      <Box
        component="main"
        sx={{
          flex: 1,
          display: 'flex',
          justifyContent: 'center',
          alignItems: { xs: 'flex-start', sm: 'center' },
          px: 2,
          py: { xs: 3, sm: 6 },
        }}
      >
        <Suspense
          fallback={<LinearProgress aria-label={t('loading')} sx={{ width: '100%', maxWidth: 440 }} />}
        >
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
