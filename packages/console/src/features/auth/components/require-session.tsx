import { useEffect, useState, type ReactNode } from 'react';
import { Box, LinearProgress } from '@mui/material';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { signInPath } from '@/config/paths';
import { followUserLocale } from '@/lib/i18n';
import { ViewerProvider } from '@/lib/viewer';
import { useMeQuery } from '../api/me-query';
import type { SignInNotice } from './sign-in-page';
import { StaffOnly } from './staff-only';

/**
 * The gate to every signed-in screen. It asks who is signed in once; nobody
 * goes to the sign-in page, which brings them back here afterwards. When a
 * session ends later (any operation answered UNAUTHENTICATED), `me` becomes
 * null in the cache and the same redirect happens from wherever they were.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMeQuery();
  const location = useLocation();
  const me = data?.me ?? null;
  const locale = me?.user?.locale;

  // Remembered from earlier renders: a session that ends is told apart from one that never was.
  const [lastSignedIn, setLastSignedIn] = useState(me);
  if (me && me !== lastSignedIn) setLastSignedIn(me);

  useEffect(() => {
    if (locale) void followUserLocale(locale);
  }, [locale]);

  if (!data && loading) return <LinearProgress aria-label={t('loading')} />;
  if (!data && error) {
    return (
      <Box sx={{ p: 3, maxWidth: 720 }}>
        <ErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} />
      </Box>
    );
  }
  if (!me) {
    const notice: SignInNotice | undefined = lastSignedIn ? 'expired' : undefined;
    return (
      <Navigate
        to={signInPath(`${location.pathname}${location.search}`)}
        replace
        state={notice ? { notice } : undefined}
      />
    );
  }
  // A client contact (or an administrator acting as one): the portal is not part of this console yet.
  if (!me.user)
    return (
      <StaffOnly
        acting={me.actingFor !== null}
        partner={me.partnerUser !== null}
        email={me.partnerUser?.email ?? me.portalAccount?.email ?? null}
      />
    );
  return <ViewerProvider viewer={me.user}>{children}</ViewerProvider>;
}
