import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import { FakeXhr } from '../../test/fakeXhr';
import { EvidenceDocuments } from './EvidenceDocuments';
import { EVALUATOR, evidenceDocument, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const ID = '2026-permenpanrb-59-2020';
const DOCS = `/api/v1/evaluations/${ID}/indicators/1/evidence-documents`;
const PERWAL = evidenceDocument();
const OLD_SK = evidenceDocument({ id: '0123456789abcdef01234567', title: 'SK Tim SPBE 2019', filename: 'sk-tim.pdf', validUntil: '2020-12-31', expired: true });

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

it('lists the evidence with file, size, SHA-256, validity and a "kedaluwarsa" badge, and downloads with the token (M1)', async () => {
  const createObjectURL = vi.fn(() => 'blob:bukti');
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
  const calls = mockFetch(
    on('GET', DOCS, () => json(page([PERWAL, OLD_SK]))),
    on('GET', `${DOCS}/${OLD_SK.id}`, () => new Response('%PDF-1.4', { status: 200, headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename*=UTF-8''sk-tim.pdf" } })),
  );
  renderScreen(<EvidenceDocuments evaluationId={ID} no="1" canUpload={false} />, { caller: EVALUATOR });

  const table = await screen.findByRole('table', { name: 'Dokumen bukti yang diunggah untuk indikator 1' });
  const old = within(table).getByText('SK Tim SPBE 2019').closest('tr')!;
  expect(within(old).getByText('kedaluwarsa')).toBeInTheDocument();
  expect(within(old).getByText(/Masa berlaku berakhir sebelum tanggal penilaian/)).toBeInTheDocument();
  expect(within(old).getByText(`SHA-256: ${'ab'.repeat(8)}…`)).toBeInTheDocument();
  expect(within(old).getByText('sk-tim.pdf (2 kB)')).toBeInTheDocument();
  const current = within(table).getByText('Perwal Arsitektur SPBE').closest('tr')!;
  expect(within(current).queryByText('kedaluwarsa')).not.toBeInTheDocument();
  // readers only: no checkboxes, no upload form
  expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Unggah' })).not.toBeInTheDocument();

  await userEvent.click(within(old).getByRole('button', { name: 'Unduh sk-tim.pdf' }));
  await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  const download = calls.find((c) => c.url.pathname === `${DOCS}/${OLD_SK.id}`)!;
  expect(download.headers.get('Authorization')).toMatch(/^Bearer /);
});

it('the unit uploads files with a title and validity; progress is announced and the new documents are picked (M1, M3)', async () => {
  let listed = [PERWAL];
  mockFetch(on('GET', DOCS, () => json(page(listed))));
  const onChange = vi.fn();
  renderScreen(<EvidenceDocuments evaluationId={ID} no="1" canUpload selection={{ selected: [], onChange }} />, { caller: CALLERS.dinas });
  const user = userEvent.setup();
  expect(await screen.findByRole('checkbox', { name: 'Pakai "Perwal Arsitektur SPBE" sebagai bukti usulan' })).not.toBeChecked();

  // nothing chosen and no title: refused before anything is sent
  await user.click(screen.getByRole('button', { name: 'Unggah' }));
  expect(await screen.findByText('Pilih minimal satu berkas.')).toBeInTheDocument();
  expect(screen.getByText('Wajib diisi')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();

  const form = screen.getByRole('form', { name: 'Unggah dokumen bukti' });
  await user.upload(form.querySelector('input[type="file"]') as HTMLInputElement, [
    new File(['%PDF-1.7 sop'], 'sop.pdf', { type: 'application/pdf' }),
    new File(['png'], 'foto-ruang-server.png', { type: 'image/png' }),
  ]);
  await user.type(within(form).getByRole('textbox', { name: /Judul dokumen/ }), 'SOP Arsitektur');
  await user.type(within(form).getByLabelText(/Berlaku sampai/), '2027-06-30');
  await user.click(within(form).getByRole('button', { name: 'Unggah' }));

  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.method).toBe('POST');
  expect(xhr.url).toBe(DOCS);
  expect(xhr.requestHeaders.Authorization).toMatch(/^Bearer /);
  const body = xhr.body as FormData;
  expect(body.getAll('file').map((f) => (f as File).name)).toEqual(['sop.pdf', 'foto-ruang-server.png']);
  expect(body.get('title')).toBe('SOP Arsitektur');
  expect(body.get('validUntil')).toBe('2027-06-30');
  act(() => xhr.progress(450, 1000));
  expect(await screen.findByRole('progressbar', { name: 'Mengunggah… 45%' })).toHaveAttribute('aria-valuenow', '45');

  const sop = evidenceDocument({ id: 'aaaaaaaaaaaaaaaaaaaaaaaa', title: 'SOP Arsitektur', filename: 'sop.pdf' });
  const photo = evidenceDocument({ id: 'bbbbbbbbbbbbbbbbbbbbbbbb', title: 'SOP Arsitektur', filename: 'foto-ruang-server.png', mediaType: 'image/png' });
  listed = [sop, photo, PERWAL];
  act(() => xhr.respond(201, { documents: [sop, photo] }));
  expect(await screen.findByText('2 dokumen bukti diunggah dan dipilih untuk usulan.')).toBeInTheDocument();
  expect(onChange).toHaveBeenCalledWith(['aaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbb']);
  expect(await screen.findByText('foto-ruang-server.png (2 kB)')).toBeInTheDocument();
});

it('shows a refused upload: the field named by the server next to it, a 415 in the banner', async () => {
  mockFetch(on('GET', DOCS, () => json(page([]))));
  renderScreen(<EvidenceDocuments evaluationId={ID} no="1" canUpload selection={{ selected: [], onChange: vi.fn() }} />, { caller: CALLERS.dinas });
  const user = userEvent.setup();
  expect(await screen.findByText('Belum ada dokumen bukti yang diunggah untuk indikator ini.')).toBeInTheDocument();
  const form = screen.getByRole('form', { name: 'Unggah dokumen bukti' });
  await user.upload(form.querySelector('input[type="file"]') as HTMLInputElement, new File(['MZ'], 'laporan.pdf', { type: 'application/pdf' }));
  await user.type(within(form).getByRole('textbox', { name: /Judul dokumen/ }), 'Laporan');
  await user.click(within(form).getByRole('button', { name: 'Unggah' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  act(() =>
    FakeXhr.last!.respond(
      415,
      { type: 'https://spbe.github.io/problems/unsupported-media-type', title: 'Jenis berkas tidak diterima', status: 415, detail: 'Berkas application/x-msdownload tidak diterima.' },
      'application/problem+json',
    ),
  );
  expect(await within(form).findByRole('alert')).toHaveTextContent('Berkas application/x-msdownload tidak diterima.');

  FakeXhr.last = undefined;
  await user.click(within(form).getByRole('button', { name: 'Unggah' }));
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  act(() =>
    FakeXhr.last!.respond(
      400,
      { type: 'https://spbe.github.io/problems/validation', title: 'Bad Request', status: 400, errors: [{ field: 'validUntil', message: 'Tanggal berlaku harus berformat YYYY-MM-DD.' }] },
      'application/problem+json',
    ),
  );
  expect(await within(form).findByText('Tanggal berlaku harus berformat YYYY-MM-DD.')).toBeInTheDocument();
});

it('says when the list cannot be loaded', async () => {
  mockFetch(on('GET', DOCS, () => problem(404, { title: 'Not Found', detail: 'Indikator 1 tidak ditemukan.' })));
  renderScreen(<EvidenceDocuments evaluationId={ID} no="1" canUpload={false} />, { caller: CALLERS.dinkes });
  expect(await screen.findByRole('alert')).toHaveTextContent('Indikator 1 tidak ditemukan.');
});

it('refuses files over the 20 MB upload limit together before sending anything', async () => {
  mockFetch(on('GET', DOCS, () => json(page([]))));
  renderScreen(<EvidenceDocuments evaluationId={ID} no="1" canUpload />, { caller: CALLERS.dinas });
  const user = userEvent.setup();
  const form = await screen.findByRole('form', { name: 'Unggah dokumen bukti' });
  const half = () => Object.defineProperty(new File(['%PDF'], 'scan.pdf', { type: 'application/pdf' }), 'size', { value: 11 * 1024 * 1024 });
  await user.upload(form.querySelector('input[type="file"]') as HTMLInputElement, [half(), half()]);
  await user.type(within(form).getByRole('textbox', { name: /Judul dokumen/ }), 'Pindaian');
  await user.click(within(form).getByRole('button', { name: 'Unggah' }));
  expect(await within(form).findByText('Berkas yang dipilih bersama-sama lebih dari 20 MB.')).toBeInTheDocument();
  expect(FakeXhr.last).toBeUndefined();
});
