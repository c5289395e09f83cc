import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { site } from '../sites/fixtures';
import { page } from '../vps/fixtures';
import { blocksOf } from './elevation';
import RacksPage from './RacksPage';

vi.setConfig({ testTimeout: 30_000 });

const rack = { id: 'r-1', dataCenter: 'PD-UTAMA', name: 'R01', heightU: 6, maxPowerKw: 5, reservedUnits: 2, reservedPowerKw: 1.5, registeredAt: '2026-11-01T00:00:00Z', version: 5 };
const units = [
  { u: 6 },
  { u: 5, reservationId: 'c-1', opd: 'RSUD-WANGAYA', purpose: 'Server SIMRS' },
  { u: 4, reservationId: 'c-1', opd: 'RSUD-WANGAYA', purpose: 'Server SIMRS' },
  { u: 3 },
  { u: 2 },
  { u: 1 },
];

it('groups the elevation into reservations and free runs, top unit first (D3)', () => {
  expect(blocksOf(units)).toEqual([
    { top: 6, bottom: 6, reservationId: undefined, opd: undefined, purpose: undefined },
    { top: 5, bottom: 4, reservationId: 'c-1', opd: 'RSUD-WANGAYA', purpose: 'Server SIMRS' },
    { top: 3, bottom: 1, reservationId: undefined, opd: undefined, purpose: undefined },
  ]);
});

const base = [
  on('GET', '/api/v1/data-centers', () => json(page([site()]))),
  on('GET', '/api/v1/racks', () => json(page([rack]))),
  on('GET', '/api/v1/racks/r-1/elevation', () => json({ rackId: 'r-1', dataCenter: 'PD-UTAMA', name: 'R01', heightU: 6, maxPowerKw: 5, reservedPowerKw: 1.5, units })),
];

it('shows the rack elevation in words and reserves units with the rack version the list showed (D4)', async () => {
  const calls = mockFetch(
    ...base,
    on('GET', '/api/v1/colocations', () => json(page([]))),
    on('POST', '/api/v1/colocations', () => problem(422, { obligation: 'D4', detail: 'OPD ini bukan OPD Mandiri TIK.' })),
  );
  renderScreen(<RacksPage />, { caller: CALLERS.dinkes });
  const elevation = await screen.findByRole('list', { name: 'Tampilan rak R01' });
  const items = within(elevation).getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual(['U6Kosong', 'U5–U4RSUD-WANGAYA — Server SIMRS', 'U3–U1Kosong']);
  expect(calls.find((c) => c.url.pathname === '/api/v1/racks')!.url.searchParams.get('dataCenter')).toBe('PD-UTAMA');
  expect(screen.queryByRole('button', { name: 'Daftarkan rak' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Reservasi unit' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Unit awal/ }), '1');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Tujuan/ }), 'Server cadangan');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText(/Aturan D4/)).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"5"');
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/racks/r-1')).toHaveLength(0);
  expect(post.body).toEqual({ rackId: 'r-1', startU: 1, heightU: 2, powerKw: 0.5, purpose: 'Server cadangan' });
});

it('releases a colocation with a reason, for Dinas, with the rack version its row showed', async () => {
  const calls = mockFetch(
    ...base,
    on('GET', '/api/v1/colocations', () =>
      json(
        page([
          { id: 'c-1', dataCenter: 'PD-UTAMA', rackId: 'r-1', rackName: 'R01', opd: 'RSUD-WANGAYA', startU: 4, endU: 5, heightU: 2, powerKw: 1.5, purpose: 'Server SIMRS', status: 'ACTIVE', reservedAt: '2026-11-01T00:00:00Z', reservedBy: 'admin.dinas', rackVersion: 9 },
        ]),
      ),
    ),
    on('POST', '/api/v1/colocations/c-1/release', () => json({})),
  );
  renderScreen(<RacksPage />, { caller: CALLERS.dinas });
  expect(await screen.findByRole('button', { name: 'Daftarkan rak' })).toBeInTheDocument();
  await userEvent.click(await screen.findByRole('button', { name: 'Lepas reservasi R01 RSUD-WANGAYA' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Server dipindah ke VPS');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Lepas' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Server dipindah ke VPS' });
  expect(post.headers.get('If-Match')).toBe('"9"');
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/racks/r-1')).toHaveLength(0);
});
