import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import CertificatePage, { certificateMediaType, dayEnd, dayStart } from './CertificatePage';
import { aCertificate, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const opds = on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }])));

it('says the region does not monitor certificates when the API answers 422 AU9, and offers no registration', async () => {
  mockFetch(opds, on('GET', '/api/v1/certificates', () => problem(422, { obligation: 'AU9', detail: 'Profil ini tidak memantau sertifikat.' })));
  renderScreen(<CertificatePage />, { route: '/audit/sertifikat', caller: CALLERS.dinas });
  expect(await screen.findByText('Profil regulasi daerah ini tidak mewajibkan pemantauan sertifikat elektronik (AU9).')).toBeInTheDocument();
  const status = screen.getByText('Profil regulasi daerah ini tidak mewajibkan pemantauan sertifikat elektronik (AU9).').closest('[role="status"]')!;
  expect(status).toHaveTextContent('Maluku Tenggara');
  expect(status).toHaveTextContent('Profil ini tidak memantau sertifikat.');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Catat sertifikat' })).not.toBeInTheDocument();
});

it('flags expired and expiring-soon certificates in words, with the days left', async () => {
  const soon = new Date(Date.now() + 10 * 86_400_000).toISOString();
  mockFetch(
    opds,
    on('GET', '/api/v1/certificates', () =>
      json(
        page([
          aCertificate({ id: 'c1', holder: 'Made Ayu', status: 'EXPIRED', notAfter: '2025-06-01T00:00:00Z' }),
          aCertificate({ id: 'c2', holder: 'Putu Adi', status: 'EXPIRING_SOON', notAfter: soon }),
          aCertificate({ id: 'c3', holder: 'Kadek Sri' }),
        ]),
      ),
    ),
  );
  renderScreen(<CertificatePage />, { route: '/audit/sertifikat', caller: CALLERS.auditor });
  const table = await screen.findByRole('table', { name: 'Daftar sertifikat elektronik' });
  expect(within(within(table).getByText('Made Ayu').closest('tr')!).getByText('Kedaluwarsa')).toBeInTheDocument();
  const expiring = within(table).getByText('Putu Adi').closest('tr')!;
  expect(within(expiring).getByText('Segera berakhir')).toBeInTheDocument();
  expect(within(expiring).getByText(/^(9|10) hari lagi$/)).toBeInTheDocument();
  expect(within(within(table).getByText('Kadek Sri').closest('tr')!).getByText('Berlaku')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Catat sertifikat' })).not.toBeInTheDocument();
});

it('an operator records a certificate typed by hand for its own OPD', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/certificates', () => json(page([]))),
    on('POST', '/api/v1/certificates', () => json(aCertificate(), 201)),
  );
  renderScreen(<CertificatePage />, { route: '/audit/sertifikat', caller: CALLERS.dinkes });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Catat sertifikat' }));
  const dialog = await screen.findByRole('dialog', { name: 'Catat sertifikat elektronik' });
  await user.click(within(dialog).getByRole('textbox', { name: /Pemegang/ }));
  await user.paste('dr. Putu Adi');
  await user.click(within(dialog).getByRole('textbox', { name: /Penerbit/ }));
  await user.paste('CN=BSrE CA');
  await user.click(within(dialog).getByRole('textbox', { name: /Nomor seri/ }));
  await user.paste('zz');
  await user.type(within(dialog).getByLabelText(/Berlaku mulai/), '2026-01-01');
  await user.type(within(dialog).getByLabelText(/Berlaku sampai/), '2027-12-31');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getByRole('textbox', { name: /Nomor seri/ })).toHaveAccessibleDescription(/heksadesimal/);
  await user.clear(within(dialog).getByRole('textbox', { name: /Nomor seri/ }));
  await user.paste('1a:2b:3c');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await screen.findByText('Sertifikat tersimpan.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    holder: 'dr. Putu Adi',
    opdCode: 'DINKES',
    issuer: 'CN=BSrE CA',
    serialNumber: '1a:2b:3c',
    notBefore: dayStart('2026-01-01'),
    notAfter: dayEnd('2027-12-31'),
    keyUsage: ['DIGITAL_SIGNATURE', 'NON_REPUDIATION'],
  });
});

it('reads a certificate from an uploaded file: the file is the body, OPD and holder ride in the query', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/certificates', () => json(page([]))),
    on('POST', '/api/v1/certificates/import', () => json(aCertificate({ source: 'X509' }), 201)),
  );
  renderScreen(<CertificatePage />, { route: '/audit/sertifikat', caller: CALLERS.dinkes });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Baca dari berkas' }));
  const dialog = await screen.findByRole('dialog', { name: 'Baca sertifikat dari berkas X.509 / PKCS#7' });
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File(['-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n'], 'putu.pem'));
  await user.click(within(dialog).getByRole('button', { name: 'Baca dari berkas' }));
  expect(await screen.findByText('Sertifikat tersimpan.')).toBeInTheDocument();
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.url.searchParams.get('opd')).toBe('DINKES');
  expect(post.url.searchParams.has('holder')).toBe(false);
  expect(post.headers.get('Content-Type')).toBe('application/x-pem-file');
  expect(post.body).toContain('BEGIN CERTIFICATE');
});

it('names the media type the API takes for each certificate file', () => {
  expect(certificateMediaType('a.p7b')).toBe('application/x-pkcs7-certificates');
  expect(certificateMediaType('a.CER')).toBe('application/pkix-cert');
  expect(certificateMediaType('a.pem')).toBe('application/x-pem-file');
  expect(certificateMediaType('a.bin')).toBe('application/octet-stream');
});
