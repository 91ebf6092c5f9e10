import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';

/** Any address the console does not know, signed in: what happened, and the way back. */
export default function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <Box sx={{ px: { xs: 2, sm: 3 }, py: 6, maxWidth: 640 }}>
      <title>{`${t('notFound.title')} · ${t('appName')}`}</title>
      <Typography variant="h1" gutterBottom>
        {t('notFound.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3 }}>
        {t('notFound.body')}
      </Typography>
      <Button variant="contained" component={RouterLink} to={paths.clients}>
        {t('notFound.back')}
      </Button>
    </Box>
  );
}
