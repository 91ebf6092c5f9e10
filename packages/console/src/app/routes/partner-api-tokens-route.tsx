import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ApiTokensPage } from '@/features/api-tokens/components/api-tokens-page';

export default function PartnerApiTokensRoute() {
  const { t } = useTranslation(['apiTokens', 'common']);
  return (
    <Box sx={{ px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 } }}>
      <ApiTokensPage audience="partner" documentTitle={`${t('title')} · ${t('common:appName')}`} />
    </Box>
  );
}
