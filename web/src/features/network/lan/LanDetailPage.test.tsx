import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { lanFixture } from '../testData';
import LanDetailPage from './LanDetailPage';

// Forms driven through user events on a shared, busy machine can be slow; a slow test is not a wrong one.
vi.setConfig({ testTimeout: 60_000 });

const render = (caller: (typeof CALLERS)[keyof typeof CALLERS] = CALLERS.dinas) =>
  renderScreen(<LanDetailPage />, { route: '/jaringan/lan/DINKES', path: '/jaringan/lan/:opd', caller });

it('lists the devices of the LAN (N3) with the steward, and adds a device with its interfaces and the revision as If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', '/api/v1/lans/DINKES/devices', () => json({}, 201)),
  );
  render();
  expect(await screen.findByRole('heading', { level: 1, name: 'LAN Dinas Kesehatan' })).toBeInTheDocument();
  expect(screen.getByText(/Pengelola: Dinas Kominfo · revisi 7/)).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'Perangkat LAN' });
  expect(within(table).getByText('core-sw-01')).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Tambah perangkat' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tambah perangkat' }, { timeout: 5000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nama perangkat' }), { target: { value: 'fw-01' } });
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Jenis' }), 'FIREWALL');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah antarmuka' }));
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nama antarmuka 1' }), { target: { value: 'port1' } });
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'VLAN untagged 1' }), '10');
  fireEvent.change(within(dialog).getByRole('textbox', { name: /VLAN tagged 1/ }), { target: { value: '20, 10' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"7"');
  expect(post.body).toMatchObject({
    name: 'fw-01',
    kind: 'FIREWALL',
    security: true,
    internetFacing: false,
    interfaces: [{ name: 'port1', untaggedVlan: 10, taggedVlans: [20, 10] }],
  });
});

it('puts the server field errors of a device next to their inputs, and refuses a bad VLAN list before sending', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', '/api/v1/lans/DINKES/devices', () =>
      problem(400, { errors: [{ field: 'name', message: 'Nama paling panjang 100 karakter.' }, { field: 'interfaces[0].name', message: 'Nama antarmuka kosong.' }] }),
    ),
  );
  render();
  await userEvent.click(await screen.findByRole('button', { name: 'Tambah perangkat' }));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nama perangkat' }), { target: { value: 'x' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tambah antarmuka' }));
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Nama antarmuka 1' }), { target: { value: 'p' } });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /VLAN tagged 1/ }), { target: { value: '5000' } });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Tulis nomor VLAN 1–4094 dipisahkan koma.')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.clear(within(dialog).getByRole('textbox', { name: /VLAN tagged 1/ }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Nama paling panjang 100 karakter.')).toBeInTheDocument();
  expect(within(dialog).getByText('Nama antarmuka kosong.')).toBeInTheDocument();
});

it('shows an overlap with another OPD (422 N3) under the CIDR field as well as in the banner', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', '/api/v1/lans/DINKES/prefixes', () =>
      problem(422, { obligation: 'N3', detail: 'Prefiks 10.30.0.0/16 tumpang tindih dengan 10.30.1.0/24 milik DISDIK.' }),
    ),
  );
  render();
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'Prefiks & alamat' }));
  expect(await screen.findByRole('table', { name: 'Prefiks IP LAN' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Tambah prefiks' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tambah prefiks' }, { timeout: 5000 });
  fireEvent.change(within(dialog).getByRole('textbox', { name: /Prefiks \(CIDR\)/ }), { target: { value: '10.30.0.0/16' } });
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'VLAN' }), '20');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Melanggar aturan SPBE');
  const cidr = within(dialog).getByRole('textbox', { name: /Prefiks \(CIDR\)/ });
  expect(cidr).toHaveAttribute('aria-invalid', 'true');
  expect(within(dialog).getAllByText(/milik DISDIK/).length).toBeGreaterThanOrEqual(2);
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ cidr: '10.30.0.0/16', vlan: 20 });
  expect(post.headers.get('If-Match')).toBe('"7"');
});

it('gives a reader no change buttons, and an operator of a LAN run by Dinas only special devices (N4)', async () => {
  mockFetch(on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: false, mayEditSpecial: false }))));
  const { unmount } = render(CALLERS.auditor);
  await screen.findByRole('table', { name: 'Perangkat LAN' });
  expect(screen.queryByRole('button', { name: 'Tambah perangkat' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Hapus perangkat/ })).not.toBeInTheDocument();
  unmount();

  mockFetch(on('GET', '/api/v1/lans/DINKES', () => json(lanFixture({ mayEdit: false, mayEditSpecial: true }))));
  render(CALLERS.dinkes);
  await screen.findByText(/Anda dapat mengelola perangkat khusus/);
  expect(screen.queryByRole('button', { name: 'Hapus perangkat core-sw-01' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Hapus perangkat sensor-suhu-farmasi' })).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Tambah perangkat' }));
  const kinds = within(await screen.findByRole('dialog', {}, { timeout: 5000 })).getByRole('combobox', { name: 'Jenis' });
  expect(within(kinds).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['SPECIAL']);
});

