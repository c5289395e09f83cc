import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { lanFixture, page } from '../testData';
import WanPage from './WanPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const sites = [
  { id: 's1', opd: 'DISKOMINFO', name: 'NOC Diskominfo', uplinks: [{ network: 'PROVINCIAL', provider: 'Telkom', bandwidthMbps: 1000 }], registeredBy: 'admin.dinas', registeredAt: '2026-01-01T00:00:00Z', version: 1 },
  { id: 's2', opd: 'DINKES', name: 'Kantor Dinkes', uplinks: [], registeredBy: 'admin.dinas', registeredAt: '2026-01-01T00:00:00Z', version: 1 },
];
const link = {
  id: 'w1',
  provider: 'Telkom',
  circuitId: 'DPS-0001',
  medium: 'FIBER',
  bandwidthDownMbps: 100,
  bandwidthUpMbps: 100,
  aEnd: { siteId: 's1', opd: 'DISKOMINFO' },
  bEnd: { siteId: 's2', opd: 'DINKES', interfaceName: 'ge-0/0/0' },
  sla: { availabilityPercent: 99.5 },
  status: 'ACTIVE',
  registeredBy: 'admin.dinas',
  registeredAt: '2026-01-01T00:00:00Z',
  version: 1,
};

it('shows the sites with their interconnections and the active WAN circuits (N1, N2)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
  );
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  const siteTable = await screen.findByRole('table', { name: 'Lokasi OPD' });
  expect(within(siteTable).getByText('Jaringan provinsi · Telkom · 1000 Mbps')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('tab', { name: 'Sirkuit WAN' }));
  const linkTable = await screen.findByRole('table', { name: 'Sirkuit WAN' });
  expect(within(linkTable).getByText('NOC Diskominfo → Kantor Dinkes · ge-0/0/0')).toBeInTheDocument();
  expect(within(linkTable).getByText('Serat optik')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/wan-links')!.url.searchParams.get('status')).toBe('ACTIVE');
});

it('shows a problem banner when the WAN diagram cannot be drawn', async () => {
  mockFetch(
    on('GET', '/api/v1/sites', () => json(page([]))),
    on('GET', '/api/v1/wan-links', () => json(page([]))),
    on('GET', '/api/v1/topology/wan', () => problem(503)),
  );
  renderScreen(<WanPage />, { caller: CALLERS.auditor });
  expect(await screen.findByText('Belum ada lokasi.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('tab', { name: 'Topologi WAN' }));
  expect(await screen.findByRole('alert')).toHaveTextContent('Layanan sedang tidak tersedia');
});

const lans = [
  { opd: 'DISKOMINFO', opdName: 'Dinas Kominfo', steward: 'DINAS', mandiriTik: false, devices: 1, securityDevices: 0, internetFacingDevices: 0, cables: 0, byodAcknowledged: false },
  { opd: 'DINKES', opdName: 'Dinas Kesehatan', steward: 'DINAS', mandiriTik: false, devices: 1, securityDevices: 0, internetFacingDevices: 0, cables: 0, byodAcknowledged: false },
];

it('lets Dinas register a site of an OPD with an upstream interconnection (N1)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('GET', '/api/v1/lans', () => json(page(lans))),
    on('POST', '/api/v1/sites', () => json({ ...sites[1], id: 's3' }, 201)),
  );
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Tambah lokasi' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tambah lokasi' }, { timeout: 5000 });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getAllByText('Wajib diisi').length).toBeGreaterThanOrEqual(2);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await waitFor(() => expect(within(dialog).getAllByRole('option', { name: /Dinas Kesehatan/ })).toHaveLength(1));
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /OPD/ }), 'DINKES');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Nama lokasi/ }), 'Puskesmas Curup');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah interkoneksi' }));
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Jaringan hulu 1' }), 'NATIONAL');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Bandwidth 1 (Mbps)' }), '100');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    opd: 'DINKES',
    name: 'Puskesmas Curup',
    uplinks: [{ network: 'NATIONAL', bandwidthMbps: 100 }],
  });
});

it('changes a circuit with its version as If-Match and shows a duplicate circuit id as a conflict (N2)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('GET', /\/api\/v1\/lans\/(DINKES|DISKOMINFO)$/, () => json(lanFixture())),
    on('PUT', '/api/v1/wan-links/w1', () => problem(409, { detail: 'Sirkuit DPS-0002 dari Telkom sudah tercatat.' })),
  );
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('tab', { name: 'Sirkuit WAN' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Ubah sirkuit DPS-0001' }));
  const dialog = await screen.findByRole('dialog', { name: 'Ubah sirkuit DPS-0001' }, { timeout: 5000 });
  const circuit = within(dialog).getByRole('textbox', { name: /ID sirkuit/ });
  await userEvent.clear(circuit);
  await userEvent.type(circuit, 'DPS-0002');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText(/sudah tercatat/)).toBeInTheDocument();
  const put = calls.find((c) => c.method === 'PUT')!;
  expect(put.headers.get('If-Match')).toBe('"1"');
  expect(put.body).toMatchObject({
    provider: 'Telkom',
    circuitId: 'DPS-0002',
    medium: 'FIBER',
    bandwidthDownMbps: 100,
    aEnd: { siteId: 's1' },
    bEnd: { siteId: 's2', interfaceName: 'ge-0/0/0' },
    sla: { availabilityPercent: 99.5 },
  });
});

