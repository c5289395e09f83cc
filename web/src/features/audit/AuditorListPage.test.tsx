import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import AuditorListPage from './AuditorListPage';
import { anAuditor, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const opds = on('GET', '/api/v1/opds', () =>
  json(page([{ code: 'INSPEKTORAT', name: 'Inspektorat Daerah' }, { code: 'DINKES', name: 'Dinas Kesehatan' }])),
);

it('shows the internal team with its decree and flags an expired external certificate in words (AU3)', async () => {
  mockFetch(
    on('GET', '/api/v1/auditors', () =>
      json(
        page([
          anAuditor(),
          anAuditor({ id: 'aud-3', type: 'EXTERNAL_AUDITOR', name: 'Komang Wira', username: undefined, homeOpd: undefined, decree: undefined, certificate: { number: 'CISA-778', issuer: 'ISACA', expiresOn: '2024-06-30' } }),
        ]),
      ),
    ),
  );
  renderScreen(<AuditorListPage />, { route: '/audit/auditor', caller: CALLERS.auditor });
  const table = await screen.findByRole('table', { name: 'Daftar auditor' });
  const internal = within(table).getByText('Ni Made Sari').closest('tr')!;
  expect(within(internal).getByText(/SK 800\/123\/INSP\/2026/)).toBeInTheDocument();
  const external = within(table).getByText('Komang Wira').closest('tr')!;
  expect(within(external).getByText('Kedaluwarsa')).toBeInTheDocument();
  expect(within(external).getByText('CISA-778 · ISACA')).toBeInTheDocument();
  // Read-only for auditors: no register button, names are not edit links.
  expect(screen.queryByRole('button', { name: 'Daftarkan auditor' })).not.toBeInTheDocument();
});

it('registers an internal auditor with the decree that appointed the team', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/auditors', () => json(page([]))),
    opds,
    on('POST', '/api/v1/auditors', () => json(anAuditor(), 201)),
  );
  renderScreen(<AuditorListPage />, { route: '/audit/auditor', caller: CALLERS.dinas });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Daftarkan auditor' }));
  const dialog = await screen.findByRole('dialog', { name: 'Daftarkan auditor' });
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getByRole('textbox', { name: /Nomor SK tim/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await user.click(within(dialog).getByRole('textbox', { name: /^Nama/ }));
  await user.paste('Ni Made Sari');
  await user.click(within(dialog).getByRole('textbox', { name: /Akun pengguna/ }));
  await user.paste('auditor');
  await user.click(within(dialog).getByRole('combobox', { name: /OPD asal/ }));
  await user.click(await screen.findByRole('option', { name: 'INSPEKTORAT — Inspektorat Daerah', hidden: true }));
  await user.click(within(dialog).getByRole('textbox', { name: /Nomor SK tim/ }));
  await user.paste('800/123/INSP/2026');
  await user.type(within(dialog).getByLabelText(/Tanggal SK/), '2026-01-15');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  expect(await screen.findByText('Data auditor tersimpan.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    type: 'INTERNAL',
    name: 'Ni Made Sari',
    username: 'auditor',
    homeOpd: 'INSPEKTORAT',
    active: true,
    decree: { number: '800/123/INSP/2026', date: '2026-01-15' },
  });
});

it('an external auditor needs a certificate; the server’s field message shows next to it', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/auditors', () => json(page([]))),
    opds,
    on('POST', '/api/v1/auditors', () => problem(400, { errors: [{ field: 'certificate.expiresOn', message: 'tanggal tidak valid' }] })),
  );
  renderScreen(<AuditorListPage />, { route: '/audit/auditor', caller: CALLERS.dinas });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Daftarkan auditor' }));
  const dialog = await screen.findByRole('dialog', { name: 'Daftarkan auditor' });
  const kind = within(dialog).getByRole('combobox', { name: /^Jenis/ });
  await user.click(kind);
  await waitFor(() => expect(document.getElementById(kind.getAttribute('aria-controls')!)).not.toBeNull());
  const listbox = document.getElementById(kind.getAttribute('aria-controls')!)!;
  await user.click(within(listbox).getByRole('option', { name: 'Auditor eksternal', hidden: true }));
  await user.click(within(dialog).getByRole('textbox', { name: /^Nama/ }));
  await user.paste('Komang Wira');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(within(dialog).getByRole('textbox', { name: /Nomor sertifikat/ })).toHaveAccessibleDescription(/Wajib diisi/);
  expect(within(dialog).queryByRole('textbox', { name: /Nomor SK tim/ })).not.toBeInTheDocument();

  await user.click(within(dialog).getByRole('textbox', { name: /Nomor sertifikat/ }));
  await user.paste('CISA-778');
  await user.click(within(dialog).getByRole('textbox', { name: /Penerbit/ }));
  await user.paste('ISACA');
  await user.type(within(dialog).getByLabelText(/Berlaku sampai/), '2027-06-30');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(within(dialog).getByLabelText(/Berlaku sampai/)).toHaveAccessibleDescription(/tanggal tidak valid/));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    type: 'EXTERNAL_AUDITOR',
    name: 'Komang Wira',
    active: true,
    certificate: { number: 'CISA-778', issuer: 'ISACA', expiresOn: '2027-06-30' },
  });
});
