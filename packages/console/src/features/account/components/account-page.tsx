import { Alert, Snackbar, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNotice, type Wording } from '@/components/use-notice';
import { useMeQuery } from '@/features/auth/api/me-query';
import { useViewer } from '@/lib/viewer';
import { ProfileSection } from './profile-section';
import { SessionsSection } from './sessions-section';

/**
 * The signed-in person's own account: for staff, their name and language; for
 * everyone, where they are signed in (browsers and apps), each session ended
 * from here. Their password is changed from the account menu.
 */
export function AccountPage() {
  const { t } = useTranslation(['account', 'common']);
  const viewer = useViewer();
  const me = useMeQuery().data?.me;
  // How to word it, not its words: a notice on screen follows a change of language.
  const [notice, say, dismiss] = useNotice<Wording<['account', 'common']>>();
  const acting = Boolean(me?.actingFor);
  // Staff have a profile of their own to keep; partner users and contacts get theirs from us.
  const staff = viewer && !viewer.partner && me?.user ? viewer : null;

  return (
    <Stack sx={{ gap: 2, minWidth: 0, maxWidth: 1000 }}>
      <title>{`${t('title')} · ${t('common:appName')}`}</title>
      <Typography variant="h1">{t('title')}</Typography>
      {acting ? <Alert severity="info">{t('acting')}</Alert> : null}
      {staff ? <ProfileSection viewer={staff} onNotice={say} /> : null}
      {/* Where the contact signs in is theirs: an administrator acting as them is not shown it. */}
      {me && !acting ? <SessionsSection onNotice={say} /> : null}
      <Snackbar open={notice !== null} autoHideDuration={6000} onClose={dismiss}>
        <Alert severity="success" variant="filled" onClose={dismiss}>
          {notice?.(t)}
        </Alert>
      </Snackbar>
    </Stack>
  );
}
