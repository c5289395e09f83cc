import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../testData';
import LanDiagramsPage from './LanDiagramsPage';
import { isOverdue } from './taskStatus';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const year = new Date().getFullYear();
export function task(opd: string, status: string, overdue = false, extra: object = {}) {
  return { id: `${year}-${opd}`, year, opd, dueDate: `${year}-11-30`, status, overdue, submissions: [], version: 1, ...extra };
}

it('lists the OPD tasks of the year with status and flags the overdue ones in words (N6)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lan-diagrams/campaigns', () => json(page([{ year, dueDate: `${year}-11-30`, tasks: 2, openedBy: 'admin.dinas', openedAt: `${year}-02-01T01:00:00Z` }]))),
    on('GET', '/api/v1/lan-diagrams/tasks', () => json(page([task('DINKES', 'SUBMITTED'), task('DISDIK', 'OPEN', true)]))),
  );
  renderScreen(<LanDiagramsPage />, { caller: CALLERS.auditor });
  const table = await screen.findByRole('table', { name: `Tugas diagram LAN tahun ${year}` });
  const disdik = within(table).getByRole('link', { name: 'DISDIK' }).closest('tr')!;
  expect(within(disdik).getByText('Terbuka')).toBeInTheDocument();
  expect(within(disdik).getByText('Terlambat')).toBeInTheDocument();
  const dinkes = within(table).getByRole('link', { name: 'DINKES' }).closest('tr')!;
  expect(within(dinkes).getByText('Diserahkan')).toBeInTheDocument();
  expect(within(dinkes).queryByText('Terlambat')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Buka kampanye' })).not.toBeInTheDocument();
  const query = calls.find((c) => c.url.pathname === '/api/v1/lan-diagrams/tasks')!.url.searchParams;
  expect(query.get('year')).toBe(String(year));
});

it('lets Dinas open a campaign, sending year and due date, and shows why a region without yearly diagrams refuses (422 N6)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lan-diagrams/campaigns', () => json(page([]))),
    on('GET', '/api/v1/lan-diagrams/tasks', () => json(page([]))),
    on('POST', '/api/v1/lan-diagrams/campaigns', () => problem(422, { obligation: 'N6', detail: 'Profil daerah ini tidak mewajibkan diagram LAN tahunan.' })),
  );
  renderScreen(<LanDiagramsPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText('Belum ada kampanye.')).toBeInTheDocument();
  const form = screen.getByRole('heading', { name: 'Buka kampanye' }).closest('section')!;
  await userEvent.click(within(form).getByRole('button', { name: 'Buka kampanye' }));
  expect(within(form).getByText('Wajib diisi')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  fireEvent.change(within(form).getByLabelText(/Batas waktu/), { target: { value: `${year}-12-15` } });
  await userEvent.click(within(form).getByRole('button', { name: 'Buka kampanye' }));
  expect(await within(form).findByText('Profil daerah ini tidak mewajibkan diagram LAN tahunan.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ year, dueDate: `${year}-12-15` });
});

it('flags a task past its due date before the overdue job has run, and not one already accepted', () => {
  expect(isOverdue(task('DISDIK', 'OPEN', false, { dueDate: '2026-01-31' }) as never, '2026-02-01')).toBe(true);
  expect(isOverdue(task('DISDIK', 'RETURNED', true) as never, '2026-02-01')).toBe(true);
  expect(isOverdue(task('DINKES', 'ACCEPTED', true, { dueDate: '2026-01-31' }) as never, '2026-02-01')).toBe(false);
  expect(isOverdue(task('DINKES', 'OPEN', false, { dueDate: '2026-02-01' }) as never, '2026-02-01')).toBe(false);
});
