import { ApiTokensPage } from '@/features/partner-portal/components/api-tokens-page';

export default function PartnerApiTokensRoute() {
  return <ApiTokensPage />;
}
