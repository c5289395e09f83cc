import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import OsImagesPage from './OsImagesPage';

vi.setConfig({ testTimeout: 30_000 });

function image(code: string, name: string, version: string, extra: Record<string, unknown> = {}) {
  return {
    code,
    name,
    version,
    family: 'LINUX',
    endOfSupport: '2029-05-31',
    supportEnded: false,
    status: 'ACTIVE',
    addedBy: 'admin.dinas',
    addedAt: '2026-11-01T02:00:00Z',
    updatedAt: '2026-11-01T02:00:00Z',
    revision: 1,
    ...extra,
  };
}

const catalogue = (items: unknown[]) => json({ items, page: 0, size: 50, totalItems: items.length, totalPages: 1 });

it('lists the catalogue for every role, with end of support and retired images, without Dinas buttons for an operator (D4)', async () => {
  mockFetch(
    on('GET', '/api/v1/os-images', () =>
      catalogue([
        image('ubuntu-24.04', 'Ubuntu Server', '24.04 LTS'),
        image('centos-7', 'CentOS', '7', { endOfSupport: '2024-06-30', supportEnded: true, status: 'RETIRED', retireReason: 'Dukungan vendor berakhir' }),
      ]),
    ),
  );
  renderScreen(<OsImagesPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('heading', { level: 1, name: 'Katalog Image Sistem Operasi' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Katalog image sistem operasi' });
  const centos = within(table).getByRole('rowheader', { name: 'centos-7' }).closest('tr')!;
  expect(within(centos).getByText('Dipensiunkan')).toBeInTheDocument();
  expect(within(centos).getByText('Dukungan berakhir')).toBeInTheDocument();
  expect(within(centos).getByText('Dukungan vendor berakhir')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Tambah image' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Pensiunkan/ })).not.toBeInTheDocument();
});

it('lets Dinas add an image, sending exactly the form, and shows the server’s field error next to the field', async () => {
  let added = false;
  const calls = mockFetch(
    on('GET', '/api/v1/os-images', () => catalogue(added ? [image('debian-12', 'Debian', '12')] : [])),
    on('POST', '/api/v1/os-images', (_url, body) => {
      if ((body as { code: string }).code === 'Debian 12') return problem(400, { errors: [{ field: 'code', message: 'huruf kecil, angka, titik, garis' }] });
      added = true;
      return json(image('debian-12', 'Debian', '12'), 201);
    }),
  );
  renderScreen(<OsImagesPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText(/Katalog masih kosong/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Tambah image' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(3);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.type(within(dialog).getByRole('textbox', { name: /Kode/ }), 'Debian 12');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Nama/ }), 'Debian');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Versi/ }), '12');
  await userEvent.type(within(dialog).getByLabelText(/Akhir dukungan vendor/), '2028-06-30');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('huruf kecil, angka, titik, garis')).toBeInTheDocument();

  const code = within(dialog).getByRole('textbox', { name: /Kode/ });
  await userEvent.clear(code);
  await userEvent.type(code, 'debian-12');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({
    code: 'debian-12',
    name: 'Debian',
    version: '12',
    family: 'LINUX',
    endOfSupport: '2028-06-30',
  });
  expect(await screen.findByRole('rowheader', { name: 'debian-12' })).toBeInTheDocument();
  expect(screen.getByRole('status')).toHaveTextContent('Katalog tersimpan.');
});

it('retires an active image with a reason and the revision its row showed as If-Match (no fresh read)', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/os-images', () => catalogue([image('ubuntu-22.04', 'Ubuntu Server', '22.04 LTS', { revision: 3 })])),
    on('POST', '/api/v1/os-images/ubuntu-22.04/retire', () => json(image('ubuntu-22.04', 'Ubuntu Server', '22.04 LTS', { status: 'RETIRED' }))),
  );
  renderScreen(<OsImagesPage />, { caller: CALLERS.dinas });
  await userEvent.click(await screen.findByRole('button', { name: 'Pensiunkan Ubuntu Server 22.04 LTS' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Diganti 24.04 LTS');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Pensiunkan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Diganti 24.04 LTS' });
  expect(post.headers.get('If-Match')).toBe('"3"');
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/os-images/ubuntu-22.04')).toHaveLength(0);
});

it('filters by status in the URL', async () => {
  const calls = mockFetch(on('GET', '/api/v1/os-images', () => catalogue([])));
  renderScreen(<OsImagesPage />, { caller: CALLERS.auditor, route: '/pusat-data/katalog-os?status=RETIRED', path: '/pusat-data/katalog-os' });
  expect(await screen.findByText('Tidak ada image dengan saringan ini.')).toBeInTheDocument();
  expect(calls.find((c) => c.url.pathname === '/api/v1/os-images')!.url.searchParams.get('status')).toBe('RETIRED');
});
