import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../testData';
import LanChangeDetailPage from './LanChangeDetailPage';
import LanChangeReportPage from './LanChangeReportPage';
import LanChangesPage from './LanChangesPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const diff = {
  fromRevision: 11,
  toRevision: 14,
  added: 1,
  removed: 0,
  changed: 1,
  entries: [
    { part: 'DEVICE', kind: 'ADDED', key: 'd9', label: 'ap-lantai-2', fields: [] },
    { part: 'INTERFACE', kind: 'CHANGED', key: 'd1/Gi1/0/9', label: 'core-sw-01 Gi1/0/9', fields: ['untaggedVlan'] },
  ],
};
function report(status: string, extra: object = {}) {
  return {
    id: 'r1',
    opd: 'DINKES',
    what: 'Access point lantai 2 dipasang',
    why: 'Ruang rapat baru',
    performedOn: '2026-03-02',
    ticketReference: 'PERUBAHAN-2026-0007',
    steward: 'DINAS',
    status,
    reportedBy: 'admin.dinas',
    reportedAt: '2026-03-02T05:00:00Z',
    diff,
    version: 2,
    ...extra,
  };
}

it('lists change reports newest first with the computed differences (N7)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans', () => json(page([]))),
    on('GET', '/api/v1/lan-changes', () => json(page([report('REPORTED')]))),
  );
  renderScreen(<LanChangesPage />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Laporan perubahan LAN' });
  const row = within(table).getByRole('link', { name: 'Access point lantai 2 dipasang' }).closest('tr')!;
  expect(within(row).getByText('1 ditambah, 0 dihapus, 1 diubah')).toBeInTheDocument();
  expect(within(row).getByText('11 → 14')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Laporkan perubahan' })).toHaveAttribute('href', '/jaringan/perubahan/baru');
  expect(calls.find((c) => c.url.pathname === '/api/v1/lan-changes')!.url.searchParams.get('sort')).toBe('reportedAt,desc');
});

it("sends the operator's report for its own OPD, leaving the revision range to the service, and shows field errors", async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lan-changes/uncovered', () =>
      json(page([{ opd: 'DISDIK', revision: 5, change: 'DEVICE_ADDED', summary: 'ap-perpus ditambah', actor: 'operator.disdik', at: '2026-03-01T01:00:00Z' }])),
    ),
    on('POST', '/api/v1/lan-changes', () => problem(400, { errors: [{ field: 'performedOn', message: 'Tanggal tidak boleh di masa depan.' }] })),
  );
  renderScreen(<LanChangeReportPage />, { caller: CALLERS.disdik });
  expect(await screen.findByRole('heading', { level: 1, name: 'Laporkan Perubahan LAN' })).toBeInTheDocument();
  expect(await screen.findByText('ap-perpus ditambah')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Kirim laporan' }));
  expect(screen.getAllByText('Wajib diisi')).toHaveLength(2);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  fireEvent.change(screen.getByRole('textbox', { name: /Apa yang diubah/ }), { target: { value: 'AP perpus' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Alasan perubahan/ }), { target: { value: 'Wi-Fi' } });
  fireEvent.change(screen.getByRole('textbox', { name: /Nomor tiket/ }), { target: { value: 'P-1' } });
  await userEvent.click(screen.getByRole('button', { name: 'Kirim laporan' }));
  expect(await screen.findByText('Tanggal tidak boleh di masa depan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toMatchObject({ opd: 'DISDIK', what: 'AP perpus', why: 'Wi-Fi', ticketReference: 'P-1' });
  expect(post.body).not.toHaveProperty('fromRevision');
  expect(post.body).not.toHaveProperty('toRevision');
});

it('lets Dinas acknowledge a reported change with a note and If-Match, and shows the diff', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lan-changes/r1', () => json(report('REPORTED'))),
    on('POST', '/api/v1/lan-changes/r1/acknowledge', () => json(report('ACKNOWLEDGED'))),
  );
  renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Perbedaan inventaris' });
  expect(within(table).getByText('untaggedVlan')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Terima laporan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Terima laporan perubahan' }, { timeout: 5000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Catatan' }), { target: { value: 'Sesuai tiket' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Terima laporan' }));
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ note: 'Sesuai tiket' });
  expect(post.headers.get('If-Match')).toBe('"2"');
});

it('offers no acknowledgement to the operator, nor once acknowledged', async () => {
  mockFetch(on('GET', '/api/v1/lan-changes/r1', () => json(report('REPORTED'))));
  const { unmount } = renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Perbedaan inventaris' });
  expect(screen.queryByRole('button', { name: 'Terima laporan' })).not.toBeInTheDocument();
  unmount();

  mockFetch(on('GET', '/api/v1/lan-changes/r1', () => json(report('ACKNOWLEDGED', { acknowledgedBy: 'admin.dinas', acknowledgedAt: '2026-03-03T01:00:00Z' }))));
  renderScreen(<LanChangeDetailPage />, { route: '/jaringan/perubahan/r1', path: '/jaringan/perubahan/:id', caller: CALLERS.dinas });
  expect(await screen.findByText('Diterima Dinas')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Terima laporan' })).not.toBeInTheDocument();
});

it('N7: downloads the change reports as CSV with the OPD and status filters of the list', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    on('GET', '/api/v1/lans', () => json(page([{ opd: 'DINKES', opdName: 'Dinas Kesehatan' }]))),
    on('GET', '/api/v1/lan-changes', () => json(page([report('ACKNOWLEDGED')]))),
    on('GET', '/api/v1/lan-changes/export.csv', () => new Response('id,opd\r\n', { headers: { 'Content-Type': 'text/csv' } })),
  );
  renderScreen(<LanChangesPage />, { caller: CALLERS.auditor });
  await screen.findByRole('option', { name: 'DINKES · Dinas Kesehatan' });
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /OPD/ }), 'DINKES');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /Status/ }), 'ACKNOWLEDGED');
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV laporan perubahan' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  const csv = calls.find((c) => c.url.pathname === '/api/v1/lan-changes/export.csv')!;
  expect(csv.url.searchParams.get('opd')).toBe('DINKES');
  expect(csv.url.searchParams.get('status')).toBe('ACKNOWLEDGED');
  expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
});

it('N7: shows a refused CSV download as a problem', async () => {
  mockFetch(
    on('GET', '/api/v1/lan-changes', () => json(page([report('REPORTED')]))),
    on('GET', '/api/v1/lan-changes/export.csv', () => problem(403, { detail: 'Bukan OPD Anda.' })),
  );
  renderScreen(<LanChangesPage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV laporan perubahan' }));
  expect(await screen.findByText('Bukan OPD Anda.')).toBeInTheDocument();
});
