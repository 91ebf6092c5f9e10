import { useEffect, useState, type ReactNode } from 'react';
import { Box, LinearProgress } from '@mui/material';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { paths, signInPath } from '@/config/paths';
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
export function RequireSession({
  children,
  audience = 'staff',
}: {
  children: ReactNode;
  /** Whose screens these are: the staff's console, the portal of a client's contacts, or a partner's. */
  audience?: 'staff' | 'portal' | 'partner';
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useMeQuery();
  const location = useLocation();
  const me = data?.me ?? null;
  // Staff have a language setting; a client contact, the language on their contact card.
  const locale = me?.user?.locale ?? me?.partnerUser?.locale ?? me?.contact?.language.toLowerCase();

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
  // A client contact (or an administrator acting as one) belongs in the portal, and only there.
  if (audience === 'portal') return me.portalAccount ? children : <Navigate to={paths.home} replace />;
  if (me.portalAccount) return <Navigate to={paths.portal} replace />;
  // A partner user has the partner's screens (their clients, their API tokens), and only those.
  if (audience === 'partner') {
    if (!me.partnerUser) return <Navigate to={paths.home} replace />;
    const viewer = { ...me.partnerUser, role: 'PARTNER', partner: me.partner ?? null };
    return <ViewerProvider viewer={viewer}>{children}</ViewerProvider>;
  }
  if (me.partnerUser) return <Navigate to={paths.partnerClients} replace />;
  if (!me.user) return <StaffOnly acting={me.actingFor !== null} partner={false} email={null} />;
  return <ViewerProvider viewer={me.user}>{children}</ViewerProvider>;
}
