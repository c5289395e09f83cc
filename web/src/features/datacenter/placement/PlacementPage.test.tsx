import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import { page } from '../vps/fixtures';
import PlacementPage from './PlacementPage';

vi.setConfig({ testTimeout: 30_000 });

const register = {
  opd: 'DINKES',
  placementMandatory: true,
  flagged: 1,
  vps: [{ id: 'vps-1', applicationName: 'SIKDA Generik', vcpu: 4, ramGib: 8, diskGib: 200, status: 'ACTIVE', dataCenter: 'PD-DENPASAR' }],
  colocations: [],
  outside: [
    {
      id: 'd-1',
      opd: 'DINKES',
      name: 'Server lab kesehatan',
      location: 'OPD_PREMISES',
      status: 'DECLARED',
      declaredAt: '2026-11-01T00:00:00Z',
      declaredBy: 'operator.dinkes',
      flag: { obligation: 'D2', detail: 'Penempatan di Pusat Data wajib.' },
      version: 2,
    },
  ],
};

it('shows the OPD’s register with a system outside flagged D2, and withdraws it with If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/placements', () => json(register)),
    on('POST', '/api/v1/placements/declared/d-1/withdraw', () => json({ ...register.outside[0], status: 'WITHDRAWN' })),
  );
  renderScreen(<PlacementPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText(/penempatan di Pusat Data wajib \(D2\)/)).toBeInTheDocument();
  expect(screen.getByText('1 sistem ditandai')).toBeInTheDocument();
  const outside = screen.getByRole('table', { name: 'Sistem yang dinyatakan berjalan di luar Pusat Data' });
  expect(within(outside).getByText('Ruang server OPD')).toBeInTheDocument();
  expect(within(outside).getByText('D2')).toBeInTheDocument();
  expect(within(screen.getByRole('table', { name: 'VPS OPD di Pusat Data' })).getByText('Aktif')).toBeInTheDocument();
  expect(calls[0].url.searchParams.get('opd')).toBe('DINKES');

  await userEvent.click(screen.getByRole('button', { name: 'Tarik pernyataan Server lab kesehatan' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Dipindah ke VPS');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tarik' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"2"'); // the version the row showed, not a fresh read
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/placements/declared/d-1')).toHaveLength(0);
  expect(post.body).toEqual({ reason: 'Dipindah ke VPS' });
});

it('declares a system outside the data center with exactly the DeclareForm', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/placements', () => json({ ...register, outside: [], flagged: 0, placementMandatory: false })),
    on('GET', '/api/v1/applications', () => json(page([]))),
    on('POST', '/api/v1/placements/declared', () => json({ id: 'd-2' }, 201)),
  );
  renderScreen(<PlacementPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText(/tidak wajib/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Nyatakan sistem di luar' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Sistem/ }), 'Server PACS radiologi');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Keterangan lokasi/ }), 'Ruang server RS');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'Server PACS radiologi', location: 'OPD_PREMISES', locationDetail: 'Ruang server RS' });
});

it('asks a region-wide role to choose an OPD and offers an auditor no declaration', async () => {
  mockFetch(on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))));
  renderScreen(<PlacementPage />, { caller: CALLERS.auditor });
  expect(await screen.findByText('Pilih OPD untuk melihat registernya.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Nyatakan sistem di luar' })).not.toBeInTheDocument();
});
