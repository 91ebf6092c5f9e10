import { PortalHome } from '@/features/portal/components/portal-home';

export default function PortalHomeRoute() {
  return <PortalHome />;
}
