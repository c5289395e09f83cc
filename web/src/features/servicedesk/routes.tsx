import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const TicketListPage = lazy(() => import('./TicketListPage'));
const NewTicketPage = lazy(() => import('./NewTicketPage'));
const TicketDetailPage = lazy(() => import('./detail/TicketDetailPage'));
const KnowledgeListPage = lazy(() => import('./knowledge/KnowledgeListPage'));
const NewArticlePage = lazy(() => import('./knowledge/NewArticlePage'));
const ArticlePage = lazy(() => import('./knowledge/ArticlePage'));
const CoveragePage = lazy(() => import('./coverage/CoveragePage'));
const ChangeListPage = lazy(() => import('./changes/ChangeListPage'));
const ChangeDetailPage = lazy(() => import('./changes/ChangeDetailPage'));
const SlaSettingsPage = lazy(() => import('./sla/SlaSettingsPage'));
const SupervisionPage = lazy(() => import('./supervision/SupervisionPage'));
const InboxPage = lazy(() => import('./inbox/InboxPage'));
const Tier2RosterPage = lazy(() => import('./tier2/Tier2RosterPage'));

/** Screens of the servicedesk-service area, mounted inside the signed-in shell by src/routes.tsx (each screen lazy). */
export const servicedeskRoutes: RouteObject[] = [
  { path: '/layanan/tiket', element: <TicketListPage /> },
  { path: '/layanan/tiket/baru', element: <NewTicketPage /> },
  { path: '/layanan/tiket/:id', element: <TicketDetailPage /> },
  { path: '/layanan/pengetahuan', element: <KnowledgeListPage /> },
  { path: '/layanan/pengetahuan/baru', element: <NewArticlePage /> },
  { path: '/layanan/pengetahuan/:id', element: <ArticlePage /> },
  { path: '/layanan/cakupan-tier1', element: <CoveragePage /> },
  { path: '/layanan/perubahan', element: <ChangeListPage /> },
  { path: '/layanan/perubahan/:id', element: <ChangeDetailPage /> },
  { path: '/layanan/sla', element: <SlaSettingsPage /> },
  { path: '/layanan/supervisi', element: <SupervisionPage /> },
  { path: '/layanan/kotak-masuk', element: <InboxPage /> },
  { path: '/layanan/roster-tier2', element: <Tier2RosterPage /> },
];
