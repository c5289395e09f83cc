import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const EvaluationListPage = lazy(() => import('./EvaluationListPage'));
const EvaluationDetailPage = lazy(() => import('./EvaluationDetailPage'));
const MandiriTikPage = lazy(() => import('./MandiriTikPage'));

/** Screens of the monev-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const monevRoutes: RouteObject[] = [
  { path: '/evaluasi', element: <EvaluationListPage /> },
  // before '/evaluasi/:id', which would otherwise take 'mandiri-tik' as an evaluation id
  { path: '/evaluasi/mandiri-tik', element: <MandiriTikPage /> },
  { path: '/evaluasi/:id', element: <EvaluationDetailPage /> },
];
