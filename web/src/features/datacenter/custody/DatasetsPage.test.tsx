import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../vps/fixtures';
import DatasetsPage from './DatasetsPage';

vi.setConfig({ testTimeout: 30_000 });

/** Opens a select and picks the option of its own listbox (the filter's listbox holds the same levels). */
async function choose(combobox: HTMLElement, name: string) {
  await userEvent.click(combobox);
  await waitFor(() => expect(combobox.getAttribute('aria-controls')).toBeTruthy());
  const listbox = document.getElementById(combobox.getAttribute('aria-controls')!)!;
  await userEvent.click(await within(listbox).findByRole('option', { name, hidden: true }));
}

const LEVELS = { levels: ['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'] };
const summary = { id: 'ds-1', opd: 'DINKES', name: 'Pasien TB', systemKind: 'APPLICATION', systemId: 'app-1', systemName: 'SITT', classification: 'RAHASIA', owner: 'Bidang P2P' };
const record = { ...summary, description: 'Rekam pengobatan TB', registeredBy: 'operator.dinkes', registeredAt: '2026-11-01T01:00:00Z', classifiedAt: '2026-11-01T01:00:00Z' };

it('D8: shows the register with the classification, opens a record (the logged read) and reclassifies with If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/datasets/levels', () => json(LEVELS)),
    on('GET', '/api/v1/datasets', () => json(page([summary]))),
    on('GET', '/api/v1/datasets/ds-1', () => json(record, 200, { ETag: '"1"' })),
    on('POST', '/api/v1/datasets/ds-1/reclassify', () => json({ ...record, classification: 'TERBATAS' })),
  );
  renderScreen(<DatasetsPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('heading', { level: 1, name: 'Register Dataset Pusat Data' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Register dataset' });
  expect(within(table).getByText('RAHASIA')).toBeInTheDocument();
  expect(within(table).getByText('Aplikasi SITT')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/datasets')!.url.searchParams.get('opd')).toBe('DINKES');

  await userEvent.click(within(table).getByRole('button', { name: 'Lihat rekaman Pasien TB' }));
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByText('Rekam pengobatan TB')).toBeInTheDocument();
  expect(within(dialog).getByText(/dicatat di log akses/)).toBeInTheDocument();
  await choose(within(dialog).getByRole('combobox', { name: /Klasifikasi baru/ }), 'TERBATAS');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Data dianonimkan');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Ubah klasifikasi' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"1"');
  expect(post.body).toEqual({ classification: 'TERBATAS', reason: 'Data dianonimkan' });
});

it('D7: Dinas opening another OPD’s dataset without its consent sees the 403 naming D7', async () => {
  mockFetch(
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('GET', '/api/v1/datasets/levels', () => json(LEVELS)),
    on('GET', '/api/v1/datasets', () => json(page([summary]))),
    on('GET', '/api/v1/datasets/ds-1', () =>
      problem(403, { type: 'https://spbe.github.io/problems/forbidden', title: 'Forbidden', detail: 'OPD DINKES belum memberikan persetujuan yang berlaku', obligation: 'D7' }),
    ),
  );
  renderScreen(<DatasetsPage />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Register dataset' });
  await userEvent.click(within(table).getByRole('button', { name: 'Lihat rekaman Pasien TB' }));
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByText(/belum memberikan persetujuan/)).toBeInTheDocument();
  expect(within(dialog).getByText(/D7/)).toBeInTheDocument();
  expect(within(dialog).queryByRole('button', { name: 'Ubah klasifikasi' })).not.toBeInTheDocument();
});

it('D8: the access log tab pages the OPD’s log and marks refused custody actions', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/datasets/levels', () => json(LEVELS)),
    on('GET', '/api/v1/datasets', () => json(page([summary]))),
    on('GET', '/api/v1/dataset-access', () =>
      json({
        items: [
          { id: 'a-2', datasetId: 'ds-1', datasetName: 'Pasien TB', opd: 'DINKES', action: 'RESTORE_TEST', allowed: false, actor: 'admin.dinas', actorOpd: 'DISKOMINFO', at: '2026-11-02T01:00:00Z' },
          { id: 'a-1', datasetId: 'ds-1', datasetName: 'Pasien TB', opd: 'DINKES', action: 'READ', allowed: true, actor: 'admin.dinas', actorOpd: 'DISKOMINFO', consentId: 'c-1', at: '2026-11-01T01:00:00Z' },
        ],
        page: 0,
        size: 20,
        totalItems: 41,
        totalPages: 3,
      }),
    ),
  );
  renderScreen(<DatasetsPage />, { caller: CALLERS.dinkes });
  await userEvent.click(await screen.findByRole('tab', { name: 'Log akses' }));
  const log = await screen.findByRole('table', { name: 'Log akses dataset' });
  expect(within(log).getByText('Uji pemulihan pada sistemnya')).toBeInTheDocument();
  expect(within(log).getByText('Ditolak (D7)')).toBeInTheDocument();
  expect(within(log).getByText('c-1')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Halaman 2' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/dataset-access' && c.url.searchParams.get('page') === '1')).toBe(true));
  expect(calls.find((c) => c.url.pathname === '/api/v1/dataset-access')!.url.searchParams.get('opd')).toBe('DINKES');
});

it('D8: registers a dataset with exactly the RegisterForm, the classification from the profile’s levels', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/datasets/levels', () => json(LEVELS)),
    on('GET', '/api/v1/datasets', () => json(page([]))),
    on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SITT', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
    on('POST', '/api/v1/datasets', () => json(record, 201)),
  );
  renderScreen(<DatasetsPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Belum ada dataset terdaftar.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Daftarkan dataset' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Nama dataset/ }), 'Pasien TB');
  await choose(within(dialog).getByRole('combobox', { name: /^Sistem/ }), 'SITT');
  await choose(within(dialog).getByRole('combobox', { name: /^Klasifikasi/ }), 'SANGAT RAHASIA');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Penanggung jawab/ }), 'Bidang P2P');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    name: 'Pasien TB',
    systemKind: 'APPLICATION',
    systemId: 'app-1',
    classification: 'SANGAT_RAHASIA',
    owner: 'Bidang P2P',
  });
});
