import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import ImportPage from './ImportPage';

// Mantine's comboboxes and polling are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 6_000 });
const user = userEvent.setup({ delay: null });

const job = (over: Record<string, unknown>) => ({
  id: 'job-1',
  status: 'QUEUED',
  format: 'REGISTER_CSV',
  fileName: 'inventaris.csv',
  totalRows: 0,
  processedRows: 0,
  importedCount: 0,
  errorCount: 0,
  warningCount: 0,
  errors: [],
  warnings: [],
  importedApplicationIds: [],
  requestedBy: 'operator.dinkes',
  requesterOpd: 'DINKES',
  createdAt: '2026-11-30T01:00:00Z',
  resumptions: 0,
  ...over,
});

const emptyHistory = on('GET', '/api/v1/application-imports', () => json({ items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }));

function fileInput(section: string) {
  const region = screen.getByRole('region', { name: section });
  return region.querySelector('input[type="file"]') as HTMLInputElement;
}

it('uploads a CSV, follows the job until it completes, then shows the refused rows and their CSV', async () => {
  const progress = [
    job({ status: 'RUNNING', totalRows: 4, processedRows: 2, importedCount: 2 }),
    job({
      status: 'COMPLETED',
      totalRows: 4,
      processedRows: 4,
      importedCount: 3,
      errorCount: 1,
      errors: [{ row: 3, line: 4, column: 'ownerOpd', message: 'OPD XYZ tidak terdaftar atau tidak aktif', obligation: 'G1' }],
      finishedAt: '2026-11-30T01:00:05Z',
    }),
  ];
  let polls = 0;
  const calls = mockFetch(
    emptyHistory,
    on('POST', '/api/v1/application-imports', () => json(job({}), 202)),
    on('GET', '/api/v1/application-imports/job-1', () => json(progress[Math.min(polls++, progress.length - 1)])),
  );
  const { router } = renderScreen(<ImportPage />, { caller: CALLERS.dinkes, route: '/aplikasi/impor' });
  expect(await screen.findByText('Belum ada impor.')).toBeInTheDocument();

  await user.upload(fileInput('Impor inventaris CSV'), new File(['nama,kelas\nSIMPUS,KHUSUS\n'], 'inventaris.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Mulai impor' }));

  const status = await screen.findByTestId('import-progress');
  expect(status).toHaveAttribute('aria-live', 'polite');
  await waitFor(() => expect(status).toHaveTextContent('Berjalan: 2 dari 4 baris diproses'));
  expect(router.state.location.search).toBe('?job=job-1');
  await waitFor(() => expect(status).toHaveTextContent('Selesai: 4 dari 4 baris diproses — 3 terdaftar, 1 ditolak'));

  const refused = screen.getByRole('table', { name: 'Baris yang ditolak pada impor ini' });
  const row = within(refused).getAllByRole('row')[1];
  expect(within(row).getByText('OPD XYZ tidak terdaftar atau tidak aktif')).toBeInTheDocument();
  expect(within(row).getByText('ownerOpd')).toBeInTheDocument();
  expect(within(row).getByText('G1')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Unduh baris yang ditolak (CSV)' })).toBeInTheDocument();

  // polling stopped once COMPLETED
  const pollsAtEnd = polls;
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  expect(polls).toBe(pollsAtEnd);
  const upload = calls.find((c) => c.method === 'POST')!;
  expect(upload.url.pathname).toBe('/api/v1/application-imports');
  expect(upload.headers.get('Content-Type')).toMatch(/^multipart\/form-data/);
  expect(String(upload.body)).toContain('name="file"; filename="inventaris.csv"');
  expect(String(upload.body)).toContain('SIMPUS,KHUSUS');
});

it('shows a job named in the URL, and lists earlier jobs to open', async () => {
  mockFetch(
    on('GET', '/api/v1/application-imports', () =>
      json({ items: [job({ id: 'job-9', fileName: 'lama.csv', status: 'FAILED' })], page: 0, size: 10, totalItems: 1, totalPages: 1 }),
    ),
    on('GET', '/api/v1/application-imports/job-9', () => json(job({ id: 'job-9', fileName: 'lama.csv', status: 'FAILED', failureReason: 'berkas rusak' }))),
  );
  const { router } = renderScreen(<ImportPage />, { caller: CALLERS.dinkes, route: '/aplikasi/impor' });
  await user.click(await screen.findByRole('button', { name: 'Rincian impor lama.csv' }));
  expect(router.state.location.search).toBe('?job=job-9');
  expect(await screen.findByText('Impor gagal: berkas rusak')).toBeInTheDocument();
});

