import { PortalSettingsPage } from '@/features/portal/components/portal-settings-page';

export default function PortalSettingsRoute() {
  return <PortalSettingsPage />;
}
