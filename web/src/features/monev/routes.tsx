import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const EvaluationListPage = lazy(() => import('./EvaluationListPage'));
const EvaluationDetailPage = lazy(() => import('./EvaluationDetailPage'));
const MandiriTikPage = lazy(() => import('./MandiriTikPage'));
const FrameworksPage = lazy(() => import('./FrameworksPage'));
const PlanningPage = lazy(() => import('./PlanningPage'));
const CompetencyPage = lazy(() => import('./CompetencyPage'));
const CompliancePage = lazy(() => import('./CompliancePage'));

/** Screens of the monev-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const monevRoutes: RouteObject[] = [
  { path: '/evaluasi', element: <EvaluationListPage /> },
  // the fixed paths rank above '/evaluasi/:id' (react-router prefers static segments), listed first for the reader
  { path: '/evaluasi/mandiri-tik', element: <MandiriTikPage /> },
  { path: '/evaluasi/kerangka', element: <FrameworksPage /> },
  { path: '/evaluasi/perencanaan', element: <PlanningPage /> },
  { path: '/evaluasi/kompetensi', element: <CompetencyPage /> },
  { path: '/evaluasi/kepatuhan', element: <CompliancePage /> },
  { path: '/evaluasi/:id', element: <EvaluationDetailPage /> },
];
