import { Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ApiTokensPage } from '@/features/api-tokens/components/api-tokens-page';
import { WebhooksSection } from '@/features/webhooks/components/webhooks-section';

export default function PartnerApiTokensRoute() {
  const { t } = useTranslation(['apiTokens', 'common']);
  return (
    <Stack sx={{ px: { xs: 2, sm: 3 }, py: { xs: 2, sm: 3 }, gap: 5 }}>
      <ApiTokensPage audience="partner" documentTitle={`${t('title')} · ${t('common:appName')}`} />
      <WebhooksSection audience="partner" />
    </Stack>
  );
}
