import { lazy } from 'react';
import { Navigate, createBrowserRouter } from 'react-router';
import { paths } from '@/config/paths';
import { AppShell } from './layout/app-shell';
import { RouteError } from './layout/route-error';

// Each screen is its own chunk: the first paint does not wait for the data grid or the forms.
const ClientsRoute = lazy(() => import('./routes/clients-route'));
const ClientRoute = lazy(() => import('./routes/client-route'));
const NotFoundRoute = lazy(() => import('./routes/not-found-route'));

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to={paths.clients} replace /> },
      { path: paths.clients, element: <ClientsRoute /> },
      { path: paths.client, element: <ClientRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);
