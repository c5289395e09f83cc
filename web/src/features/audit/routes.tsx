import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const EngagementListPage = lazy(() => import('./EngagementListPage'));
const ScheduleEngagementPage = lazy(() => import('./ScheduleEngagementPage'));
const EngagementDetailPage = lazy(() => import('./EngagementDetailPage'));
const FindingListPage = lazy(() => import('./FindingListPage'));
const AuditorListPage = lazy(() => import('./AuditorListPage'));
const CertificatePage = lazy(() => import('./CertificatePage'));
const SecurityAssessmentPage = lazy(() => import('./SecurityAssessmentPage'));

/** Screens of the audit-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const auditRoutes: RouteObject[] = [
  { path: '/audit/penugasan', element: <EngagementListPage /> },
  { path: '/audit/penugasan/baru', element: <ScheduleEngagementPage /> },
  { path: '/audit/penugasan/:id', element: <EngagementDetailPage /> },
  { path: '/audit/temuan', element: <FindingListPage /> },
  { path: '/audit/auditor', element: <AuditorListPage /> },
  { path: '/audit/sertifikat', element: <CertificatePage /> },
  { path: '/audit/penilaian-keamanan', element: <SecurityAssessmentPage /> },
];
