import { SignOutPage } from '@/features/auth/components/sign-out-page';

export default function SignOutRoute() {
  return <SignOutPage />;
}
