import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useApolloClient } from '@apollo/client/react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorSummary } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { fetchMe } from '../api/me-query';
import { useStopActingAsContactMutation } from '../api/stop-acting-mutation';

/**
 * Signed in, but as a client contact or a partner user: this console is the
 * staff's for now. An administrator acting as a contact gets their own
 * console back in one click.
 */
export function StaffOnly({
  acting,
  partner,
  email,
}: {
  acting: boolean;
  partner: boolean;
  email: string | null;
}) {
  const { t } = useTranslation('auth');
  const client = useApolloClient();
  const summarize = useErrorSummary();
  const [stopActing, { loading }] = useStopActingAsContactMutation();
  const [error, setError] = useState<string | null>(null);

  const stop = async () => {
    setError(null);
    try {
      await stopActing();
      await client.clearStore();
      await fetchMe(client);
    } catch (failure) {
      setError(summarize(failure).general.join(' '));
    }
  };

  return (
    <Box sx={{ px: { xs: 2, sm: 3 }, py: 6, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        {t('staffOnly.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {acting
          ? t('staffOnly.acting', { email })
          : partner
            ? t('staffOnly.partner', { email })
            : t('staffOnly.body', { email })}
      </Typography>
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      ) : null}
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {acting ? (
          <Button variant="contained" loading={loading} onClick={() => void stop()}>
            {t('staffOnly.stopActing')}
          </Button>
        ) : null}
        <Button variant={acting ? 'text' : 'contained'} component={RouterLink} to={paths.signOut}>
          {t('menu.signOut')}
        </Button>
      </Stack>
    </Box>
  );
}
