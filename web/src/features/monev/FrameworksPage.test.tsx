import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CALLERS, json, mockFetch, on, problem, renderScreen } from '../../test/render';
import FrameworksPage from './FrameworksPage';
import { EVALUATOR, framework, page } from './fixtures';

vi.setConfig({ testTimeout: 20_000 });

const SUMMARIES = [
  { id: 'permenpanrb-59-2020', name: 'PermenPANRB 59/2020', regulation: 'PermenPANRB 59/2020', status: 'OFFICIAL', domains: 4, aspects: 8, indicators: 47, totalWeight: 100, decimals: 2 },
  { id: 'pemdi-2026', name: 'Indeks Pemdi 2026', regulation: 'PermenPANRB 8/2026', status: 'PROVISIONAL', domains: 7, aspects: 7, indicators: 20, totalWeight: 100, decimals: 2 },
];

it('lists the frameworks with their status, warns on the provisional one, and opens one to its weights and predicates', async () => {
  mockFetch(
    on('GET', '/api/v1/evaluations/frameworks', () => json(page(SUMMARIES))),
    on('GET', '/api/v1/evaluations/frameworks/permenpanrb-59-2020', () => json(framework)),
  );
  renderScreen(<FrameworksPage />, { caller: CALLERS.auditor });
  expect(await screen.findByRole('heading', { level: 1, name: 'Kerangka Evaluasi' })).toBeInTheDocument();
  expect(await screen.findByText('Sementara')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Impor kerangka' })).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: /Indeks Pemdi 2026/ }));
  expect(await screen.findByText(/Kerangka sementara: teks peraturannya belum diperiksa/)).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: /PermenPANRB 59\/2020 Resmi/ }));
  const table = await screen.findByRole('table', { name: 'Struktur kerangka PermenPANRB 59/2020' });
  expect(within(table).getByRole('rowheader', { name: 'Domain 4. Layanan SPBE' }).closest('tr')).toHaveTextContent('45,50');
  expect(screen.getByText('4,20 – 5,00')).toBeInTheDocument();
});

it('imports two CSV files with the identity as query parameters and lists every problem with its file and line', async () => {
  const calls = mockFetch(
    on('GET', '/api/v1/evaluations/frameworks', () => json(page(SUMMARIES))),
    on('POST', '/api/v1/evaluations/frameworks', () =>
      problem(400, {
        title: 'Validation Failed',
        detail: 'Berkas kerangka evaluasi tidak valid: 2 kesalahan; lihat daftar errors.',
        errors: [
          { file: 'indicators', line: 14, field: 'indicator_weight', message: 'bobot indikator aspek 2 berjumlah 27.50, bukan 25.00' },
          { file: 'predicates', line: 3, field: 'min_inclusive', message: 'celah antara 2.50 dan 2.60' },
        ],
      }),
    ),
  );
  renderScreen(<FrameworksPage />, { caller: EVALUATOR });
  await userEvent.click(await screen.findByRole('button', { name: 'Impor kerangka' }));
  const dialog = await screen.findByRole('dialog', { name: 'Impor kerangka' });
  await userEvent.click(within(dialog).getByRole('button', { name: 'Impor' }));
  expect(within(dialog).getAllByText('Wajib diisi')).toHaveLength(5);

  await userEvent.type(within(dialog).getByRole('textbox', { name: /ID kerangka/ }), 'pemda-2027');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Nama/ }), 'Uji');
  await userEvent.type(within(dialog).getByRole('textbox', { name: /^Peraturan/ }), 'Perwal 1/2027');
  const files = dialog.querySelectorAll('input[type="file"]');
  await userEvent.upload(files[0] as HTMLInputElement, new File(['domain_no\n'], 'ind.csv', { type: 'text/csv' }));
  await userEvent.upload(files[1] as HTMLInputElement, new File(['min_inclusive\n'], 'pred.csv', { type: 'text/csv' }));
  await userEvent.click(within(dialog).getByRole('button', { name: 'Impor' }));

  const errors = await within(dialog).findByRole('table', { name: 'Kesalahan per baris berkas' });
  const row = within(errors).getByText('14').closest('tr')!;
  expect(row).toHaveTextContent('indicators');
  expect(row).toHaveTextContent('bobot indikator aspek 2 berjumlah 27.50, bukan 25.00');
  expect(within(errors).getByText('celah antara 2.50 dan 2.60')).toBeInTheDocument();
  await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  const post = calls.find((c) => c.method === 'POST')!;
  expect(Object.fromEntries(post.url.searchParams)).toEqual({ id: 'pemda-2027', name: 'Uji', regulation: 'Perwal 1/2027', totalWeight: '100', decimals: '2' });
  expect(post.headers.get('Content-Type')).toMatch(/^multipart\/form-data/);
});
