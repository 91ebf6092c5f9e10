import { useEffect, useRef } from 'react';
import { LinearProgress } from '@mui/material';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { markSignedOut } from '../api/me-query';
import { useSignOutMutation } from '../api/sign-out-mutation';
import type { SignInNotice } from './sign-in-page';

/**
 * Signing out is a page of its own: getting here went through the guard
 * against unsaved changes, so nobody loses an edit by signing out.
 */
export function SignOutPage() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useSignOutMutation();
  const started = useRef(false);

  useEffect(() => {
    // Once, even when React runs effects twice in development.
    if (started.current) return;
    started.current = true;
    const notice: SignInNotice = 'signedOut';
    void signOut()
      .catch(() => undefined)
      .then(async () => {
        // The next person at this browser sees nothing of this one's data.
        await client.clearStore();
        markSignedOut(client);
        await navigate(paths.signIn, { replace: true, state: { notice } });
      });
  }, [client, navigate, signOut]);

  return <LinearProgress aria-label={t('loading')} />;
}
