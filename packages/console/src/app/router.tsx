import { Suspense, lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { LoadingBar } from '@/components/loading-bar';
import { paths } from '@/config/paths';
import { RequireSession } from '@/features/auth/components/require-session';
import { AppShell } from './layout/app-shell';
import { PublicLayout } from './layout/public-layout';
import { RouteError } from './layout/route-error';

// Each screen is its own chunk: the sign-in page does not wait for the data grid or the forms.
const SignInRoute = lazy(() => import('./routes/sign-in-route'));
const SignOutRoute = lazy(() => import('./routes/sign-out-route'));
const ForgotPasswordRoute = lazy(() => import('./routes/forgot-password-route'));
const ResetPasswordRoute = lazy(() => import('./routes/reset-password-route'));
const AcceptInvitationRoute = lazy(() => import('./routes/accept-invitation-route'));
const ClientsRoute = lazy(() => import('./routes/clients-route'));
const ClientFileRoute = lazy(() => import('./routes/client-file-route'));
const ClientInfoRoute = lazy(() => import('./routes/client-info-route'));
const ClientTermsRoute = lazy(() => import('./routes/client-terms-route'));
const ClientCrmRoute = lazy(() => import('./routes/client-crm-route'));
const ClientNotesRoute = lazy(() => import('./routes/client-notes-route'));
const ClientContactsRoute = lazy(() => import('./routes/client-contacts-route'));
const ClientAccessRoute = lazy(() => import('./routes/client-access-route'));
const ClientActivityRoute = lazy(() => import('./routes/client-activity-route'));
const NotFoundRoute = lazy(() => import('./routes/not-found-route'));
const AccountRoute = lazy(() => import('./routes/account-route'));
const PartnerClientsRoute = lazy(() => import('./routes/partner-clients-route'));
const PartnerClientRoute = lazy(() => import('./routes/partner-client-route'));
const PartnerApiTokensRoute = lazy(() => import('./routes/partner-api-tokens-route'));
const PortalRoute = lazy(() => import('./routes/portal-route'));
const PortalHomeRoute = lazy(() => import('./routes/portal-home-route'));
const PortalClientRoute = lazy(() => import('./routes/portal-client-route'));
const PortalSettingsRoute = lazy(() => import('./routes/portal-settings-route'));
const AdminRoute = lazy(() => import('./routes/admin-route'));
const AdminUsersRoute = lazy(() => import('./routes/admin-users-route'));
const AdminPartnersRoute = lazy(() => import('./routes/admin-partners-route'));
const AdminPlansRoute = lazy(() => import('./routes/admin-plans-route'));
const AdminListsRoute = lazy(() => import('./routes/admin-lists-route'));
const AdminApiTokensRoute = lazy(() => import('./routes/admin-api-tokens-route'));
const AdminOutboxRoute = lazy(() => import('./routes/admin-outbox-route'));

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.signIn, element: <SignInRoute /> },
      { path: paths.signOut, element: <SignOutRoute /> },
      { path: paths.forgotPassword, element: <ForgotPasswordRoute /> },
      { path: paths.resetPassword, element: <ResetPasswordRoute /> },
      { path: paths.acceptInvitation, element: <AcceptInvitationRoute /> },
    ],
  },
  {
    // The client portal: a frame of its own, for client contacts only (seed 004), loaded when one signs in.
    path: paths.portal,
    element: (
      <Suspense fallback={<LoadingBar />}>
        <PortalRoute />
      </Suspense>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <PortalHomeRoute /> },
      { path: 'settings', element: <PortalSettingsRoute /> },
      { path: 'account', element: <AccountRoute /> },
      { path: ':id', element: <Navigate to="info" replace /> },
      { path: ':id/:tab', element: <PortalClientRoute /> },
    ],
  },
  {
    // A partner user's screens (seeds 000, 001): their clients' cards, a file once accepted, their API tokens.
    element: (
      <RequireSession audience="partner">
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { path: paths.partnerClients, element: <PartnerClientsRoute /> },
      { path: paths.partnerClient, element: <PartnerClientRoute /> },
      { path: paths.partnerApiTokens, element: <PartnerApiTokensRoute /> },
      { path: paths.partnerAccount, element: <AccountRoute /> },
    ],
  },
  {
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={paths.clients} replace /> },
      { path: paths.clients, element: <ClientsRoute /> },
      {
        path: paths.client,
        element: <ClientFileRoute />,
        children: [
          { index: true, element: <Navigate to="info" replace /> },
          { path: 'info', element: <ClientInfoRoute /> },
          { path: 'terms', element: <ClientTermsRoute /> },
          { path: 'crm', element: <ClientCrmRoute /> },
          { path: 'notes', element: <ClientNotesRoute /> },
          { path: 'contacts', element: <ClientContactsRoute /> },
          { path: 'access', element: <ClientAccessRoute /> },
          { path: 'activity', element: <ClientActivityRoute /> },
        ],
      },
      {
        path: paths.admin,
        element: <AdminRoute />,
        children: [
          { index: true, element: <Navigate to="users" replace /> },
          { path: 'users', element: <AdminUsersRoute /> },
          { path: 'partners', element: <AdminPartnersRoute /> },
          { path: 'plans', element: <AdminPlansRoute /> },
          { path: 'lists', element: <AdminListsRoute /> },
          { path: 'api-tokens', element: <AdminApiTokensRoute /> },
          { path: 'outbox', element: <AdminOutboxRoute /> },
        ],
      },
      { path: paths.account, element: <AccountRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
