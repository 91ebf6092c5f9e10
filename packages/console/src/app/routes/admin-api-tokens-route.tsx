import { useTranslation } from 'react-i18next';
import { ApiTokensPage } from '@/features/api-tokens/components/api-tokens-page';

export default function AdminApiTokensRoute() {
  const { t } = useTranslation(['admin', 'common']);
  return (
    <ApiTokensPage
      audience="staff"
      documentTitle={`${t('pages.api-tokens')} · ${t('title')} · ${t('common:appName')}`}
    />
  );
}
