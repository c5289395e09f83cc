import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../test/render';
import { EvidenceSection } from './EvidenceSection';
import { AUDIT_ID, anAudit, anEvidence, LEAD_AUDITOR, page } from './fixtures';
import { FakeXhr } from '../../test/fakeXhr';

vi.setConfig({ testTimeout: 20_000 });

const BASE = `/api/v1/audits/${AUDIT_ID}/evidence-requests`;
const running = anAudit({ status: 'IN_PROGRESS', team: [LEAD_AUDITOR] });

const SOP = { documentId: '6b0d4f826b4e8aad8cb7cba2', filename: 'sop-pencadangan.pdf', mediaType: 'application/pdf', sizeBytes: 2048, sha256: 'ab'.repeat(32), signatureStatus: 'UNSIGNED' };

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

async function openProvide(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Berikan bukti: Laporan uji pemulihan cadangan' }));
  return screen.findByRole('dialog', { name: 'Berikan bukti' });
}

it('the audited OPD uploads evidence files with a note; progress and the result are announced (AU2)', async () => {
  mockFetch(on('GET', BASE, () => json(page([anEvidence()]))), on('GET', `${BASE}/ev-1`, () => json(anEvidence(), 200, { ETag: '"2"' })));
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  const dialog = await openProvide(user);
  const input = dialog.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, [
    new File(['%PDF-1.7 sop'], 'sop-pencadangan.pdf', { type: 'application/pdf' }),
    new File(['png'], 'jadwal.png', { type: 'image/png' }),
  ]);
  await user.click(within(dialog).getByRole('textbox', { name: 'Catatan' }));
  await user.paste('SOP dan jadwal');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));

  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.method).toBe('POST');
  expect(xhr.url).toBe(`${BASE}/ev-1/files`);
  expect(xhr.requestHeaders.Authorization).toMatch(/^Bearer /);
  // the version read when the dialog opened, so an upload onto a request someone else changed answers 412
  expect(xhr.requestHeaders['If-Match']).toBe('"2"');
  const body = xhr.body as FormData;
  expect(body.getAll('file').map((f) => (f as File).name)).toEqual(['sop-pencadangan.pdf', 'jadwal.png']);
  expect(body.get('note')).toBe('SOP dan jadwal');
  act(() => xhr.progress(300, 1000));
  expect(await within(dialog).findByText('Mengunggah bukti… 30%')).toBeInTheDocument();
  expect(within(dialog).getByRole('progressbar', { name: 'Mengunggah bukti… 30%' })).toHaveAttribute('aria-valuenow', '30');
  act(() => xhr.respond(200, anEvidence({ status: 'PROVIDED' })));
  expect(await screen.findByText('Bukti diunggah: 2 berkas.')).toBeInTheDocument();
});

it('a refused file type is shown through the problem banner in the dialog (415)', async () => {
  mockFetch(on('GET', BASE, () => json(page([anEvidence()]))), on('GET', `${BASE}/ev-1`, () => json(anEvidence(), 200, { ETag: '"2"' })));
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  const dialog = await openProvide(user);
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['MZ'], 'laporan.pdf', { type: 'application/pdf' }));
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  act(() =>
    FakeXhr.last!.respond(
      415,
      { type: 'https://spbe.github.io/problems/unsupported-media-type', title: 'Jenis berkas tidak diterima', status: 415, detail: 'Berkas application/x-msdownload tidak diterima.' },
      'application/problem+json',
    ),
  );
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Berkas application/x-msdownload tidak diterima.');
});

it('nothing chosen, or files and ids at once, is refused before anything is sent', async () => {
  const calls = mockFetch(on('GET', BASE, () => json(page([anEvidence()]))), on('GET', `${BASE}/ev-1`, () => json(anEvidence(), 200, { ETag: '"2"' })));
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.dinkes });
  const user = userEvent.setup();
  const dialog = await openProvide(user);
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Pilih berkas bukti atau isi sedikitnya satu ID dokumen')).toBeInTheDocument();
  await user.upload(dialog.querySelector('input[type="file"]') as HTMLInputElement, new File(['%PDF'], 'sop.pdf', { type: 'application/pdf' }));
  await user.click(within(dialog).getByRole('textbox', { name: /ID dokumen/ }));
  await user.paste('6b0d4f826b4e8aad8cb7cba2');
  await user.click(within(dialog).getByRole('button', { name: 'Simpan' }));
  expect(await within(dialog).findByText('Unggah berkas atau isi ID dokumen, tidak keduanya')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();
  expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
});

it('the team downloads an uploaded evidence file by its name', async () => {
  const createObjectURL = vi.fn(() => 'blob:bukti');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const provided = anEvidence({
    status: 'PROVIDED',
    submissions: [{ round: 1, documentIds: [SOP.documentId], files: [SOP], providedBy: 'operator.dinkes', providedAt: '2026-12-02T00:00:00Z' }],
  });
  const calls = mockFetch(
    on('GET', BASE, () => json(page([provided]))),
    on('GET', `${BASE}/ev-1/files/${SOP.documentId}`, () => new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''sop-pencadangan.pdf" } })),
  );
  renderScreen(<EvidenceSection engagement={running} />, { caller: CALLERS.auditor });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Unduh bukti sop-pencadangan.pdf' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  expect(calls.some((c) => c.method === 'GET' && c.url.pathname === `${BASE}/ev-1/files/${SOP.documentId}`)).toBe(true);
});
