import { PortalClientPage } from '@/features/portal/components/portal-client-page';

export default function PortalClientRoute() {
  return <PortalClientPage />;
}