it('shows the topology the API draws as an image with a text alternative', async () => {
  const createObjectURL = vi.fn(() => 'blob:topology');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('GET', '/api/v1/topology/lans/DINKES', () => new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'Content-Type': 'image/svg+xml' } })),
  );
  render(CALLERS.dinkes);
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'Topologi' }));
  const img = await screen.findByRole('img', { name: 'Diagram topologi Dinas Kesehatan' });
  expect(img).toHaveAttribute('src', 'blob:topology');
  expect(screen.getByText(/2 perangkat, 1 kabel, 2 VLAN/)).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname.startsWith('/api/v1/topology'))!.headers.get('Authorization')).toMatch(/^Bearer /);
});

it("answers another OPD's LAN with a heading and the not-found banner", async () => {
  mockFetch(on('GET', '/api/v1/lans/DINKES', () => problem(404, { detail: 'LAN DINKES tidak ditemukan.' })));
  render(CALLERS.disdik);
  expect(await screen.findByRole('heading', { level: 1, name: 'LAN DINKES' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Data tidak ditemukan');
});

it('cables two interfaces chosen from the LAN, and shows the server refusing an interface already cabled (409)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('POST', '/api/v1/lans/DINKES/cables', () => problem(409, { detail: 'Antarmuka core-sw-01 Gi1/0/1 sudah berkabel (c1).' })),
  );
  render();
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'Kabel' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Tambah kabel' }));
  const dialog = await screen.findByRole('dialog', { name: 'Tambah kabel' }, { timeout: 5000 });
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Perangkat ujung A/ }), 'd1');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Antarmuka ujung A/ }), 'Gi1/0/1');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Perangkat ujung B/ }), 'd2');
  await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: /Antarmuka ujung B/ }), 'eth0');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText(/sudah berkabel/)).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ a: { deviceId: 'd1', interfaceName: 'Gi1/0/1' }, b: { deviceId: 'd2', interfaceName: 'eth0' }, medium: 'COPPER' });
  expect(within(dialog).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
});

it('removes a VLAN only after confirming, with the revision as If-Match, and shows the 409 of a VLAN in use', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('DELETE', '/api/v1/lans/DINKES/vlans/20', () => problem(409, { detail: 'VLAN 20 masih dipakai antarmuka ap-1 eth0.' })),
  );
  render();
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'VLAN' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Hapus VLAN 20 (TAMU)' }));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
  expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
  await userEvent.click(within(dialog).getByRole('button', { name: 'Hapus' }));
  expect(await within(dialog).findByText(/antarmuka ap-1 eth0/)).toBeInTheDocument();
  const remove = calls.find((c) => c.method === 'DELETE')!;
  expect(remove.url.pathname).toBe('/api/v1/lans/DINKES/vlans/20');
  expect(remove.headers.get('If-Match')).toBe('"7"');
});

it('removes a cable and an address through their own DELETE after confirming', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('DELETE', '/api/v1/lans/DINKES/cables/c1', () => new Response(null, { status: 204 })),
    on('DELETE', '/api/v1/lans/DINKES/addresses/a1', () => new Response(null, { status: 204 })),
  );
  render();
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'Kabel' }));
  await userEvent.click(await screen.findByRole('button', { name: /^Hapus kabel core-sw-01 Gi1\/0\/1/ }));
  await userEvent.click(within(await screen.findByRole('dialog', {}, { timeout: 5000 })).getByRole('button', { name: 'Hapus' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url.pathname === '/api/v1/lans/DINKES/cables/c1')).toBe(true));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

  await userEvent.click(screen.getByRole('tab', { name: 'Prefiks & alamat' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Hapus alamat 10.20.0.1' }));
  await userEvent.click(within(await screen.findByRole('dialog', {}, { timeout: 5000 })).getByRole('button', { name: 'Hapus' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url.pathname === '/api/v1/lans/DINKES/addresses/a1')).toBe(true));
});

it('downloads the LAN diagram as PDF for offline use', async () => {
  const createObjectURL = vi.fn(() => 'blob:topology');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', '/api/v1/lans/DINKES', () => json(lanFixture())),
    on('GET', '/api/v1/topology/lans/DINKES', () => new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { 'Content-Type': 'image/svg+xml' } })),
    on('GET', '/api/v1/topology/lans/DINKES/diagram.pdf', () => new Response(new Blob(['%PDF']), { headers: { 'Content-Type': 'application/pdf' } })),
  );
  render(CALLERS.dinkes);
  await screen.findByRole('heading', { level: 1 });
  await userEvent.click(screen.getByRole('tab', { name: 'Topologi' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Unduh PDF' }));
  await waitFor(() => expect(calls.some((c) => c.url.pathname === '/api/v1/topology/lans/DINKES/diagram.pdf')).toBe(true));
  expect(screen.getByRole('button', { name: 'Unduh PNG' })).toBeInTheDocument();
});
