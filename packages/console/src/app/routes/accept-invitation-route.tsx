import { ResetPasswordPage } from '@/features/auth/components/reset-password-page';

/** The link in a client contact's invitation email (seed 004): they choose their first password. */
export default function AcceptInvitationRoute() {
  return <ResetPasswordPage purpose="invitation" />;
}
