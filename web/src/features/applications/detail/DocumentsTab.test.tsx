import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, renderScreen } from '../../../test/render';
import ApplicationDetailPage from '../ApplicationDetailPage';
import { anApplication } from './fixtures';
import { FakeXhr } from '../../../test/fakeXhr';

vi.setConfig({ testTimeout: 20_000 });

const APP = anApplication();
const BASE = `/api/v1/applications/${APP.id}`;
const VERSION = {
  fileId: 'f-1',
  kind: 'TEST_REPORT',
  version: 1,
  filename: 'laporan-uji.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2048,
  sha256: 'a'.repeat(64),
  signature: { signer: 'Kepala Dinas Kesehatan', trust: 'TRUSTED' },
  uploadedBy: 'operator.dinkes',
  uploadedAt: '2026-11-03T02:00:00Z',
  href: `${BASE}/documents/f-1`,
};
const CATALOGUE = {
  applicationId: APP.id,
  requiredKinds: ['REQUIREMENTS_SPEC', 'TEST_REPORT'],
  missingRequiredKinds: ['REQUIREMENTS_SPEC'],
  complete: false,
  kinds: [
    { kind: 'REQUIREMENTS_SPEC', required: true, versions: [] },
    { kind: 'TEST_REPORT', required: true, versions: [VERSION] },
  ],
};

function showDocuments() {
  return renderScreen(<ApplicationDetailPage />, {
    route: `/aplikasi/${APP.id}?tab=dokumen`,
    path: '/aplikasi/:id',
    caller: CALLERS.dinkes,
  });
}

async function chooseUpload(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('combobox', { name: /Jenis dokumen/ }));
  await user.click(await screen.findByRole('option', { name: 'Spesifikasi kebutuhan', hidden: true }));
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  await user.upload(input, new File(['%PDF-1.7 spesifikasi'], 'spesifikasi.pdf', { type: 'application/pdf' }));
  await user.click(screen.getByRole('button', { name: 'Unggah' }));
}

beforeEach(() => {
  FakeXhr.last = undefined;
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
});

it('lists versions with signature status and says which required kinds are missing', async () => {
  mockFetch(on('GET', BASE, () => json(APP)), on('GET', `${BASE}/documents`, () => json(CATALOGUE)));
  showDocuments();
  const table = await screen.findByRole('table', { name: 'Versi dokumen jenis Laporan pengujian' });
  expect(within(table).getByText('laporan-uji.pdf')).toBeInTheDocument();
  expect(within(table).getByText('Terpercaya — Kepala Dinas Kesehatan')).toBeInTheDocument();
  expect(screen.getByText('Dokumen wajib yang belum ada (A7): Spesifikasi kebutuhan')).toBeInTheDocument();
});

it('uploads with progress, with the token, and the kind in the query', async () => {
  mockFetch(on('GET', BASE, () => json(APP)), on('GET', `${BASE}/documents`, () => json(CATALOGUE)));
  showDocuments();
  const user = userEvent.setup();
  await chooseUpload(user);
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  const xhr = FakeXhr.last!;
  expect(xhr.method).toBe('POST');
  expect(xhr.url).toBe(`${BASE}/documents?kind=REQUIREMENTS_SPEC`);
  expect(xhr.requestHeaders.Authorization).toMatch(/^Bearer /);
  expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);
  act(() => xhr.progress(512, 1024));
  expect(await screen.findByText('Mengunggah 50%')).toBeInTheDocument();
  expect(screen.getByRole('progressbar', { name: 'Kemajuan unggahan' })).toHaveAttribute('aria-valuenow', '50');
  act(() =>
    xhr.respond(201, {
      applicationId: APP.id,
      document: { ...VERSION, fileId: 'f-2', kind: 'REQUIREMENTS_SPEC', filename: 'spesifikasi.pdf' },
      signatureCheck: { status: 'UNSIGNED' },
    }),
  );
  expect(
    await screen.findByText('Terunggah sebagai versi 1 (Spesifikasi kebutuhan). Tanda tangan: Tidak bertanda tangan.'),
  ).toBeInTheDocument();
});

it('shows the problem of a refused upload (415)', async () => {
  mockFetch(on('GET', BASE, () => json(APP)), on('GET', `${BASE}/documents`, () => json(CATALOGUE)));
  showDocuments();
  const user = userEvent.setup();
  await chooseUpload(user);
  await waitFor(() => expect(FakeXhr.last).toBeDefined());
  act(() =>
    FakeXhr.last!.respond(
      415,
      { status: 415, detail: 'Jenis dokumen REQUIREMENTS_SPEC tidak menerima application/x-msdownload.' },
      'application/problem+json',
    ),
  );
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('Jenis berkas tidak diterima');
  expect(alert).toHaveTextContent('application/x-msdownload');
});

it('checks a version’s integrity and shows the verdict', async () => {
  const calls = mockFetch(
    on('GET', BASE, () => json(APP)),
    on('GET', `${BASE}/documents`, () => json(CATALOGUE)),
    on('GET', `${BASE}/documents/f-1/integrity`, () =>
      json({
        fileId: 'f-1',
        kind: 'TEST_REPORT',
        version: 1,
        recordedSha256: 'a'.repeat(64),
        actualSha256: 'b'.repeat(64),
        recordedSizeBytes: 2048,
        actualSizeBytes: 2050,
        intact: false,
        checkedAt: '2026-11-30T03:00:00Z',
      }),
    ),
  );
  showDocuments();
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Periksa keutuhan laporan-uji.pdf versi 1' }));
  expect(await screen.findByTestId('integrity-verdict')).toHaveTextContent(
    'TIDAK UTUH: berkas tersimpan berbeda dari yang tercatat.',
  );
  expect(calls.some((c) => c.url.pathname === `${BASE}/documents/f-1/integrity`)).toBe(true);
});
