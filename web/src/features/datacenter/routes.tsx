import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const VpsListPage = lazy(() => import('./vps/VpsListPage'));
const VpsRequestPage = lazy(() => import('./vps/VpsRequestPage'));
const VpsDetailPage = lazy(() => import('./vps/VpsDetailPage'));
const DataCenterListPage = lazy(() => import('./sites/DataCenterListPage'));
const DataCenterDetailPage = lazy(() => import('./sites/DataCenterDetailPage'));
const UptimePage = lazy(() => import('./uptime/UptimePage'));
const BackupPage = lazy(() => import('./backup/BackupPage'));
const RacksPage = lazy(() => import('./racks/RacksPage'));
const PlacementPage = lazy(() => import('./placement/PlacementPage'));
const UsageReviewPage = lazy(() => import('./review/UsageReviewPage'));
const ConsentsPage = lazy(() => import('./custody/ConsentsPage'));
const DatasetsPage = lazy(() => import('./custody/DatasetsPage'));
const OsImagesPage = lazy(() => import('./osimages/OsImagesPage'));

/** Screens of the datacenter-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const datacenterRoutes: RouteObject[] = [
  { path: '/pusat-data/vps', element: <VpsListPage /> },
  { path: '/pusat-data/vps/baru', element: <VpsRequestPage /> },
  { path: '/pusat-data/vps/:id', element: <VpsDetailPage /> },
  { path: '/pusat-data/lokasi', element: <DataCenterListPage /> },
  { path: '/pusat-data/lokasi/:code', element: <DataCenterDetailPage /> },
  { path: '/pusat-data/pemantauan', element: <UptimePage /> },
  { path: '/pusat-data/cadangan', element: <BackupPage /> },
  { path: '/pusat-data/rak', element: <RacksPage /> },
  { path: '/pusat-data/penempatan', element: <PlacementPage /> },
  { path: '/pusat-data/tinjauan-tahunan', element: <UsageReviewPage /> },
  { path: '/pusat-data/persetujuan', element: <ConsentsPage /> },
  { path: '/pusat-data/dataset', element: <DatasetsPage /> },
  { path: '/pusat-data/katalog-os', element: <OsImagesPage /> },
];
