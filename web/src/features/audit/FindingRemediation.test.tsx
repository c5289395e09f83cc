import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import FindingListPage from './FindingListPage';
import { AUDIT_ID, aFinding, FINDING_ID, page } from './fixtures';
import type { Finding } from './shared';
import { FakeXhr } from '../../test/fakeXhr';

vi.setConfig({ testTimeout: 20_000 });

/**
 * The follow-up flow of a finding with proof (AU7): the owner OPD resolves it with files, the auditor downloads the
 * proof and verifies — what the e2e flow "operator resolves with evidence, auditor verifies" clicks through.
 */
const ONE = `/api/v1/audits/${AUDIT_ID}/findings/${FINDING_ID}`;
const PROOF = {
  documentId: '6b0d4f826b4e8aad8cb7cba3',
  filename: 'berita-acara.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 4096,
  sha256: 'cd'.repeat(32),
  signatureStatus: 'UNSIGNED',
  uploadedBy: 'operator.dinkes',
  uploadedAt: '2026-12-20T03:00:00Z',
};

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

function handlers(finding: Finding) {
  return [
    on('GET', '/api/v1/audits/findings', () => json(page([finding]))),
    on('GET', ONE, () => json(finding, 200, { ETag: '"7"' })),
    on('GET', '/api/v1/opds', () => json(page([]))),
  ];
}

async function openFinding(caller: { username: string; opd?: string; roles: readonly string[] }) {
  renderScreen(<FindingListPage />, { route: '/audit/temuan', caller });
  await userEvent.click(await screen.findByRole('button', { name: 'Cadangan data tidak diuji' }));
  return screen.findByRole('dialog', { name: 'Temuan: Cadangan data tidak diuji' });
}

it('the owner OPD resolves a finding with proof files and a note, at the version read (AU7)', async () => {
  const calls = mockFetch(...handlers(aFinding({ status: 'IN_REMEDIATION' })));
  const dialog = await openFinding(CALLERS.dinkes);
  const user = userEvent.setup();
  await user.click(within(dialog).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, [
    new File(['%PDF-1.7 ba'], 'berita-acara.pdf', { type: 'application/pdf' }),
    new File(['png'], 'uji-pemulihan.png', { type: 'image/png' }),
  ]);
  await user.click(within(dialog).getByRole('textbox', { name: 'Catatan' }));
  await user.paste('Uji pemulihan berhasil');
  const form = within(dialog).getByRole('textbox', { name: 'Catatan' }).closest('form')!;
  await user.click(within(form).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));

  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.method).toBe('POST');
  expect(xhr.url).toBe(`${ONE}/resolve-with-files`);
  expect(xhr.requestHeaders['If-Match']).toBe('"7"');
  const body = xhr.body as FormData;
  expect(body.getAll('file').map((f) => (f as File).name)).toEqual(['berita-acara.pdf', 'uji-pemulihan.png']);
  expect(body.get('note')).toBe('Uji pemulihan berhasil');
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  act(() => xhr.respond(200, aFinding({ status: 'RESOLVED', remediationFiles: [PROOF] })));
  expect(await within(dialog).findByText('Tindak lanjut temuan diperbarui.')).toBeInTheDocument();
});

it('without files, resolving is the plain step with the note', async () => {
  const calls = mockFetch(
    ...handlers(aFinding({ status: 'IN_REMEDIATION' })),
    on('POST', `${ONE}/resolve`, () => json(aFinding({ status: 'RESOLVED' }), 200, { ETag: '"8"' })),
  );
  const dialog = await openFinding(CALLERS.dinkes);
  const user = userEvent.setup();
  await user.click(within(dialog).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Catatan' }), 'Selesai');
  const form = within(dialog).getByRole('textbox', { name: 'Catatan' }).closest('form')!;
  await user.click(within(form).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));
  expect(await within(dialog).findByText('Tindak lanjut temuan diperbarui.')).toBeInTheDocument();
  expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ note: 'Selesai' });
  expect(FakeXhr.last).toBeUndefined();
});

it('more than ten proof files are refused before anything is sent', async () => {
  mockFetch(...handlers(aFinding({ status: 'IN_REMEDIATION' })));
  const dialog = await openFinding(CALLERS.dinkes);
  const user = userEvent.setup();
  await user.click(within(dialog).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));
  const many = Array.from({ length: 11 }, (_, i) => new File(['%PDF'], `ba-${i}.pdf`, { type: 'application/pdf' }));
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, many);
  const form = within(dialog).getByRole('textbox', { name: 'Catatan' }).closest('form')!;
  await user.click(within(form).getByRole('button', { name: 'Laporkan selesai diperbaiki' }));
  expect(await within(dialog).findByText('Paling banyak 10 berkas.')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();
});

it('the auditor downloads the proof of a resolved finding and verifies it', async () => {
  const createObjectURL = vi.fn(() => 'blob:bukti');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    ...handlers(aFinding({ status: 'RESOLVED', lastNote: 'Uji pemulihan berhasil', remediationFiles: [PROOF] })),
    on('GET', `${ONE}/files/${PROOF.documentId}`, () =>
      new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''berita-acara.pdf" } }),
    ),
    on('POST', `${ONE}/verify`, () => json(aFinding({ status: 'VERIFIED', verifiedBy: 'auditor', remediationFiles: [PROOF] }), 200, { ETag: '"8"' })),
  );
  const dialog = await openFinding(CALLERS.auditor);
  const user = userEvent.setup();
  const proof = within(dialog).getByRole('region', { name: 'Bukti perbaikan' });
  expect(within(proof).getByText(/diunggah operator\.dinkes/)).toBeInTheDocument();
  await user.click(within(proof).getByRole('button', { name: 'Unduh bukti perbaikan berita-acara.pdf' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  expect(calls.some((c) => c.method === 'GET' && c.url.pathname === `${ONE}/files/${PROOF.documentId}`)).toBe(true);

  await user.click(within(dialog).getByRole('button', { name: 'Verifikasi' }));
  const form = within(dialog).getByRole('textbox', { name: 'Catatan' }).closest('form')!;
  expect(within(form).queryByLabelText('Berkas bukti perbaikan')).not.toBeInTheDocument();
  await user.click(within(form).getByRole('button', { name: 'Verifikasi' }));
  expect(await within(dialog).findByText('Tindak lanjut temuan diperbarui.')).toBeInTheDocument();
  const verify = calls.find((c) => c.method === 'POST')!;
  expect(verify.url.pathname).toBe(`${ONE}/verify`);
  expect(verify.headers.get('If-Match')).toBe('"7"');
});
