import { ApiTokensPage } from '@/features/admin/api-tokens/components/api-tokens-page';

export default function AdminApiTokensRoute() {
  return <ApiTokensPage />;
}
