import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Shown when a screen fails to render or load. After a deployment, an open
 * tab may ask for a chunk that no longer exists: reloading fetches the new one.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Box sx={{ p: 3, maxWidth: 720 }}>
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => window.location.reload()}>
            {t('actions.reload')}
          </Button>
        }
      >
        <AlertTitle>{t('errors.routeTitle')}</AlertTitle>
        {error instanceof Error ? error.message : t('errors.unexpected')}
      </Alert>
    </Box>
  );
}
