import { useState } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorSummary } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { fetchMe } from '@/features/auth/api/me-query';
import { useStopActingAsContactMutation } from '@/features/auth/api/stop-acting-mutation';

/**
 * Seed 003: an administrator sees the portal as a contact does. This banner
 * never lets them forget it, and brings them back to their console in one click.
 */
export function ActingBanner({ contactName, adminName }: { contactName: string; adminName: string }) {
  const { t } = useTranslation('portal');
  const client = useApolloClient();
  const navigate = useNavigate();
  const summarize = useErrorSummary();
  const [stopActing, { loading }] = useStopActingAsContactMutation();
  const [error, setError] = useState<string | null>(null);

  const stop = async () => {
    setError(null);
    try {
      await stopActing();
      // What was read as the contact is not what the administrator sees: start over.
      await client.clearStore();
      await fetchMe(client);
      void navigate(paths.clients, { replace: true });
    } catch (failure) {
      setError(summarize(failure).general.join(' '));
    }
  };

  return (
    <Alert
      severity="warning"
      role="status"
      // The standard (light) warning keeps its text at AA contrast; the thick edge keeps it hard to miss.
      sx={{ borderRadius: 0, alignItems: 'center', borderBottom: 3, borderColor: 'warning.main' }}
      action={
        <Button
          color="inherit"
          variant="outlined"
          size="small"
          loading={loading}
          onClick={() => void stop()}
          sx={{ whiteSpace: 'nowrap' }}
        >
          {t('acting.stop')}
        </Button>
      }
    >
      <AlertTitle sx={{ mb: 0 }}>{t('acting.title', { name: contactName })}</AlertTitle>
      {t('acting.body', { admin: adminName })}
      {error ? <div>{error}</div> : null}
    </Alert>
  );
}
