import { Suspense } from 'react';
import { AppBar, Box, Button, LinearProgress, Toolbar, Typography } from '@mui/material';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesProvider } from '@/components/unsaved-changes';
import { paths } from '@/config/paths';
import { useMeQuery } from '@/features/auth/api/me-query';
import { UserMenu } from '@/features/auth/components/user-menu';
import { LanguageMenu } from '@/app/layout/language-menu';
import { usePortalClientsQuery } from '../api/portal-queries';
import { ActingBanner } from './acting-banner';

const navSx = {
  fontSize: { xs: '0.875rem', sm: '1rem' },
  whiteSpace: 'nowrap',
  minWidth: 0,
  px: { xs: 1, sm: 1.5 },
  '&.active': { bgcolor: 'rgba(255, 255, 255, 0.14)' },
} as const;

/**
 * The frame of the client portal: what a client's contact sees of us. Their
 * company, their settings, their language and their sign-in — nothing of the
 * operator's own screens.
 */
export function PortalShell() {
  const { t } = useTranslation(['portal', 'common']);
  const { pathname } = useLocation();
  // The company link stands for every company page; Settings and the account are pages of their own.
  const onCompany = !pathname.startsWith(paths.portalSettings) && !pathname.startsWith(paths.portalAccount);
  const me = useMeQuery().data?.me;
  // Someone who keeps several companies' files (a bookkeeper) is taken to a choice of them.
  const companies = usePortalClientsQuery().data?.portalClients.length ?? 0;
  const person = me?.contact;
  const name = person ? `${person.firstName} ${person.lastName}` : (me?.portalAccount?.email ?? '');
  return (
    <Box sx={{ minHeight: '100dvh', display: 'flex', flexDirection: 'column' }}>
      {me?.actingFor ? <ActingBanner contactName={name} adminName={me.actingFor.displayName} /> : null}
      <AppBar position="sticky" color="primary">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 2 } }}>
          <Typography
            component={RouterLink}
            to={paths.portal}
            variant="h6"
            // At phone width the two places the portal has matter more than our name.
            sx={{
              color: 'inherit',
              textDecoration: 'none',
              fontWeight: 500,
              letterSpacing: 0.2,
              display: { xs: 'none', sm: 'block' },
            }}
          >
            {t('common:appName')}
          </Typography>
          <Box component="nav" aria-label={t('nav.label')} sx={{ display: 'flex', gap: { xs: 0.5, sm: 1 } }}>
            <Button
              component={RouterLink}
              to={paths.portal}
              color="inherit"
              className={onCompany ? 'active' : undefined}
              aria-current={onCompany ? 'page' : undefined}
              sx={navSx}
            >
              {companies > 1 ? t('nav.companies') : t('nav.company')}
            </Button>
            <Button component={NavLink} to={paths.portalSettings} color="inherit" sx={navSx}>
              {t('nav.settings')}
            </Button>
          </Box>
          <Box sx={{ flexGrow: 1 }} />
          <LanguageMenu />
          {me?.portalAccount ? (
            <UserMenu
              person={{
                name,
                email: me.portalAccount.email,
                caption: t('userCode', { code: me.portalAccount.userCode }),
              }}
            />
          ) : null}
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ flex: 1, display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <UnsavedChangesProvider>
          <Suspense fallback={<LinearProgress aria-label={t('common:loading')} />}>
            <Outlet />
          </Suspense>
        </UnsavedChangesProvider>
      </Box>
    </Box>
  );
}
