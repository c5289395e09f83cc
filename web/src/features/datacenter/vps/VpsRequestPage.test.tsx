import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import VpsRequestPage from './VpsRequestPage';
import { page, vps } from './fixtures';

vi.setConfig({ testTimeout: 30_000 });

const applications = on('GET', '/api/v1/applications', () =>
  json(
    page([
      { id: 'app-1', name: 'SIMPUS', ownerOpd: 'DINKES', status: 'ACTIVE' },
      { id: 'app-9', name: 'Aplikasi Lama', ownerOpd: 'DINKES', status: 'DECOMMISSIONED' },
    ]),
  ),
);

// The catalogue's active images (the screen asks for status=ACTIVE); one past its vendor's support is not offered.
const images = on('GET', '/api/v1/os-images', () =>
  json(
    page([
      { code: 'ubuntu-24.04', name: 'Ubuntu Server', version: '24.04 LTS', family: 'LINUX', endOfSupport: '2029-05-31', supportEnded: false, status: 'ACTIVE' },
      { code: 'debian-10', name: 'Debian', version: '10', family: 'LINUX', endOfSupport: '2024-06-30', supportEnded: true, status: 'ACTIVE' },
      { code: 'rocky-9', name: 'Rocky Linux', version: '9', family: 'LINUX', supportEnded: false, status: 'ACTIVE' },
    ]),
  ),
);

async function chooseImage(name: string) {
  await userEvent.click(screen.getByRole('combobox', { name: /Sistem operasi/ }));
  await userEvent.click(await screen.findByRole('option', { name, hidden: true }));
}

async function chooseApplication(name: string) {
  await userEvent.click(screen.getByRole('combobox', { name: /Aplikasi yang akan dijalankan/ }));
  await userEvent.click(await screen.findByRole('option', { name, hidden: true }));
}

it('sends exactly the request record for the operator’s own OPD and opens the new request (A1, D4)', async () => {
  const calls = mockFetch(
    applications,
    images,
    on('POST', '/api/v1/vps-requests', () => json(vps({ id: 'vps-new' }), 201)),
  );
  const { router } = renderScreen(<VpsRequestPage />, { caller: CALLERS.dinkes });

  expect(screen.getByText('Permohonan diajukan atas nama OPD Anda: DINKES')).toBeInTheDocument();
  await chooseApplication('SIMPUS');
  // A decommissioned application is not offered (A1).
  expect(screen.queryByRole('option', { name: 'Aplikasi Lama', hidden: true })).not.toBeInTheDocument();
  const vcpu = screen.getByRole('textbox', { name: /vCPU/ });
  await userEvent.clear(vcpu);
  await userEvent.type(vcpu, '4');
  await chooseImage('Ubuntu Server 24.04 LTS (dukungan sampai 31 Mei 2029)');
  await userEvent.type(screen.getByRole('textbox', { name: /Keperluan/ }), 'Server SIMPUS');
  await userEvent.click(screen.getByRole('button', { name: 'Ajukan' }));

  await waitFor(() => expect(router.state.location.pathname).toBe('/pusat-data/vps/vps-new'));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.body).toEqual({ applicationId: 'app-1', vcpu: 4, ramGib: 4, diskGib: 50, osImage: 'ubuntu-24.04', purpose: 'Server SIMPUS' });
  expect(calls.find((c) => c.url.pathname === '/api/v1/applications')!.url.searchParams.get('opd')).toBe('DINKES');
  expect(calls.find((c) => c.url.pathname === '/api/v1/os-images')!.url.searchParams.get('status')).toBe('ACTIVE');
});

it('offers only active images whose support has not ended, and shows the server’s D4 refusal of an image retired meanwhile', async () => {
  mockFetch(
    applications,
    images,
    on('POST', '/api/v1/vps-requests', () => problem(422, { obligation: 'D4', detail: 'Image sistem operasi Rocky Linux 9 sudah dipensiunkan dari katalog Pusat Data.' })),
  );
  renderScreen(<VpsRequestPage />, { caller: CALLERS.dinkes });
  await chooseApplication('SIMPUS');
  await userEvent.click(screen.getByRole('combobox', { name: /Sistem operasi/ }));
  expect(await screen.findByRole('option', { name: 'Rocky Linux 9', hidden: true })).toBeInTheDocument();
  expect(screen.queryByRole('option', { name: /Debian 10/, hidden: true })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('option', { name: 'Rocky Linux 9', hidden: true }));
  await userEvent.type(screen.getByRole('textbox', { name: /Keperluan/ }), 'Portal');
  await userEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
  expect(await screen.findByText(/Aturan D4/)).toBeInTheDocument();
  expect(screen.getByText(/sudah dipensiunkan dari katalog/)).toBeInTheDocument();
});

it('says so when the catalogue offers no image', async () => {
  mockFetch(applications, on('GET', '/api/v1/os-images', () => json(page([]))));
  renderScreen(<VpsRequestPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Katalog Pusat Data belum berisi image aktif. Hubungi Dinas Kominfo.')).toBeInTheDocument();
});

it('marks missing and out-of-range fields before sending anything', async () => {
  const calls = mockFetch(applications, images);
  renderScreen(<VpsRequestPage />, { caller: CALLERS.dinkes });
  await screen.findByRole('combobox', { name: /Aplikasi yang akan dijalankan/ });
  const disk = screen.getByRole('textbox', { name: /Disk/ });
  await userEvent.clear(disk);
  await userEvent.type(disk, '5');
  await userEvent.click(screen.getByRole('button', { name: 'Ajukan' }));

  expect(await screen.findByText('Paling sedikit 10.')).toBeInTheDocument();
  expect(screen.getAllByText('Wajib diisi.')).toHaveLength(3); // application, OS image, purpose
  expect(calls.some((c) => c.method === 'POST')).toBe(false);
});

it('lets Dinas name the OPD and shows the server’s A1 refusal and field errors', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    applications,
    images,
    on('POST', '/api/v1/vps-requests', (_url, body) =>
      (body as { purpose: string }).purpose === 'x'
        ? problem(400, { errors: [{ field: 'osImage', message: 'bukan image katalog' }] })
        : problem(422, { obligation: 'A1', detail: 'Aplikasi sudah dihentikan.' }),
    ),
  );
  renderScreen(<VpsRequestPage />, { caller: CALLERS.dinas });
  await userEvent.click(screen.getByRole('combobox', { name: /OPD pemohon/ }));
  await userEvent.click(await screen.findByRole('option', { name: 'DINKES — Dinas Kesehatan', hidden: true }));
  await chooseApplication('SIMPUS');
  await chooseImage('Rocky Linux 9');
  await userEvent.type(screen.getByRole('textbox', { name: /Keperluan/ }), 'x');
  await userEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
  expect(await screen.findByText('bukan image katalog')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ opd: 'DINKES', applicationId: 'app-1' });

  await userEvent.type(screen.getByRole('textbox', { name: /Keperluan/ }), 'yz');
  await userEvent.click(screen.getByRole('button', { name: 'Ajukan' }));
  expect(await screen.findByText(/Aturan A1/)).toBeInTheDocument();
});
