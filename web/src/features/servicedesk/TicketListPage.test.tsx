import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { AGENTS, page, row } from './fixtures';
import TicketListPage from './TicketListPage';

vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 5_000 });
const user = userEvent.setup({ delay: null });

const breached = row({
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  title: 'Jaringan Puskesmas II putus',
  priority: 'KRITIS',
  routingReason: 'S2: DINKES belum punya Tier 1',
  slaState: 'BREACHED',
  nextDueAt: '2026-11-30T05:00:00Z',
});
const onTrack = row({ id: 'bbbbbbbb-0000-4000-8000-000000000002', title: 'Akun SIMPEG terkunci', priority: 'RENDAH', status: 'ASSIGNED', assignee: 'tier1.dinkes' });
const waiting = row({ id: 'cccccccc-0000-4000-8000-000000000003', title: 'Printer ruang TU macet', priority: 'SEDANG', status: 'WAITING_FOR_REQUESTER', slaState: 'PAUSED', nextDueAt: null });
const opds = on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }])));

it('shows each row with the SLA state and due time the list carries, without a request per row, the S2 routing in words, and pages the queue', async () => {
  const calls = mockFetch(on('GET', '/api/v1/tickets', () => json({ ...page([breached, onTrack, waiting]), totalItems: 45, totalPages: 3 })));
  renderScreen(<TicketListPage />, { caller: CALLERS.dinkes, route: '/layanan/tiket' });

  const table = await screen.findByRole('table', { name: 'Daftar tiket layanan' });
  const first = within(table).getByRole('link', { name: 'Jaringan Puskesmas II putus' }).closest('tr')!;
  expect(await within(first).findByText('SLA terlampaui')).toBeInTheDocument();
  expect(within(first).getByText('Dialihkan ke Tier 2 (S2)')).toBeInTheDocument();
  expect(within(first).getByText('Kritis')).toBeInTheDocument();
  const second = within(table).getByRole('link', { name: 'Akun SIMPEG terkunci' }).closest('tr')!;
  expect(await within(second).findByText('Sesuai jadwal')).toBeInTheDocument();
  expect(within(second).getByText(/^Batas /)).toBeInTheDocument();
  const third = within(table).getByRole('link', { name: 'Printer ruang TU macet' }).closest('tr')!;
  expect(within(third).getByText('SLA dijeda')).toBeInTheDocument();
  expect(within(third).queryByText(/^Batas /)).not.toBeInTheDocument(); // no clock runs while paused
  // the rows came with the list: no SLA request per row (calls records every request, answered or not)
  expect(calls.filter((c) => c.url.pathname.endsWith('/sla'))).toEqual([]);

  const list = calls.find((c) => c.url.pathname === '/api/v1/tickets')!;
  expect(list.url.searchParams.get('open')).toBe('true');
  expect(list.url.searchParams.getAll('sort')).toEqual(['priorityRank,asc', 'openedAt,asc']);
  expect(list.url.searchParams.has('queue')).toBe(false); // an operator's list is its OPD's, whatever the queue
  expect(screen.queryByRole('combobox', { name: 'OPD' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Halaman 2' }));
  expect(calls.filter((c) => c.url.pathname === '/api/v1/tickets').at(-1)!.url.searchParams.get('page')).toBe('1');
});

it("starts a Tier 1 agent at its OPD's Tier 1 queue and sends the filters it picks", async () => {
  const calls = mockFetch(on('GET', '/api/v1/tickets', () => json(page([]))));
  renderScreen(<TicketListPage />, { caller: AGENTS.tier1Dinkes, route: '/layanan/tiket' });
  expect(await screen.findByText('Tidak ada tiket yang belum selesai.')).toBeInTheDocument();
  const lists = () => calls.filter((c) => c.url.pathname === '/api/v1/tickets');
  expect(lists()[0].url.searchParams.get('queue')).toBe('TIER1');

  await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis' }), 'KELUHAN');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Prioritas' }), 'KRITIS');
  await user.click(screen.getByRole('checkbox', { name: 'Hanya yang saya tangani' }));
  const last = lists().at(-1)!.url.searchParams;
  expect(last.get('type')).toBe('KELUHAN');
  expect(last.get('priority')).toBe('KRITIS');
  expect(last.get('assignee')).toBe('tier1.dinkes');
  expect(last.get('queue')).toBe('TIER1');

  await user.selectOptions(screen.getByRole('combobox', { name: 'Antrean' }), 'ALL');
  expect(lists().at(-1)!.url.searchParams.has('queue')).toBe(false);
});

it('lets Dinas filter by OPD and shows a refused list as a problem', async () => {
  const calls = mockFetch(
    opds,
    on('GET', '/api/v1/tickets', (url) => (url.searchParams.get('opd') === 'DINKES' ? problem(403, { detail: 'tidak boleh' }) : json(page([])))),
  );
  renderScreen(<TicketListPage />, { caller: CALLERS.dinas, route: '/layanan/tiket' });
  await screen.findByText('Tidak ada tiket yang belum selesai.');
  await user.selectOptions(screen.getByRole('combobox', { name: 'OPD' }), await screen.findByRole('option', { name: 'DINKES — Dinas Kesehatan' }));
  expect(calls.filter((c) => c.url.pathname === '/api/v1/tickets').at(-1)!.url.searchParams.get('opd')).toBe('DINKES');
  expect(await screen.findByRole('alert')).toHaveTextContent('tidak boleh');
});

it('downloads the list as CSV with the filters on screen, without paging', async () => {
  const createObjectURL = vi.fn(() => 'blob:tickets');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const save = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {}); // jsdom cannot navigate
  const calls = mockFetch(
    opds,
    on('GET', '/api/v1/tickets', () => json(page([breached]))),
    on('GET', '/api/v1/tickets/export.csv', () =>
      new Response('nomor,id\r\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="tiket-layanan.csv"' } }),
    ),
  );
  renderScreen(<TicketListPage />, { caller: CALLERS.dinas, route: '/layanan/tiket?type=GANGGUAN&page=2' });
  await screen.findByRole('table', { name: 'Daftar tiket layanan' });
  await user.click(screen.getByRole('button', { name: 'Unduh CSV' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
  const csv = calls.find((c) => c.url.pathname === '/api/v1/tickets/export.csv')!;
  expect(csv.url.searchParams.get('type')).toBe('GANGGUAN');
  expect(csv.url.searchParams.get('open')).toBe('true');
  expect(csv.url.searchParams.getAll('sort')).toEqual(['priorityRank,asc', 'openedAt,asc']);
  expect(csv.url.searchParams.has('page')).toBe(false);
  expect(csv.url.searchParams.has('size')).toBe(false);
  expect(save).toHaveBeenCalledTimes(1);
  save.mockRestore();
});
