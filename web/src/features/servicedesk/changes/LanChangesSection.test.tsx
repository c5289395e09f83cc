import { configure, screen, within } from '@testing-library/react';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import ChangeDetailPage from './ChangeDetailPage';

vi.setConfig({ testTimeout: 30_000 });
configure({ asyncUtilTimeout: 5_000 });

const change = {
  id: 'c0ffee00-0000-4000-8000-000000000001',
  title: 'Ganti switch lantai 2',
  description: 'Switch lama rusak.',
  requesterOpd: 'DINKES',
  requester: 'operator.dinkes',
  priority: 'SEDANG',
  stage: 'DEVELOPMENT',
  tier: 'TIER1',
  assignee: 'tier1.dinkes',
  openedAt: '2026-11-20T01:00:00Z',
  updatedAt: '2026-11-25T01:00:00Z',
  approverRole: 'DINAS_ADMIN',
  nextSteps: ['IMPLEMENTATION_STARTED'],
  steps: [],
};
const path = `/api/v1/changes/${change.id}`;
const citation = {
  reportId: 'r-42',
  opd: 'DINKES',
  what: 'Switch lantai 2 diganti',
  performedOn: '2026-11-26',
  fromRevision: 2,
  toRevision: 4,
  reportedBy: 'admin.dinas',
  reportedAt: '2026-11-26T03:00:00Z',
  status: 'ACKNOWLEDGED',
  acknowledgedBy: 'admin.dinas',
  acknowledgedAt: '2026-11-27T03:00:00Z',
};
const pageOf = (items: object[]) => ({ items, page: 0, size: 10, totalItems: items.length, totalPages: items.length ? 1 : 0 });

it('S6/N7: the change lists the LAN change reports citing it, each linked to /jaringan/perubahan/:id', async () => {
  const calls = mockFetch(
    on('GET', path, () => json(change, 200, { ETag: '"5"' })),
    on('GET', `${path}/lan-changes`, () => json(pageOf([citation]))),
  );
  renderScreen(<ChangeDetailPage />, { caller: CALLERS.dinkes, route: `/layanan/perubahan/${change.id}`, path: '/layanan/perubahan/:id' });
  const table = await screen.findByRole('table', { name: /Laporan perubahan LAN \(N7\)/ });
  const link = within(table).getByRole('link', { name: 'Switch lantai 2 diganti' });
  expect(link).toHaveAttribute('href', '/jaringan/perubahan/r-42');
  const row = link.closest('tr')!;
  expect(within(row).getByText('revisi 2–4')).toBeInTheDocument();
  expect(within(row).getByText('Diterima Dinas')).toBeInTheDocument();
  const listCall = calls.find((c) => c.url.pathname === `${path}/lan-changes`)!;
  expect(listCall.url.searchParams.get('size')).toBe('10');
});

it('S6/N7: says when no report cites the change, and shows a problem when the list fails', async () => {
  mockFetch(on('GET', path, () => json(change)), on('GET', `${path}/lan-changes`, () => json(pageOf([]))));
  const empty = renderScreen(<ChangeDetailPage />, { caller: CALLERS.dinkes, route: `/layanan/perubahan/${change.id}`, path: '/layanan/perubahan/:id' });
  expect(await screen.findByText('Belum ada laporan perubahan LAN yang mengutip perubahan ini.')).toBeInTheDocument();
  empty.unmount();

  mockFetch(on('GET', path, () => json(change)), on('GET', `${path}/lan-changes`, () => problem(503, { title: 'Layanan tidak tersedia' })));
  renderScreen(<ChangeDetailPage />, { caller: CALLERS.dinkes, route: `/layanan/perubahan/${change.id}`, path: '/layanan/perubahan/:id' });
  expect(await screen.findByRole('heading', { level: 1, name: 'Ganti switch lantai 2' })).toBeInTheDocument();
  expect(await screen.findByRole('alert')).toBeInTheDocument();
});