it('shows the history of a site and gives readers no change buttons', async () => {
  mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('GET', '/api/v1/sites/s2/history', () =>
      json({ intact: true, entries: [{ sequence: 1, action: 'SiteRegistered', actor: 'admin.dinas', at: '2026-01-01T00:00:00Z', data: '{}', hash: 'abc', previousHash: '0' }] }),
    ),
  );
  renderScreen(<WanPage />, { caller: CALLERS.auditor });
  await screen.findByRole('table', { name: 'Lokasi OPD' });
  expect(screen.queryByRole('button', { name: 'Tambah lokasi' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Ubah lokasi/ })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Riwayat lokasi Kantor Dinkes' }));
  const dialog = await screen.findByRole('dialog', { name: 'Riwayat lokasi Kantor Dinkes' }, { timeout: 5000 });
  expect(await within(dialog).findByText(/admin.dinas/)).toBeInTheDocument();
});

it('N2: Dinas decommissions a circuit with a reason and the date it stopped, sending its version as If-Match', async () => {
  let listed: object[] = [link];
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page(listed))),
    on('POST', '/api/v1/wan-links/w1/decommission', () => {
      listed = [
        { ...link, status: 'DECOMMISSIONED', decommissionedOn: '2026-11-20', decommissionedAt: '2026-11-30T02:00:00Z', decommissionReason: 'Dipindah ke jaringan provinsi', version: 2 },
      ];
      return json(listed[0]);
    }),
  );
  const user = userEvent.setup();
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('tab', { name: 'Sirkuit WAN' }));
  await user.click(await screen.findByRole('button', { name: 'Hentikan sirkuit DPS-0001' }));
  const dialog = await screen.findByRole('dialog', { name: 'Hentikan sirkuit DPS-0001' });
  // the reason is required before anything is sent
  await user.click(within(dialog).getByRole('button', { name: 'Hentikan sirkuit' }));
  expect(await within(dialog).findByText('Wajib diisi')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await user.type(within(dialog).getByRole('textbox', { name: /Alasan penghentian/ }), 'Dipindah ke jaringan provinsi');
  const date = within(dialog).getByLabelText(/Tanggal penghentian/);
  await user.clear(date);
  await user.type(date, '2026-11-20');
  await user.click(within(dialog).getByRole('button', { name: 'Hentikan sirkuit' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Dipindah ke jaringan provinsi', decommissionedOn: '2026-11-20' });
  expect(post.headers.get('If-Match')).toBe('"1"');
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  const table = await screen.findByRole('table', { name: 'Sirkuit WAN' });
  expect(await within(table).findByText(/sejak 20.*2026 · Dipindah ke jaringan provinsi/)).toBeInTheDocument();
  expect(within(table).queryByRole('button', { name: 'Hentikan sirkuit DPS-0001' })).not.toBeInTheDocument();
});

it('N2: a decommissioning date in the future is refused by the server and its 422 is shown in the dialog', async () => {
  mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('POST', '/api/v1/wan-links/w1/decommission', () =>
      problem(422, { obligation: 'N2', title: 'Aturan dilanggar', detail: 'decommissionedOn: tanggal penghentian 2099-01-01 belum tiba.' }),
    ),
  );
  const user = userEvent.setup();
  renderScreen(<WanPage />, { caller: CALLERS.dinas });
  await user.click(await screen.findByRole('tab', { name: 'Sirkuit WAN' }));
  await user.click(await screen.findByRole('button', { name: 'Hentikan sirkuit DPS-0001' }));
  const dialog = await screen.findByRole('dialog', { name: 'Hentikan sirkuit DPS-0001' });
  await user.type(within(dialog).getByRole('textbox', { name: /Alasan penghentian/ }), 'Kontrak habis');
  await user.click(within(dialog).getByRole('button', { name: 'Hentikan sirkuit' }));
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('belum tiba');
});

it('N2: only Dinas is offered decommissioning', async () => {
  mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
  );
  renderScreen(<WanPage />, { caller: CALLERS.auditor });
  await userEvent.click(await screen.findByRole('tab', { name: 'Sirkuit WAN' }));
  await screen.findByRole('table', { name: 'Sirkuit WAN' });
  expect(screen.queryByRole('button', { name: /Hentikan sirkuit/ })).not.toBeInTheDocument();
});

it('N2: downloads the circuits as CSV with the status filter of the list, for any reader', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('GET', '/api/v1/wan-links/export.csv', () => new Response('id,provider\r\n', { headers: { 'Content-Type': 'text/csv' } })),
  );
  renderScreen(<WanPage />, { caller: CALLERS.disdik });
  await userEvent.click(await screen.findByRole('tab', { name: 'Sirkuit WAN' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV sirkuit' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  const csv = calls.find((c) => c.url.pathname === '/api/v1/wan-links/export.csv')!;
  expect(csv.url.searchParams.get('status')).toBe('ACTIVE');
  expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
  // an operator reads, but does not add circuits
  expect(screen.queryByRole('button', { name: 'Tambah sirkuit' })).not.toBeInTheDocument();
});

it('N1: downloads the sites as CSV from the sites tab, for any reader', async () => {
  const createObjectURL = vi.fn(() => 'blob:csv');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  const calls = mockFetch(
    on('GET', '/api/v1/sites', () => json(page(sites))),
    on('GET', '/api/v1/wan-links', () => json(page([link]))),
    on('GET', '/api/v1/sites/export.csv', () => new Response('id,opd\r\n', { headers: { 'Content-Type': 'text/csv' } })),
  );
  renderScreen(<WanPage />, { caller: CALLERS.auditor });
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh CSV lokasi' }));
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  const csv = calls.find((c) => c.url.pathname === '/api/v1/sites/export.csv')!;
  expect(csv.headers.get('Authorization')).toMatch(/^Bearer /);
  expect(screen.queryByRole('button', { name: 'Tambah lokasi' })).not.toBeInTheDocument();
});
