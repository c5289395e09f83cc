import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../../test/render';
import { FakeXhr } from '../../../test/fakeXhr';
import { page } from '../vps/fixtures';
import ConsentsPage from './ConsentsPage';

vi.setConfig({ testTimeout: 30_000 });

const consent = {
  id: 'c-1',
  opd: 'DINKES',
  actions: ['DATASET_ACCESS', 'RESTORE_TEST'],
  allSystems: false,
  targets: [{ kind: 'APPLICATION', id: 'app-1' }],
  validFrom: '2026-11-01',
  validUntil: '2027-10-31',
  letterNumber: '800/12/DINKES/2026',
  status: 'GRANTED',
  standing: 'IN_FORCE',
  grantedBy: 'operator.dinkes',
  grantedAt: '2026-11-01T01:00:00Z',
  version: 3,
};

it('D7: lists the OPD’s consents with their standing and revokes one with a reason and If-Match', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/custody-consents', () => json(page([consent, { ...consent, id: 'c-2', letterNumber: null, status: 'REVOKED', standing: 'REVOKED', revokeReason: 'Selesai' }]))),
    on('POST', '/api/v1/custody-consents/c-1/revoke', () => json({ ...consent, status: 'REVOKED', standing: 'REVOKED' })),
  );
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('heading', { level: 1, name: 'Persetujuan Pengelolaan Data' })).toBeInTheDocument();
  const table = await screen.findByRole('table', { name: 'Daftar persetujuan pengelolaan data' });
  expect(within(table).getAllByText('Akses rekaman dataset, Uji pemulihan cadangan')).toHaveLength(2);
  expect(within(table).getByText('Berlaku')).toBeInTheDocument();
  expect(within(table).getByText('Dicabut')).toBeInTheDocument();
  expect(within(table).getAllByText('Aplikasi app-1')).toHaveLength(2);
  // Only the GRANTED one offers revocation.
  expect(within(table).getAllByRole('button', { name: /Cabut persetujuan/ })).toHaveLength(1);
  expect(calls[0].url.searchParams.get('opd')).toBeNull();

  await userEvent.click(screen.getByRole('button', { name: 'Cabut persetujuan 800/12/DINKES/2026' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /Alasan/ }), 'Uji pemulihan selesai');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Cabut' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(post.headers.get('If-Match')).toBe('"3"'); // the version the row showed, not a fresh read
  expect(calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/custody-consents/c-1')).toHaveLength(0);
  expect(post.body).toEqual({ reason: 'Uji pemulihan selesai' });
});

it('D7: an operator grants a consent with exactly the GrantForm; missing actions are said next to the field', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/custody-consents', () => json(page([]))),
    on('GET', '/api/v1/applications', () => json(page([{ id: 'app-1', name: 'SIKDA', ownerOpd: 'DINKES', status: 'ACTIVE' }]))),
    on('GET', '/api/v1/vps-requests', () => json(page([]))),
    on('GET', '/api/v1/datasets', () => json(page([]))),
    on('POST', '/api/v1/custody-consents', () => json(consent, 201)),
  );
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinkes });
  expect(await screen.findByText('Belum ada persetujuan.')).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Berikan persetujuan' }));
  const dialog = await screen.findByRole('dialog');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Pilih sedikitnya satu tindakan.')).toBeInTheDocument();
  expect(calls.some((c) => c.method === 'POST')).toBe(false);

  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Uji pemulihan cadangan' }));
  await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Mencakup semua sistem dan dataset OPD' }));
  const from = within(dialog).getByLabelText(/Berlaku mulai/);
  await userEvent.clear(from);
  await userEvent.type(from, '2026-12-01');
  await userEvent.type(within(dialog).getByLabelText(/Berlaku sampai/), '2027-11-30');
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Nomor surat persetujuan' }), '800/20/DINKES/2026');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
    actions: ['RESTORE_TEST'],
    allSystems: true,
    validFrom: '2026-12-01',
    validUntil: '2027-11-30',
    letterNumber: '800/20/DINKES/2026',
  });
});

it('D7: Dinas sees every OPD’s consents, may filter by OPD, and is offered no grant or revoke', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('GET', '/api/v1/custody-consents', () => json(page([consent]))),
  );
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinas });
  const table = await screen.findByRole('table', { name: 'Daftar persetujuan pengelolaan data' });
  expect(within(table).getByText('DINKES')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Berikan persetujuan' })).not.toBeInTheDocument();
  expect(within(table).queryByRole('button', { name: /Cabut/ })).not.toBeInTheDocument();
  expect(screen.getByRole('combobox', { name: 'OPD' })).toBeInTheDocument();
  expect(calls[calls.length - 1].url.pathname).toBe('/api/v1/custody-consents');
});

