import { lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
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
const ClientsRoute = lazy(() => import('./routes/clients-route'));
const ClientFileRoute = lazy(() => import('./routes/client-file-route'));
const ClientInfoRoute = lazy(() => import('./routes/client-info-route'));
const ClientTermsRoute = lazy(() => import('./routes/client-terms-route'));
const ClientCrmRoute = lazy(() => import('./routes/client-crm-route'));
const ClientNotesRoute = lazy(() => import('./routes/client-notes-route'));
const ClientContactsRoute = lazy(() => import('./routes/client-contacts-route'));
const ClientActivityRoute = lazy(() => import('./routes/client-activity-route'));
const NotFoundRoute = lazy(() => import('./routes/not-found-route'));

export const router = createBrowserRouter([
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: paths.signIn, element: <SignInRoute /> },
      { path: paths.signOut, element: <SignOutRoute /> },
      { path: paths.forgotPassword, element: <ForgotPasswordRoute /> },
      { path: paths.resetPassword, element: <ResetPasswordRoute /> },
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
          { path: 'activity', element: <ClientActivityRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
