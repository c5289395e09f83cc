import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import VpsDetailPage from './VpsDetailPage';
import { allowedVpsActions } from './vpsActions';
import { vps } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

const render = (caller: (typeof CALLERS)[keyof typeof CALLERS]) =>
  renderScreen(<VpsDetailPage />, { caller, route: '/pusat-data/vps/vps-1', path: '/pusat-data/vps/:id' });

const detail = (v: ReturnType<typeof vps>) => on('GET', '/api/v1/vps-requests/vps-1', () => json(v, 200, { ETag: '"3"' }));

it('offers each step to whom it belongs, per status (D4)', () => {
  const dinas = { username: 'admin.dinas', name: 'a', opd: 'DISKOMINFO', roles: ['DINAS_ADMIN'] };
  const owner = { username: 'operator.dinkes', name: 'o', opd: 'DINKES', roles: ['OPD_OPERATOR'] };
  const other = { username: 'operator.disdik', name: 'd', opd: 'DISDIK', roles: ['OPD_OPERATOR'] };
  expect(allowedVpsActions(vps(), dinas)).toEqual(['approve', 'reject']);
  expect(allowedVpsActions(vps(), owner)).toEqual([]);
  expect(allowedVpsActions(vps({ status: 'APPROVED' }), dinas)).toEqual(['provision', 'decommission']);
  expect(allowedVpsActions(vps({ status: 'PROVISIONED' }), owner)).toEqual(['activate', 'requestResize', 'decommission']);
  expect(allowedVpsActions(vps({ status: 'ACTIVE' }), owner)).toEqual(['renew', 'requestResize', 'decommission']);
  expect(allowedVpsActions(vps({ status: 'ACTIVE' }), other)).toEqual([]);
  const resizing = vps({ status: 'ACTIVE', pendingResize: { vcpu: 4, ramGib: 8, diskGib: 80, reason: 'r', requestedBy: 'o', requestedAt: '2026-11-01T00:00:00Z' } });
  expect(allowedVpsActions(resizing, dinas)).toEqual(['renew', 'approveResize', 'rejectResize', 'decommission']);
  expect(allowedVpsActions(resizing, owner)).toEqual(['renew', 'decommission']);
  expect(allowedVpsActions(vps({ status: 'REJECTED' }), dinas)).toEqual([]);
  expect(allowedVpsActions(vps({ status: 'DECOMMISSIONED' }), dinas)).toEqual([]);
});

it('rejects with a required reason, sending the version shown as If-Match', async () => {
  const calls = mockFetch(
    detail(vps()),
    on('POST', '/api/v1/vps-requests/vps-1/reject', () => json(vps({ status: 'REJECTED' }), 200)),
  );
  render(CALLERS.dinas);
  const group = await screen.findByRole('group', { name: 'Tindakan atas VPS ini' });
  expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Setujui', 'Tolak']);
  await userEvent.click(within(group).getByRole('button', { name: 'Tolak' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tolak' }));
  expect(await within(dialog).findByText('Wajib diisi')).toBeInTheDocument();
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Kuota OPD habis');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Tolak' }));

  expect(await screen.findByText('Tersimpan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ reason: 'Kuota OPD habis' });
  expect(post.headers.get('If-Match')).toBe('"3"');
});

it('records provisioning as the hand-over only, with the acknowledgement required and no field for a secret', async () => {
  const calls = mockFetch(
    detail(vps({ status: 'APPROVED', dataCenter: 'PD-UTAMA' })),
    on('POST', '/api/v1/vps-requests/vps-1/provision', () => json(vps({ status: 'PROVISIONED' }))),
  );
  render(CALLERS.dinas);
  await userEvent.click(await screen.findByRole('button', { name: 'Catat penyiapan' }));
  const dialog = await screen.findByRole('dialog');
  expect(within(dialog).queryByLabelText(/kata sandi|password/i)).not.toBeInTheDocument();
  expect(dialog.querySelector('input[type="password"]')).toBeNull();
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Nama host/ }), 'simpus-01.pd.denpasarkota.go.id');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alamat IP/ }), '10.20.1.15');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /diserahkan kepada/ }), 'Made Sujana (DINKES)');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Catat penyiapan' }));
  expect(await within(dialog).findByText('Wajib diisi')).toBeInTheDocument(); // the acknowledgement
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.click(within(dialog).getByRole('checkbox'));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Catat penyiapan' }));
  expect(await screen.findByText('Tersimpan.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    hostname: 'simpus-01.pd.denpasarkota.go.id',
    ipAddress: '10.20.1.15',
    handover: { handedTo: 'Made Sujana (DINKES)', method: 'IN_PERSON' },
  });
});

it('shows the machine, the hand-over without any secret, and the expiry of an active VPS', async () => {
  mockFetch(
    detail(
      vps({
        status: 'ACTIVE',
        dataCenter: 'PD-UTAMA',
        expiresOn: '2099-01-01',
        provisioning: {
          hostname: 'simpus-01',
          ipAddress: '10.20.1.15',
          handedTo: 'Made',
          handoverMethod: 'ENCRYPTED_EMAIL',
          handedBy: 'admin.dinas',
          handedAt: '2026-11-02T03:00:00Z',
          provisionedBy: 'admin.dinas',
          provisionedAt: '2026-11-02T03:00:00Z',
        },
      }),
    ),
  );
  render(CALLERS.dinkes);
  expect(await screen.findByRole('heading', { level: 1, name: 'VPS SIMPUS' })).toBeInTheDocument();
  expect(screen.getByText('10.20.1.15')).toBeInTheDocument();
  expect(screen.getByText(/Surel terenkripsi kepada Made/)).toBeInTheDocument();
  expect(screen.getByText(/Kredensial tidak pernah disimpan/)).toBeInTheDocument();
  expect(screen.getByText(/dalam \d+ hari/)).toBeInTheDocument();
  const group = screen.getByRole('group', { name: 'Tindakan atas VPS ini' });
  expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Perpanjang', 'Minta ubah ukuran', 'Hentikan VPS']);
});

it('offers a reload when the VPS changed meanwhile (412)', async () => {
  mockFetch(
    detail(vps()),
    on('POST', '/api/v1/vps-requests/vps-1/approve', () => problem(412, { detail: 'Versi sudah berubah' })),
  );
  render(CALLERS.dinas);
  await userEvent.click(await screen.findByRole('button', { name: 'Setujui' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Setujui' }));
  expect(await within(dialog).findByText('Orang lain telah mengubah data ini')).toBeInTheDocument();
  expect(within(dialog).getByRole('button', { name: 'Muat ulang' })).toBeInTheDocument();
});

it('shows the 404 of another OPD’s VPS as a problem under the heading', async () => {
  mockFetch(on('GET', '/api/v1/vps-requests/vps-1', () => problem(404)));
  render(CALLERS.disdik);
  expect(await screen.findByRole('alert')).toHaveTextContent('Data tidak ditemukan');
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Permohonan VPS');
});