it('shows a failed list as a problem instead of the table', async () => {
  mockFetch(on('GET', '/api/v1/custody-consents', () => problem(500, { title: 'Internal Server Error', detail: 'Terjadi kesalahan' })));
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinkes });
  expect((await screen.findAllByText(/Terjadi kesalahan/)).length).toBeGreaterThan(0);
  expect(screen.queryByRole('table')).not.toBeInTheDocument();
});

const LETTER = {
  documentId: '6b0d4f826b4e8aad8cb7cba2',
  filename: 'surat-persetujuan.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'ab'.repeat(32),
  signatureStatus: 'INTACT',
  signer: 'CN=Kepala Dinas Kesehatan',
  uploadedBy: 'operator.dinkes',
  uploadedAt: '2026-11-02T01:00:00Z',
} as const;

it('D7 × SEC3: the owner uploads the letter as PDF with the row’s version as If-Match; progress and the result are announced', async () => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  const calls = mockFetch(on('GET', '/api/v1/custody-consents', () => json(page([{ ...consent, version: 6 }]))));
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  expect(await screen.findByText('Surat belum dilampirkan')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Unggah surat persetujuan 800/12/DINKES/2026' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('button', { name: 'Unggah surat' }));
  expect(within(dialog).getByText('Wajib diisi')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();

  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.7 surat'], 'surat.pdf', { type: 'application/pdf' }));
  await user.click(within(dialog).getByRole('button', { name: 'Unggah surat' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.method).toBe('POST');
  expect(xhr.url).toBe('/api/v1/custody-consents/c-1/letter');
  expect(xhr.requestHeaders['If-Match']).toBe('"6"');
  expect(((xhr.body as FormData).get('file') as File).name).toBe('surat.pdf');
  expect(calls.filter((c) => c.url.pathname === '/api/v1/custody-consents/c-1')).toHaveLength(0);
  act(() => xhr.progress(500, 1000));
  expect(await within(dialog).findByText('Mengunggah surat… 50%')).toBeInTheDocument();
  act(() => xhr.respond(200, { ...consent, letter: LETTER, version: 7 }));
  expect(await screen.findByText('Surat persetujuan dilampirkan.')).toBeInTheDocument();
});

it('D7 × SEC3: shows the stored letter’s SHA-256 and signature verdict, and Dinas downloads it without an upload button', async () => {
  const createObjectURL = vi.fn(() => 'blob:pdf');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', '/api/v1/opds', () => json(page([{ code: 'DINKES', name: 'Dinas Kesehatan' }]))),
    on('GET', '/api/v1/custody-consents', () => json(page([{ ...consent, letter: LETTER }]))),
    on('GET', '/api/v1/custody-consents/c-1/letter', () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="surat-persetujuan.pdf"' } })),
  );
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinas });
  expect(await screen.findByText(`SHA-256 ${'ab'.repeat(32)}`)).toBeInTheDocument();
  expect(screen.getByText('Tanda tangan utuh, belum diverifikasi (CN=Kepala Dinas Kesehatan)')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Unggah surat/ })).not.toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Unduh surat persetujuan 800/12/DINKES/2026' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  expect(calls.find((c) => c.url.pathname === '/api/v1/custody-consents/c-1/letter')!.headers.get('Authorization')).toMatch(/^Bearer /);
});

it('D7 × SEC3: a refused letter (422 SEC3, broken signature) is shown in the dialog', async () => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  mockFetch(on('GET', '/api/v1/custody-consents', () => json(page([consent]))));
  renderScreen(<ConsentsPage />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Unggah surat persetujuan 800/12/DINKES/2026' }));
  const dialog = await screen.findByRole('dialog');
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF-1.7 x'], 'surat.pdf', { type: 'application/pdf' }));
  await user.click(within(dialog).getByRole('button', { name: 'Unggah surat' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  act(() =>
    FakeXhr.last!.respond(
      422,
      { type: 'https://spbe.github.io/problems/rule-violation', title: 'Aturan dilanggar', status: 422, obligation: 'SEC3', detail: 'Tanda tangan digital rusak: isi berubah setelah ditandatangani.' },
      'application/problem+json',
    ),
  );
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Tanda tangan digital rusak');
  expect(within(dialog).getByRole('alert')).toHaveTextContent(/SEC3/);
});