it('a CSV upload the server refuses is shown as a problem', async () => {
  mockFetch(emptyHistory, on('POST', '/api/v1/application-imports', () => problem(413, { detail: 'Berkas CSV lebih dari 10 MB' })));
  renderScreen(<ImportPage />, { caller: CALLERS.dinkes, route: '/aplikasi/impor' });
  await screen.findByText('Belum ada impor.');
  await user.click(screen.getByRole('button', { name: 'Mulai impor' }));
  expect(screen.getByText('Wajib diisi.')).toBeInTheDocument(); // no file chosen: nothing sent

  await user.upload(fileInput('Impor inventaris CSV'), new File(['x'], 'besar.csv', { type: 'text/csv' }));
  await user.click(screen.getByRole('button', { name: 'Mulai impor' }));
  expect(await screen.findByText('Berkas CSV lebih dari 10 MB')).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('Berkas terlalu besar');
});

it('imports a publiccode.yml with the chosen class and shows its warnings', async () => {
  const calls = mockFetch(
    emptyHistory,
    on('POST', '/api/v1/applications/publiccode', () =>
      json(
        {
          id: 'pc-1',
          name: 'SIMPUS',
          ownerOpd: 'DINKES',
          applicationClass: 'KHUSUS',
          status: 'DRAFT',
          warnings: [{ key: 'localisation.availableLanguages', message: 'tidak disimpan repositori' }],
        },
        201,
      ),
    ),
  );
  renderScreen(<ImportPage />, { caller: CALLERS.dinkes, route: '/aplikasi/impor' });
  await screen.findByText('Belum ada impor.');
  await user.upload(fileInput('Impor publiccode.yml'), new File(['publiccodeYmlVersion: "0.4"\n'], 'publiccode.yml', { type: 'application/yaml' }));
  const section = screen.getByRole('region', { name: 'Impor publiccode.yml' });
  await user.click(within(section).getByRole('combobox', { name: /Kelas aplikasi/ }));
  await user.click(await screen.findByRole('option', { name: 'Aplikasi Khusus', hidden: true }));
  await user.click(within(section).getByRole('button', { name: 'Impor publiccode.yml' }));

  expect(await screen.findByText('Aplikasi "SIMPUS" terdaftar sebagai Draf (DINKES).')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Buka aplikasi' })).toHaveAttribute('href', '/aplikasi/pc-1');
  const warnings = screen.getByRole('table', { name: 'Peringatan impor publiccode.yml' });
  expect(within(warnings).getByText('localisation.availableLanguages')).toBeInTheDocument();
  const sent = calls.find((c) => c.method === 'POST')!;
  expect(sent.url.searchParams.get('applicationClass')).toBe('KHUSUS');
  expect(sent.url.searchParams.has('ownerOpd')).toBe(false);
});

it("lists every problem of an invalid publiccode.yml with its YAML path", async () => {
  mockFetch(
    emptyHistory,
    on('POST', '/api/v1/applications/publiccode', () =>
      problem(400, { errors: [{ field: 'legal.license', message: 'wajib diisi' }, { field: 'name', message: 'terlalu panjang' }] }),
    ),
  );
  renderScreen(<ImportPage />, { caller: CALLERS.dinkes, route: '/aplikasi/impor' });
  await screen.findByText('Belum ada impor.');
  await user.upload(fileInput('Impor publiccode.yml'), new File(['x: 1'], 'publiccode.yml'));
  const section = screen.getByRole('region', { name: 'Impor publiccode.yml' });
  await user.click(within(section).getByRole('combobox', { name: /Kelas aplikasi/ }));
  await user.click(await screen.findByRole('option', { name: 'Aplikasi Umum', hidden: true }));
  await user.click(within(section).getByRole('button', { name: 'Impor publiccode.yml' }));

  const list = await screen.findByTestId('publiccode-invalid');
  expect(list).toHaveTextContent('legal.license: wajib diisi');
  expect(list).toHaveTextContent('name: terlalu panjang');
});
