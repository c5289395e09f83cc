import { screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactElement } from 'react';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import CoveragePage from './coverage/CoveragePage';
import TicketDetailPage from './detail/TicketDetailPage';
import { AGENTS, clock, page, row, ticket } from './fixtures';
import KnowledgeListPage from './knowledge/KnowledgeListPage';
import NewTicketPage from './NewTicketPage';
import SlaSettingsPage from './sla/SlaSettingsPage';
import SupervisionPage from './supervision/SupervisionPage';
import TicketListPage from './TicketListPage';
import Tier2RosterPage from './tier2/Tier2RosterPage';

vi.setConfig({ testTimeout: 30_000 });

/** axe-core's rules that apply here: jsdom has no layout (no color contrast), and no Shell landmarks (region). */
async function violations() {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const ID = '6f1c2a3b-0000-4000-8000-000000000001';
const security = ticket({
  category: 'KEAMANAN',
  priority: 'KRITIS',
  tier: 'TIER2',
  status: 'ASSIGNED',
  assignee: 'tier2.dinas',
  evidenceChecklist: [{ code: 'LOGS', label: 'Salin log server', secured: false }],
  escalations: [{ from: 'TIER1', to: 'TIER2', reason: 'Insiden keamanan', automatic: false, by: 'tier1.dinkes', at: '2026-11-30T02:00:00Z' }],
  attachments: [{ fileId: 'f'.repeat(24), filename: 'log.txt', mediaType: 'text/plain', sizeBytes: 120, sha256: 'ab'.repeat(32), uploadedBy: 'tier2.dinas', uploadedAt: '2026-11-30T03:00:00Z' }],
});
const api = [
  on('GET', '/api/v1/tickets', () => json(page([row(), row({ ...security, slaState: 'BREACHED', nextDueAt: null })]))),
  on('GET', `/api/v1/tickets/${ID}`, () => json(security, 200, { ETag: '"1"' })),
  on('GET', /\/api\/v1\/tickets\/[^/]+\/sla$/, () =>
    json({ ticketId: ID, timeZone: 'Asia/Makassar', clocks: [clock()], timeline: [{ at: '2026-11-30T01:00:00Z', kind: 'START', clock: 'RESOLUTION', description: 'Mulai', rule: 'Kebijakan' }] }),
  ),
  on('GET', `/api/v1/tickets/${ID}/comments`, () => json(page([{ id: 'c1', author: 'tier2.dinas', byAgent: true, internal: true, text: 'Catatan', at: '2026-11-30T02:00:00Z' }]))),
  on('GET', `/api/v1/tickets/${ID}/history`, () => json({ intact: true, entries: [] })),
  on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
  on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
  on('POST', '/api/v1/knowledge-articles/suggestions', () => json([])),
  on('GET', '/api/v1/tickets/site-options', () => json(page([{ id: 'site-1', opdCode: 'DINKES', name: 'Puskesmas Curup', address: 'Jl. Sukowati' }]))),
  on('GET', '/api/v1/knowledge-articles', () =>
    json(page([{ id: 'a1', status: 'PUBLISHED', version: 1, versions: 1, title: 'Artikel', body: 'Isi', category: 'JARINGAN', createdBy: 'tier2.dinas', createdAt: '2026-11-01T00:00:00Z', updatedAt: '2026-11-01T00:00:00Z' }])),
  ),
  on('GET', '/api/v1/tier1-roster/coverage', () =>
    json({ tiered: true, uncoveredCount: 1, items: [{ opd: 'DISDIK', name: 'Dinas Pendidikan', technicians: 0, uncovered: true, openTicketsRoutedToTier2: 2 }] }),
  ),
  on('GET', '/api/v1/tier2-roster', () =>
    json({ agents: [{ username: 'tier2.dinas', name: 'Wayan', email: 'wayan@diskominfo.test', active: true }], updatedAt: '2026-11-30T01:00:00Z', updatedBy: 'admin.dinas' }, 200, { ETag: '"1"' }),
  ),
  on('GET', '/api/v1/tier2-roster/history', () => json({ intact: true, entries: [] })),
  on('GET', '/api/v1/sla-policies', () => json([])),
  on('GET', '/api/v1/business-calendar', () => json({ timeZone: 'Asia/Makassar', workingHours: { MONDAY: '07:30-16:00' } })),
  on('GET', '/api/v1/business-calendar/days', () => json(page([]))),
  on('GET', '/api/v1/supervision/monthly', (url) =>
    json({
      month: url.searchParams.get('month'), timeZone: 'Asia/Makassar', from: '2026-09-30T16:00:00Z', to: '2026-10-31T16:00:00Z',
      asOf: '2026-10-31T16:00:00Z', complete: true, tiered: true, opd: null,
      opds: [{ opd: 'DINKES', name: 'Dinas Kesehatan', opened: 2, openedAtTier1: 2, escalated: 1, escalationRatePercent: 50, resolved: 2, slaMet: 1, slaMetPercent: 50, backlog: 0, csatCount: 0 }],
      total: { opd: 'TOTAL', name: 'Jumlah', opened: 2, openedAtTier1: 2, escalated: 1, escalationRatePercent: 50, resolved: 2, slaMet: 1, slaMetPercent: 50, backlog: 0, csatCount: 0 },
      desks: [{ desk: 'TIER2', received: 1, resolved: 1, slaMet: 0, slaMetPercent: 0, backlog: 0, averageBusinessHoursHeld: 2 }],
    }),
  ),
];

const screens: [string, () => ReactElement, string, string][] = [
  ['ticket queue', () => <TicketListPage />, '/layanan/tiket', 'Tiket layanan'],
  ['open a ticket', () => <NewTicketPage />, '/layanan/tiket/baru', 'Buka tiket layanan'],
  ['ticket detail', () => <TicketDetailPage />, `/layanan/tiket/${ID}`, security.title],
  ['ticket SLA', () => <TicketDetailPage />, `/layanan/tiket/${ID}?tab=sla`, security.title],
  ['ticket comments', () => <TicketDetailPage />, `/layanan/tiket/${ID}?tab=komentar`, security.title],
  ['ticket attachments', () => <TicketDetailPage />, `/layanan/tiket/${ID}?tab=lampiran`, security.title],
  ['knowledge base', () => <KnowledgeListPage />, '/layanan/pengetahuan', 'Basis pengetahuan'],
  ['Tier 1 coverage', () => <CoveragePage />, '/layanan/cakupan-tier1', 'Cakupan Tier 1 per OPD'],
  ['Tier 2 roster', () => <Tier2RosterPage />, '/layanan/roster-tier2', 'Roster Tier 2'],
  ['SLA policies', () => <SlaSettingsPage />, '/layanan/sla', 'Kebijakan SLA dan kalender kerja'],
  ['supervision', () => <SupervisionPage />, '/layanan/supervisi', 'Supervisi layanan bantuan'],
];

it.each(screens)('the %s screen has one h1 and no accessibility violation axe can find', async (_name, element, route, heading) => {
  mockFetch(...api);
  renderScreen(element(), { route, path: route.includes(ID) ? '/layanan/tiket/:id' : '*', caller: route.includes('cakupan') ? CALLERS.dinas : AGENTS.tier2 });
  await screen.findByRole('heading', { level: 1, name: heading });
  // let the first requests settle (tables, tabs)
  await new Promise((r) => setTimeout(r, 300));
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(await violations()).toEqual([]);
});
