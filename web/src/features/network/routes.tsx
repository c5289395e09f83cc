import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const LanOverviewPage = lazy(() => import('./lan/LanOverviewPage'));
const EndOfLifePage = lazy(() => import('./lan/EndOfLifePage'));
const LanDetailPage = lazy(() => import('./lan/LanDetailPage'));
const LanDiagramsPage = lazy(() => import('./diagrams/LanDiagramsPage'));
const LanDiagramTaskPage = lazy(() => import('./diagrams/LanDiagramTaskPage'));
const LanChangesPage = lazy(() => import('./changes/LanChangesPage'));
const LanChangeReportPage = lazy(() => import('./changes/LanChangeReportPage'));
const LanChangeDetailPage = lazy(() => import('./changes/LanChangeDetailPage'));
const WanPage = lazy(() => import('./wan/WanPage'));
const InspectionsPage = lazy(() => import('./inspections/InspectionsPage'));
const InspectionDetailPage = lazy(() => import('./inspections/InspectionDetailPage'));
const NetworkReviewPage = lazy(() => import('./review/NetworkReviewPage'));

/** Screens of the network-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const networkRoutes: RouteObject[] = [
  { path: '/jaringan/lan', element: <LanOverviewPage /> },
  { path: '/jaringan/lan/akhir-dukungan', element: <EndOfLifePage /> },
  { path: '/jaringan/lan/:opd', element: <LanDetailPage /> },
  { path: '/jaringan/diagram-tahunan', element: <LanDiagramsPage /> },
  { path: '/jaringan/diagram-tahunan/:id', element: <LanDiagramTaskPage /> },
  { path: '/jaringan/perubahan', element: <LanChangesPage /> },
  { path: '/jaringan/perubahan/baru', element: <LanChangeReportPage /> },
  { path: '/jaringan/perubahan/:id', element: <LanChangeDetailPage /> },
  { path: '/jaringan/wan', element: <WanPage /> },
  { path: '/jaringan/inspeksi', element: <InspectionsPage /> },
  { path: '/jaringan/inspeksi/:id', element: <InspectionDetailPage /> },
  { path: '/jaringan/tinjauan-tahunan', element: <NetworkReviewPage /> },
];
