import { RequireSession } from '@/features/auth/components/require-session';
import { PortalShell } from '@/features/portal/components/portal-shell';

/** The client portal's frame, for client contacts (and administrators acting as one) only. */
export default function PortalRoute() {
  return (
    <RequireSession audience="portal">
      <PortalShell />
    </RequireSession>
  );
}
