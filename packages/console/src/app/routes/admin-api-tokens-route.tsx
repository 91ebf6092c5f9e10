import { useTranslation } from 'react-i18next';
import { Stack } from '@mui/material';
import { ApiTokensPage } from '@/features/api-tokens/components/api-tokens-page';
import { WebhooksSection } from '@/features/webhooks/components/webhooks-section';

export default function AdminApiTokensRoute() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <Stack sx={{ gap: 5 }}>
      <ApiTokensPage
        audience="staff"
        documentTitle={`${t('pages.api-tokens')} · ${t('title')} · ${t('common:appName')}`}
      />
      <WebhooksSection audience="staff" />
    </Stack>
  );
}
