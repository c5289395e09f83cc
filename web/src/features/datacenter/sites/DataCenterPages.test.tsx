import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { page } from '../vps/fixtures';
import DataCenterDetailPage from './DataCenterDetailPage';
import DataCenterListPage from './DataCenterListPage';
import { capacity, site } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

it('shows each data center with role, link status and capacity in words beside the bar (D1, D9)', async () => {
  mockFetch(
    on('GET', '/api/v1/data-centers', () => json(page([site(), site({ code: 'PD-DR', name: 'Lokasi DR Tabanan', role: 'DISASTER_RECOVERY', links: [], drTargets: [] })]))),
    on('GET', '/api/v1/capacity', () => json(page([capacity()]))),
  );
  renderScreen(<DataCenterListPage />, { caller: CALLERS.dinkes });

  const main = (await screen.findByRole('article', { name: 'Pusat Data Utama Diskominfo' }));
  expect(within(main).getByText('Utama')).toBeInTheDocument();
  expect(within(main).getByText('Pusat Data Nasional: Terhubung')).toBeInTheDocument();
  expect(within(main).getByText('64 dari 256 vCPU terpakai (25%)')).toBeInTheDocument();
  expect(within(main).getByRole('meter', { name: 'Pemakaian vCPU' })).toHaveAttribute('aria-valuetext', '64 dari 256 vCPU terpakai (25%)');
  expect(screen.getByRole('article', { name: 'Lokasi DR Tabanan' })).toHaveTextContent('Pemulihan bencana (DR)');
  // Only Dinas registers data centers.
  expect(screen.queryByRole('button', { name: 'Daftarkan pusat data' })).not.toBeInTheDocument();
});

it('lets Dinas register a data center with exactly the RegisterDataCenterForm', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/data-centers', () => json(page([]))),
    on('GET', '/api/v1/capacity', () => json(page([]))),
    on('POST', '/api/v1/data-centers', () => json(site({ code: 'PD-DR' }), 201)),
    on('GET', '/api/v1/data-centers/PD-DR', () => json(site({ code: 'PD-DR' }))),
  );
  const { router } = renderScreen(<DataCenterListPage />, { caller: CALLERS.dinas, extraRoutes: [{ path: '/pusat-data/lokasi/:code', element: <p>detail</p> }] });
  expect(await screen.findByText('Belum ada pusat data terdaftar.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Daftarkan pusat data' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Kode/ }), 'pd-dr');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Nama/ }), 'Lokasi DR');
  const vcpu = within(dialog).getByRole('textbox', { name: /^vCPU/ });
  await userEvent.clear(vcpu);
  await userEvent.type(vcpu, '32');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/pusat-data/lokasi/PD-DR'));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    code: 'PD-DR',
    dataCenter: {
      name: 'Lokasi DR',
      role: 'MAIN',
      capacity: { vcpu: 32, ramGib: 0, diskGib: 0, rackUnits: 0, powerKw: 0, vcpuOvercommit: 1, ramOvercommit: 1 },
      links: [],
      drTargets: [],
    },
  });
});

it('shows capacity per resource, links and DR targets, and changes a link status with If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/data-centers/PD-UTAMA', () => json(site(), 200, { ETag: '"7"' })),
    on('GET', '/api/v1/data-centers/PD-UTAMA/capacity', () => json(capacity())),
    on('POST', '/api/v1/data-centers/PD-UTAMA/link-status', () => json(site())),
  );
  renderScreen(<DataCenterDetailPage />, { caller: CALLERS.dinas, route: '/pusat-data/lokasi/PD-UTAMA', path: '/pusat-data/lokasi/:code' });

  expect(await screen.findByRole('heading', { level: 1, name: 'Pusat Data Utama Diskominfo' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Kapasitas per sumber daya' });
  const vcpu = within(table).getByRole('rowheader', { name: 'vCPU (vCPU)' }).closest('tr')!;
  expect(within(vcpu).getAllByRole('cell').map((c) => c.textContent)).toEqual(['64', '256', '64', '192']);
  const dr = screen.getByRole('table', { name: 'Target RPO/RTO per sistem kritis' });
  expect(within(dr).getByText('SIMPUS')).toBeInTheDocument();
  expect(within(dr).getByText('240 menit')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Ubah status tautan PDN Jakarta' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('combobox', { name: /Status baru/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'Terganggu', hidden: true }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ upstream: 'NATIONAL', status: 'DEGRADED' });
  expect(post.headers.get('If-Match')).toBe('"7"');
});

it('offers no edit or link change to an operator, and shows a capacity problem as a banner', async () => {
  mockFetch(
    on('GET', '/api/v1/data-centers/PD-UTAMA', () => json(site())),
    on('GET', '/api/v1/data-centers/PD-UTAMA/capacity', () => problem(503)),
  );
  renderScreen(<DataCenterDetailPage />, { caller: CALLERS.dinkes, route: '/pusat-data/lokasi/PD-UTAMA', path: '/pusat-data/lokasi/:code' });
  expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Ubah pusat data' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Ubah status tautan/ })).not.toBeInTheDocument();
  expect(await screen.findByRole('alert')).toHaveTextContent('Layanan sedang tidak tersedia');
});

it('lets Dinas edit the site with If-Match, keeping links and DR targets, and requires a new DR target’s system (D9)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/data-centers/PD-UTAMA', () => json(site({ links: [{ upstream: 'NATIONAL', name: 'PDN Jakarta', status: 'CONNECTED', bandwidthMbps: 1000, note: 'uji' }] }), 200, { ETag: '"7"' })),
    on('GET', '/api/v1/data-centers/PD-UTAMA/capacity', () => json(capacity())),
    on('GET', '/api/v1/data-centers', () => json(page([site({ code: 'PD-DR', name: 'DRC', role: 'DISASTER_RECOVERY', links: [], drTargets: [] })]))),
    on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
    on('PUT', '/api/v1/data-centers/PD-UTAMA', () => json(site())),
  );
  renderScreen(<DataCenterDetailPage />, { caller: CALLERS.dinas, route: '/pusat-data/lokasi/PD-UTAMA', path: '/pusat-data/lokasi/:code' });
  await userEvent.click(await screen.findByRole('button', { name: 'Ubah pusat data' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah target' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  const second = within(dialog).getByRole('group', { name: 'Target 2' });
  expect(within(second).getByRole('combobox', { name: /^Sistem/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'PUT')).toBe(false);

  await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus target 2' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"7"');
  expect(put.body).toMatchObject({
    name: 'Pusat Data Utama Diskominfo',
    role: 'MAIN',
    links: [{ upstream: 'NATIONAL', name: 'PDN Jakarta', status: 'CONNECTED', bandwidthMbps: 1000, note: 'uji' }],
    drTargets: [{ systemKind: 'APPLICATION', systemId: 'app-1', systemName: 'SIMPUS', rpoMinutes: 60, rtoMinutes: 240, replicaSite: 'PD-DR' }],
  });
});
