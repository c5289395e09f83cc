import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { AuthCallback } from './auth/AuthCallback';
import { Shell } from './layout/Shell';
import { PublicLayout } from './layout/PublicLayout';
import { NotFoundPage } from './ui/NotFoundPage';
import { auditRoutes } from './features/audit/routes';
import { datacenterRoutes } from './features/datacenter/routes';
import { monevRoutes } from './features/monev/routes';
import { networkRoutes } from './features/network/routes';
import { servicedeskRoutes } from './features/servicedesk/routes';

// Every screen is its own chunk: the first screen loads only the shell and what it shows.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage'));
const OpdDirectoryPage = lazy(() => import('./features/opds/OpdDirectoryPage'));
const OpdDetailPage = lazy(() => import('./features/opds/OpdDetailPage'));
const ApplicationListPage = lazy(() => import('./features/applications/ApplicationListPage'));
const RegisterApplicationPage = lazy(() => import('./features/applications/RegisterApplicationPage'));
const ApplicationDetailPage = lazy(() => import('./features/applications/ApplicationDetailPage'));
const ImportPage = lazy(() => import('./features/imports/ImportPage'));
const SubdomainsPage = lazy(() => import('./features/subdomains/SubdomainsPage'));
const AuditPlanPage = lazy(() => import('./features/audit/AuditPlanPage'));
const PassportPage = lazy(() => import('./features/passport/PassportPage'));
const PublicCataloguePage = lazy(() => import('./features/catalogue/PublicCataloguePage'));
const PublicApplicationPage = lazy(() => import('./features/catalogue/PublicApplicationPage'));

export const routes: RouteObject[] = [
  { path: '/auth/callback', element: <AuthCallback /> },
  {
    // Public: no sign-in (the catalogue of active applications, G-obligations on openness).
    element: <PublicLayout />,
    children: [
      { path: '/katalog', element: <PublicCataloguePage /> },
      { path: '/katalog/:id', element: <PublicApplicationPage /> },
    ],
  },
  {
    element: (
      <RequireAuth>
        <Shell />
      </RequireAuth>
    ),
    children: [
      { path: '/', element: <DashboardPage /> },
      { path: '/opd', element: <OpdDirectoryPage /> },
      { path: '/opd/:code', element: <OpdDetailPage /> },
      { path: '/aplikasi', element: <ApplicationListPage /> },
      { path: '/aplikasi/baru', element: <RegisterApplicationPage /> },
      { path: '/aplikasi/impor', element: <ImportPage /> },
      { path: '/aplikasi/:id', element: <ApplicationDetailPage /> },
      { path: '/aplikasi/:id/paspor', element: <PassportPage /> },
      { path: '/subdomain', element: <SubdomainsPage /> },
      { path: '/audit/rencana', element: <AuditPlanPage /> },
      // Each domain service's screens live in its feature folder.
      ...servicedeskRoutes,
      ...datacenterRoutes,
      ...networkRoutes,
      ...auditRoutes,
      ...monevRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
