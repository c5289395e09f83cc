import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { lanFixture, page } from '../testData';
import InspectionDetailPage from './InspectionDetailPage';
import InspectionsPage from './InspectionsPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const inspection = {
  id: 'i1',
  opd: 'DINKES',
  inspectedOn: '2026-03-10',
  summary: 'Pemeriksaan ruang server dan Wi-Fi tamu',
  lanRevision: 14,
  inspector: 'admin.dinas',
  recordedAt: '2026-03-10T04:00:00Z',
  openFindings: true,
  findings: [
    { id: 'f1', title: 'Firmware AP usang', severity: 'HIGH', dueDate: '2026-04-10', status: 'OPEN', openedBy: 'admin.dinas', openedAt: '2026-03-10T04:00:00Z' },
  ],
  version: 4,
};

it('lists inspections with their open findings, and records one for Dinas (N5)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/inspections', () => json(page([inspection]))),
    on('GET', '/api/v1/lans', () => json(page([{ opd: 'DINKES', opdName: 'Dinas Kesehatan' }]))),
    on('POST', '/api/v1/inspections', () => problem(422, { obligation: 'N5', detail: 'Tanggal inspeksi tidak boleh sesudah hari ini.' })),
  );
  renderScreen(<InspectionsPage />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Inspeksi LAN' });
  expect(within(table).getByText('1 terbuka dari 1')).toBeInTheDocument();
  const form = screen.getByRole('heading', { name: 'Catat inspeksi' }).closest('section')!;
  await screen.findByRole('option', { name: 'DINKES · Dinas Kesehatan' });
  await userEvent.selectOptions(within(form).getByRole('combobox', { name: /OPD/ }), 'DINKES');
  fireEvent.change(within(form).getByRole('textbox', { name: /Ringkasan/ }), { target: { value: 'Cek ruang server' } });
  await userEvent.click(within(form).getByRole('button', { name: 'Catat inspeksi' }));
  expect(await within(form).findByText('Tanggal inspeksi tidak boleh sesudah hari ini.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ opd: 'DINKES', summary: 'Cek ruang server' });
});

it('lets Dinas resolve an open finding with If-Match, and shows the operator no step', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/inspections/i1', () => json(inspection)),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', '/api/v1/inspections/i1/findings/f1/resolve', () => json(inspection)),
  );
  const { unmount } = renderScreen(<InspectionDetailPage />, { route: '/jaringan/inspeksi/i1', path: '/jaringan/inspeksi/:id', caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Selesaikan: Firmware AP usang' }));
  const dialog = await screen.findByRole('dialog', { name: 'Selesaikan temuan' }, { timeout: 5000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Penyelesaian/ }), { target: { value: 'Firmware diperbarui' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Selesaikan' }));
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ resolution: 'Firmware diperbarui' });
  expect(post.headers.get('If-Match')).toBe('"4"');
  unmount();

  mockFetch(on('GET', '/api/v1/inspections/i1', () => json(inspection)));
  renderScreen(<InspectionDetailPage />, { route: '/jaringan/inspeksi/i1', path: '/jaringan/inspeksi/:id', caller: CALLERS.dinkes });
  expect(await screen.findByText('Firmware AP usang')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Selesaikan/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tambah temuan' })).not.toBeInTheDocument();
});

it('shows the inspection history with its chain verdict only when asked (SEC1)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/inspections/i1', () => json(inspection)),
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('GET', '/api/v1/inspections/i1/history', () =>
      json({ intact: true, entries: [{ sequence: 1, action: 'InspectionRecorded', actor: 'admin.dinas', at: '2026-03-10T04:00:00Z', data: '{}', hash: 'h1', previousHash: '0' }] }),
    ),
  );
  renderScreen(<InspectionDetailPage />, { route: '/jaringan/inspeksi/i1', path: '/jaringan/inspeksi/:id', caller: CALLERS.dinkes });
  const show = await screen.findByRole('button', { name: 'Tampilkan riwayat' });
  expect(calls.some((c) => c.url.pathname.endsWith('/history'))).toBe(false);
  await userEvent.click(show);
  expect(await screen.findByText(/InspectionRecorded/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Sembunyikan riwayat' })).toHaveAttribute('aria-expanded', 'true');
});

it('N5: downloads the inspections and their findings as CSV with the open-findings filter of the list', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  click.mockClear();
  const calls = mockFetch(
    on('GET', '/api/v1/inspections', () => json(page([inspection]))),
    on('GET', '/api/v1/inspections/export.csv', () => new Response('inspectionId,opd\r\n', { headers: { 'Content-Type': 'text/csv' } })),
  );
  renderScreen(<InspectionsPage />, { caller: CALLERS.dinkes });
  await screen.findByRole('table', { name: 'Inspeksi LAN' });
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV inspeksi dan temuan' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(1));
  expect(calls.find((c) => c.url.pathname === '/api/v1/inspections/export.csv')!.url.search).toBe('');
  await userEvent.click(screen.getByRole('checkbox', { name: /temuannya masih terbuka/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV inspeksi dan temuan' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalledTimes(2));
  const csv = calls.filter((c) => c.url.pathname === '/api/v1/inspections/export.csv')[1];
  expect(csv.url.searchParams.get('openFindings')).toBe('true');
  expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
  // an operator reads, but records no inspection
  expect(screen.queryByRole('heading', { name: 'Catat inspeksi' })).not.toBeInTheDocument();
});
